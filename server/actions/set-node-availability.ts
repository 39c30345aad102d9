// Action: set a node's availability to active, pause or drain (docker node update --availability).
import { defineAction } from "./action";
import { findNode, nodeName } from "./targets";
import { updateNodeSpec } from "./versioned-update";
import { nodeAvailabilityContract } from "../../lib/actions/node";

export const setNodeAvailability = defineAction(nodeAvailabilityContract, {
  async run({ id, availability }, { engine, view }) {
    const node = await findNode(engine, id);
    const name = nodeName(node);
    const { before } = await updateNodeSpec(engine, node.ID, (spec) => ({ ...spec, Availability: availability }));
    const moving = Object.values(view.tasks).filter((t) => t.nodeId === node.ID && t.desiredState === "running").length;
    const from = before.spec.Availability;
    return {
      message:
        from === availability
          ? `${name} was already ${availability}`
          : `${name}: ${from} → ${availability}${availability === "drain" && moving ? ` (${moving} task${moving === 1 ? "" : "s"} will move)` : ""}`,
      target: { kind: "node", id: node.ID, name },
      done: [`set availability of ${name} to ${availability}`],
    };
  },
});
