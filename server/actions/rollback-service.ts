// Action: roll a service back to its previous spec (docker service rollback).
import { z } from "zod";
import { cliCommand } from "../../lib/shell-quote";
import { ActionError, defineAction } from "./action";
import { findService } from "./targets";
import { updateServiceSpec } from "./versioned-update";
import { seenVersion } from "./schemas";
import { enforceRunPolicy, runOfServiceSpec } from "./run-check";

export const rollbackService = defineAction({
  name: "service.rollback",
  role: "operator",
  method: "POST",
  path: "/api/v1/services/:id/rollback",
  input: z.strictObject({ id: z.string().min(1), version: seenVersion }),
  async run({ id, version }, { engine, nudge, view, policy }) {
    const service = await findService(engine, id);
    const name = service.Spec.Name;
    if (!service.PreviousSpec) {
      throw new ActionError(409, `${name} has no previous spec to roll back to (it was never updated)`, "id");
    }
    // The previous spec may ask the node for something the current one dropped: that is the caller's to pass, as in a create.
    enforceRunPolicy([runOfServiceSpec(service.PreviousSpec, view)], policy, "service.rollback", [runOfServiceSpec(service.Spec, view)]);
    nudge();
    const { warnings } = await updateServiceSpec(engine, service.ID, (spec) => spec, { rollback: "previous", expectedVersion: version });
    nudge();
    return {
      ok: true,
      action: "service.rollback",
      cli: cliCommand(["docker", "service", "rollback", name]),
      message: `${name}: rolling back to the previous spec`,
      target: { kind: "service", id: service.ID, name },
      done: [`asked the engine to roll ${name} back`],
      notDone: [],
      warnings,
    };
  },
});
