// Action: remove a node that is down from the swarm (docker node rm); managers must be demoted first.
import { ActionError, defineAction } from "./action";
import { findNode, nodeName } from "./targets";
import { removeNodeContract } from "../../lib/actions/node";

export const removeNode = defineAction(removeNodeContract, {
  async run({ id, confirm }, { engine }) {
    const node = await findNode(engine, id);
    const name = nodeName(node);
    const cli = removeNodeContract.cli({ id, confirm }, name);
    if (confirm !== name) throw new ActionError(400, `type the node's name (${name}) to confirm`, "confirm", { cli });
    if (node.Spec.Role === "manager") throw new ActionError(409, `${name} is a manager: demote it first (docker node demote ${name})`, "id", { cli });
    if (node.Status.State !== "down") {
      throw new ActionError(409, `${name} is ${node.Status.State}: only a node that is down can be removed; run \`docker swarm leave\` on it first`, "id", { cli });
    }
    await engine.removeNode(node.ID, false);
    return {
      message: `removed ${name} from the swarm`,
      target: { kind: "node", id: node.ID, name },
      done: [`removed node ${name}`],
    };
  },
});
