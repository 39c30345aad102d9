// Action: set a node's availability to active, pause or drain (docker node update --availability).
import { z } from "zod";
import { cliCommand } from "../../lib/shell-quote";
import { defineAction } from "./action";
import { findNode, nodeName } from "./targets";
import { updateNodeSpec } from "./versioned-update";

export const setNodeAvailability = defineAction({
  name: "node.availability",
  role: "operator",
  method: "POST",
  path: "/api/v1/nodes/:id/availability",
  input: z.strictObject({
    id: z.string().min(1),
    availability: z.enum(["active", "pause", "drain"]),
  }),
  async run({ id, availability }, { engine, view, nudge }) {
    const node = await findNode(engine, id);
    const name = nodeName(node);
    nudge();
    const { before } = await updateNodeSpec(engine, node.ID, (spec) => ({ ...spec, Availability: availability }));
    nudge();
    const moving = Object.values(view.tasks).filter(
      (t) => t.nodeId === node.ID && t.desiredState === "running",
    ).length;
    const from = before.spec.Availability;
    return {
      ok: true,
      action: "node.availability",
      cli: cliCommand(["docker", "node", "update", "--availability", availability, name]),
      message:
        from === availability
          ? `${name} was already ${availability}`
          : `${name}: ${from} → ${availability}${availability === "drain" && moving ? ` (${moving} task${moving === 1 ? "" : "s"} will move)` : ""}`,
      target: { kind: "node", id: node.ID, name },
      done: [`set availability of ${name} to ${availability}`],
      notDone: [],
      warnings: [],
    };
  },
});
