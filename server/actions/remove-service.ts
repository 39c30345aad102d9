// Action: remove a service after the caller typed its name (docker service rm).
import { ActionError, defineAction } from "./action";
import { findService } from "./targets";
import { removeServiceContract } from "../../lib/actions/service";

export const removeService = defineAction(removeServiceContract, {
  async run({ id, confirm }, { engine }) {
    const service = await findService(engine, id);
    const name = service.Spec.Name;
    if (confirm !== name) throw new ActionError(400, `type the service's name (${name}) to confirm`, "confirm");
    await engine.removeService(service.ID);
    return {
      message: `removed ${name}`,
      target: { kind: "service", id: service.ID, name },
      done: [`removed service ${name}; its tasks are being shut down`],
    };
  },
});
