// Action: remove a service after the caller typed its name (docker service rm).
import { z } from "zod";
import { cliCommand } from "../../lib/shell-quote";
import { ActionError, defineAction } from "./action";
import { findService } from "./targets";

export const removeService = defineAction({
  name: "service.remove",
  role: "operator",
  method: "DELETE",
  path: "/api/v1/services/:id",
  input: z.strictObject({ id: z.string().min(1), confirm: z.string().max(256) }),
  async run({ id, confirm }, { engine, nudge }) {
    const service = await findService(engine, id);
    const name = service.Spec.Name;
    if (confirm !== name) throw new ActionError(400, `type the service's name (${name}) to confirm`, "confirm");
    nudge();
    await engine.removeService(service.ID);
    nudge();
    return {
      ok: true,
      action: "service.remove",
      cli: cliCommand(["docker", "service", "rm", name]),
      message: `removed ${name}`,
      target: { kind: "service", id: service.ID, name },
      done: [`removed service ${name}; its tasks are being shut down`],
      notDone: [],
      warnings: [],
    };
  },
});
