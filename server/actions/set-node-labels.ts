// Action: add or remove node labels (docker node update --label-add / --label-rm).
import { ActionError, defineAction } from "./action";
import { findNode, nodeName } from "./targets";
import { updateNodeSpec } from "./versioned-update";
import { nodeLabelsContract } from "../../lib/actions/node";

export const setNodeLabels = defineAction(nodeLabelsContract, {
  async run({ id, add = {}, remove = [] }, { engine }) {
    if (Object.keys(add).length === 0 && remove.length === 0) throw new ActionError(400, "give labels to add or remove", "add");
    const node = await findNode(engine, id);
    const name = nodeName(node);
    await updateNodeSpec(engine, node.ID, (spec) => {
      const labels = { ...(spec.Labels ?? {}) };
      for (const k of remove) delete labels[k];
      return { ...spec, Labels: { ...labels, ...add } };
    });
    return {
      message: `labels of ${name} updated`,
      target: { kind: "node", id: node.ID, name },
      done: [...Object.keys(add).map((k) => `set label ${k} on ${name}`), ...remove.map((k) => `removed label ${k} from ${name}`)],
    };
  },
});
