// /secrets and /configs: list with the engine's filters, inspect, create, remove — one set of handlers for both kinds (a secret's data is never read back).
import type { EngineSecret, EngineSecretSpec } from "../../../lib/engine-types";
import type { SimulatedSwarm } from "../../engine/simulated/swarm";
import { type Handler, ApiError, found, objectBody, reply } from "./call";
import { exactMatch, labelsMatch, parseFilters, prefixMatch } from "./filters";

const FILTERS = ["id", "label", "name", "names"] as const;

interface Kind {
  word: "secret" | "config";
  list(sim: SimulatedSwarm): EngineSecret[];
  one(sim: SimulatedSwarm, ref: string): EngineSecret | null;
  create(sim: SimulatedSwarm, spec: EngineSecretSpec): { ID: string };
  remove(sim: SimulatedSwarm, id: string): void;
}

const KINDS: Record<"secret" | "config", Kind> = {
  secret: { word: "secret", list: (s) => s.secrets(), one: (s, r) => s.secret(r), create: (s, spec) => s.createSecret(spec), remove: (s, id) => s.removeSecret(id) },
  config: { word: "config", list: (s) => s.configs(), one: (s, r) => s.config(r), create: (s, spec) => s.createConfig(spec), remove: (s, id) => s.removeConfig(id) },
};

export function fileObjectHandlers(kindName: "secret" | "config"): { list: Handler; inspect: Handler; create: Handler; remove: Handler } {
  const kind = KINDS[kindName];
  return {
    list: ({ ctx, query }) => {
      const f = parseFilters(query.get("filters"), FILTERS);
      return kind
        .list(ctx.sim)
        .filter(
          (o) => prefixMatch(f.get("id"), o.ID) && prefixMatch(f.get("name"), o.Spec.Name) && exactMatch(f.get("names"), o.Spec.Name) && labelsMatch(f.get("label"), o.Spec.Labels),
        );
    },
    inspect: ({ ctx, params }) => found(kind.one(ctx.sim, params.id), kind.word, params.id),
    create: (call) => {
      const spec = objectBody<EngineSecretSpec>(call);
      if (typeof spec.Name !== "string" || spec.Name === "")
        throw new ApiError(
          400,
          `rpc error: code = InvalidArgument desc = invalid name, only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]`,
        );
      if (typeof spec.Data !== "string") throw new ApiError(400, `rpc error: code = InvalidArgument desc = ${kind.word} data must be larger than 0 and less than 500 KB`);
      return reply(201, kind.create(call.ctx.sim, spec));
    },
    remove: ({ ctx, params }) => {
      const o = found(kind.one(ctx.sim, params.id), kind.word, params.id);
      kind.remove(ctx.sim, o.ID);
      return reply(204);
    },
  };
}
