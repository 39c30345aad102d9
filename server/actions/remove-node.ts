// Action: remove a node that is down from the swarm (docker node rm); managers must be demoted first.
import { z } from "zod";
import { cliCommand } from "../../lib/shell-quote";
import { ActionError, defineAction } from "./action";
import { findNode, nodeName } from "./targets";

export const removeNode = defineAction({
  name: "node.remove",
  role: "admin",
  method: "DELETE",
  path: "/api/v1/nodes/:id",
  input: z.strictObject({ id: z.string().min(1), confirm: z.string().max(256) }),
  async run({ id, confirm }, { engine, nudge }) {
    const node = await findNode(engine, id);
    const name = nodeName(node);
    const cli = cliCommand(["docker", "node", "rm", name]);
    if (confirm !== name) throw new ActionError(400, `type the node's name (${name}) to confirm`, "confirm", { cli });
    if (node.Spec.Role === "manager") throw new ActionError(409, `${name} is a manager: demote it first (docker node demote ${name})`, "id", { cli });
    if (node.Status.State !== "down") {
      throw new ActionError(409, `${name} is ${node.Status.State}: only a node that is down can be removed; run \`docker swarm leave\` on it first`, "id", { cli });
    }
    nudge();
    await engine.removeNode(node.ID, false);
    nudge();
    return {
      ok: true,
      action: "node.remove",
      cli,
      message: `removed ${name} from the swarm`,
      target: { kind: "node", id: node.ID, name },
      done: [`removed node ${name}`],
      notDone: [],
      warnings: [],
    };
  },
});
