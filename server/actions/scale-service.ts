// Action: scale a replicated service (docker service scale NAME=N).
import { z } from "zod";
import { cliCommand } from "../../lib/shell-quote";
import { ActionError, defineAction } from "./action";
import { MAX_REPLICAS } from "./limits";
import { findService } from "./targets";
import { updateServiceSpec } from "./versioned-update";

export const scaleService = defineAction({
  name: "service.scale",
  role: "operator",
  method: "POST",
  path: "/api/v1/services/:id/scale",
  input: z.strictObject({
    id: z.string().min(1),
    replicas: z.number().int().min(0).max(MAX_REPLICAS),
  }),
  async run({ id, replicas }, { engine, nudge, lastChange }) {
    const service = await findService(engine, id);
    const name = service.Spec.Name;
    const cli = cliCommand(["docker", "service", "scale", `${name}=${replicas}`]);
    if (!service.Spec.Mode.Replicated) {
      const mode = service.Spec.Mode.Global ? "global" : service.Spec.Mode.ReplicatedJob ? "replicated-job" : "global-job";
      throw new ActionError(
        400,
        mode === "global"
          ? `${name} is a global service: it runs one task on every eligible node, so it cannot be scaled; use placement constraints or node availability instead`
          : `${name} is a ${mode} service; only replicated services can be scaled`,
        "replicas",
      );
    }
    nudge();
    const { before, warnings } = await updateServiceSpec(engine, service.ID, (spec) => ({
      ...spec,
      Mode: { Replicated: { ...spec.Mode.Replicated, Replicas: replicas } },
    }));
    nudge();
    const from = before.spec.Mode.Replicated?.Replicas ?? 0;
    // Scales are last-writer-wins, as with the CLI: say what this one replaced, and who set that when we know.
    const previous = lastChange(service.ID);
    return {
      ok: true,
      action: "service.scale",
      cli,
      message: from === replicas ? `${name} already had ${replicas} replicas` : `${name} scaled ${from} → ${replicas}`,
      replaced: { field: "replicas", value: from, setBy: previous?.by ?? null, setAt: previous?.at ?? service.UpdatedAt ?? null },
      target: { kind: "service", id: service.ID, name },
      done: [`set replicas of ${name} to ${replicas}`],
      notDone: [],
      warnings,
    };
  },
});
