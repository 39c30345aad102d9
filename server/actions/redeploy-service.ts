// Action: force a redeploy of every task, e.g. to rebalance after nodes come back (docker service update --force).
import { z } from "zod";
import { cliCommand } from "../../lib/shell-quote";
import { defineAction } from "./action";
import { findService } from "./targets";
import { updateServiceSpec } from "./versioned-update";
import { seenVersion } from "./schemas";

export const redeployService = defineAction({
  name: "service.redeploy",
  role: "operator",
  method: "POST",
  path: "/api/v1/services/:id/redeploy",
  input: z.strictObject({ id: z.string().min(1), version: seenVersion }),
  async run({ id, version }, { engine, nudge }) {
    const service = await findService(engine, id);
    const name = service.Spec.Name;
    nudge();
    const { warnings } = await updateServiceSpec(engine, service.ID, (spec) => ({
      ...spec,
      TaskTemplate: { ...spec.TaskTemplate, ForceUpdate: (spec.TaskTemplate.ForceUpdate ?? 0) + 1 },
    }), { expectedVersion: version });
    nudge();
    return {
      ok: true,
      action: "service.redeploy",
      cli: cliCommand(["docker", "service", "update", "--force", name]),
      message: `${name}: redeploying every task`,
      target: { kind: "service", id: service.ID, name },
      done: [`forced an update of ${name}`],
      notDone: [],
      warnings,
    };
  },
});
