// /nodes: list with the engine's filters, inspect by ID, hostname or ID prefix, update at a version (availability, role, labels), remove.
import type { EngineNode, EngineNodeSpec } from "../../../lib/engine-types";
import { type Handler, boolParam, found, objectBody, reply, versionParam } from "./call";
import { exactMatch, labelsMatch, parseFilters, prefixMatch } from "./filters";

const NODE_FILTERS = ["id", "label", "membership", "name", "node.label", "role"] as const;

export const listNodes: Handler = ({ ctx, query }) => {
  const f = parseFilters(query.get("filters"), NODE_FILTERS);
  return ctx.sim
    .nodes()
    .filter(
      (n: EngineNode) =>
        prefixMatch(f.get("id"), n.ID) &&
        prefixMatch(f.get("name"), n.Description?.Hostname) &&
        exactMatch(f.get("role"), n.Spec.Role) &&
        exactMatch(f.get("membership"), "accepted") &&
        labelsMatch(f.get("node.label"), n.Spec.Labels) &&
        labelsMatch(f.get("label"), n.Description?.Engine?.Labels),
    );
};

export const inspectNode: Handler = ({ ctx, params }) => found(ctx.sim.node(params.id), "node", params.id);

export const updateNode: Handler = (call) => {
  const { ctx, params, query } = call;
  const node = found(ctx.sim.node(params.id), "node", params.id);
  ctx.sim.updateNode(node.ID, versionParam(query), objectBody<EngineNodeSpec>(call));
  return reply(200);
};

export const removeNode: Handler = ({ ctx, params, query }) => {
  const node = found(ctx.sim.node(params.id), "node", params.id);
  ctx.sim.removeNode(node.ID, boolParam(query, "force"));
  return reply(200);
};
