// Action: force a redeploy of every task, e.g. to rebalance after nodes come back (docker service update --force).
import { defineAction } from "./action";
import { findService } from "./targets";
import { updateServiceSpec } from "./versioned-update";
import { redeployServiceContract } from "../../lib/actions/service";

export const redeployService = defineAction(redeployServiceContract, {
  async run({ id, version }, { engine }) {
    const service = await findService(engine, id);
    const name = service.Spec.Name;
    const { warnings } = await updateServiceSpec(
      engine,
      service.ID,
      (spec) => ({
        ...spec,
        TaskTemplate: { ...spec.TaskTemplate, ForceUpdate: (spec.TaskTemplate.ForceUpdate ?? 0) + 1 },
      }),
      { expectedVersion: version },
    );
    return {
      message: `${name}: redeploying every task`,
      target: { kind: "service", id: service.ID, name },
      done: [`forced an update of ${name}`],
      warnings,
    };
  },
});
