// Action: add or remove node labels (docker node update --label-add / --label-rm).
import { z } from "zod";
import { cliCommand } from "../../lib/shell-quote";
import { ActionError, defineAction } from "./action";
import { labelMap } from "./schemas";
import { findNode, nodeName } from "./targets";
import { updateNodeSpec } from "./versioned-update";

export const setNodeLabels = defineAction({
  name: "node.labels",
  role: "operator",
  method: "POST",
  path: "/api/v1/nodes/:id/labels",
  input: z.strictObject({
    id: z.string().min(1),
    add: labelMap.optional(),
    remove: z.array(z.string().min(1).max(256)).max(64).optional(),
  }),
  async run({ id, add = {}, remove = [] }, { engine, nudge }) {
    if (Object.keys(add).length === 0 && remove.length === 0) throw new ActionError(400, "give labels to add or remove", "add");
    const node = await findNode(engine, id);
    const name = nodeName(node);
    nudge();
    await updateNodeSpec(engine, node.ID, (spec) => {
      const labels = { ...(spec.Labels ?? {}) };
      for (const k of remove) delete labels[k];
      return { ...spec, Labels: { ...labels, ...add } };
    });
    nudge();
    const args = ["docker", "node", "update"];
    for (const [k, v] of Object.entries(add)) args.push("--label-add", `${k}=${v}`);
    for (const k of remove) args.push("--label-rm", k);
    args.push(name);
    return {
      ok: true,
      action: "node.labels",
      cli: cliCommand(args),
      message: `labels of ${name} updated`,
      target: { kind: "node", id: node.ID, name },
      done: [
        ...Object.keys(add).map((k) => `set label ${k} on ${name}`),
        ...remove.map((k) => `removed label ${k} from ${name}`),
      ],
      notDone: [],
      warnings: [],
    };
  },
});
