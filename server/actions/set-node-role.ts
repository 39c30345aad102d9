// Action: promote a worker or demote a manager (docker node promote / demote), with the quorum checks.
import { z } from "zod";
import { checkRoleChange } from "../../lib/manager-quorum";
import { cliCommand } from "../../lib/shell-quote";
import { ActionError, defineAction } from "./action";
import { findNode, nodeName } from "./targets";
import { updateNodeSpec } from "./versioned-update";

export const setNodeRole = defineAction({
  name: "node.role",
  role: "admin",
  method: "POST",
  path: "/api/v1/nodes/:id/role",
  input: z.strictObject({ id: z.string().min(1), role: z.enum(["manager", "worker"]) }),
  async run({ id, role }, { engine, view, nudge }) {
    const node = await findNode(engine, id);
    const name = nodeName(node);
    const cli = cliCommand(["docker", "node", role === "manager" ? "promote" : "demote", name]);
    const check = checkRoleChange(Object.values(view.nodes), node.ID, role);
    if (check.refusal) throw new ActionError(409, check.refusal, "role", { cli });
    nudge();
    const { before } = await updateNodeSpec(engine, node.ID, (spec) => ({ ...spec, Role: role }));
    nudge();
    return {
      ok: true,
      action: "node.role",
      cli,
      message: before.spec.Role === role ? `${name} was already a ${role}` : `${name}: ${before.spec.Role} → ${role}`,
      target: { kind: "node", id: node.ID, name },
      done: [`set the role of ${name} to ${role}`],
      notDone: [],
      warnings: check.warnings,
    };
  },
});
