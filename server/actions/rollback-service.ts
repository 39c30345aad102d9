// Action: roll a service back to its previous spec (docker service rollback).
import { ActionError, defineAction } from "./action";
import { findService } from "./targets";
import { updateServiceSpec } from "./versioned-update";
import { enforceRunPolicy, runOfServiceSpec } from "./run-check";
import { rollbackServiceContract } from "../../lib/actions/service";

export const rollbackService = defineAction(rollbackServiceContract, {
  async run({ id, version }, { engine, view, policy }) {
    const service = await findService(engine, id);
    const name = service.Spec.Name;
    if (!service.PreviousSpec) {
      throw new ActionError(409, `${name} has no previous spec to roll back to (it was never updated)`, "id");
    }
    // The previous spec may ask the node for something the current one dropped: that is the caller's to pass, as in a create.
    enforceRunPolicy([runOfServiceSpec(service.PreviousSpec, view)], policy, "service.rollback", [runOfServiceSpec(service.Spec, view)]);
    const { warnings } = await updateServiceSpec(engine, service.ID, (spec) => spec, { rollback: "previous", expectedVersion: version });
    return {
      message: `${name}: rolling back to the previous spec`,
      target: { kind: "service", id: service.ID, name },
      done: [`asked the engine to roll ${name} back`],
      warnings,
    };
  },
});
