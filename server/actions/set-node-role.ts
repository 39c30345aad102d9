// Action: promote a worker or demote a manager (docker node promote / demote), with the quorum checks.
import { checkRoleChange } from "../../lib/manager-quorum";
import { ActionError, defineAction } from "./action";
import { findNode, nodeName } from "./targets";
import { updateNodeSpec } from "./versioned-update";
import { nodeRoleContract } from "../../lib/actions/node";

export const setNodeRole = defineAction(nodeRoleContract, {
  async run({ id, role }, { engine, view }) {
    const node = await findNode(engine, id);
    const name = nodeName(node);
    const cli = nodeRoleContract.cli({ id, role }, name);
    const check = checkRoleChange(Object.values(view.nodes), node.ID, role);
    if (check.refusal) throw new ActionError(409, check.refusal, "role", { cli });
    const { before } = await updateNodeSpec(engine, node.ID, (spec) => ({ ...spec, Role: role }));
    return {
      message: before.spec.Role === role ? `${name} was already a ${role}` : `${name}: ${before.spec.Role} → ${role}`,
      target: { kind: "node", id: node.ID, name },
      done: [`set the role of ${name} to ${role}`],
      warnings: check.warnings,
    };
  },
});
