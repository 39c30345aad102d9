// Action: scale a replicated service (docker service scale NAME=N).
import { ActionError, defineAction } from "./action";
import { findService } from "./targets";
import { updateServiceSpec } from "./versioned-update";
import { scaleServiceContract } from "../../lib/actions/service";

export const scaleService = defineAction(scaleServiceContract, {
  async run({ id, replicas }, { engine, lastChange }) {
    const service = await findService(engine, id);
    const name = service.Spec.Name;
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
    const { before, warnings } = await updateServiceSpec(engine, service.ID, (spec) => ({
      ...spec,
      Mode: { Replicated: { ...spec.Mode.Replicated, Replicas: replicas } },
    }));
    const from = before.spec.Mode.Replicated?.Replicas ?? 0;
    // Scales are last-writer-wins, as with the CLI: say what this one replaced, and who set that when we know.
    const previous = lastChange(service.ID);
    return {
      message: from === replicas ? `${name} already had ${replicas} replicas` : `${name} scaled ${from} → ${replicas}`,
      replaced: { field: "replicas", value: from, setBy: previous?.by ?? null, setAt: previous?.at ?? service.UpdatedAt ?? null },
      target: { kind: "service", id: service.ID, name },
      done: [`set replicas of ${name} to ${replicas}`],
      warnings,
    };
  },
});
