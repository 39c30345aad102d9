// Create and remove for secrets and configs (docker secret/config create|rm): one definition for both kinds.
import type { ClusterState } from "../../lib/model-types";
import { STACK_LABEL } from "../model/normalize";
import { type ActionContext, ActionError, defineAction } from "./action";
import { createDataContract, type DataKind, MAX_DATA_BYTES, plural, removeDataContract } from "../../lib/actions/swarm-data";

export { dataName, type DataKind, MAX_DATA_BYTES } from "../../lib/actions/swarm-data";

/** The value's bytes, refused when empty, not base64 or over the engine's limit; never echoed. */
export function dataBytes(data: string, encoding: "utf8" | "base64", kind: DataKind): Buffer {
  if (encoding === "base64" && !/^[A-Za-z0-9+/]*={0,2}$/.test(data.replace(/\s+/g, ""))) {
    throw new ActionError(400, "data: not valid base64", "data");
  }
  const bytes = Buffer.from(data, encoding);
  if (bytes.length === 0) throw new ActionError(400, `data: a ${kind} cannot be empty`, "data");
  if (bytes.length > MAX_DATA_BYTES) {
    throw new ActionError(400, `data: the ${kind} is ${bytes.length} bytes; the engine's limit is ${MAX_DATA_BYTES} bytes (500 KB)`, "data");
  }
  return bytes;
}

/** Services (by name) that mount each secret/config, from the live services' specs. */
export function findData(view: ClusterState, kind: DataKind, ref: string) {
  const all = Object.values(view[plural(kind)]);
  return all.find((o) => o.id === ref) ?? all.find((o) => o.name === ref) ?? all.filter((o) => o.id.startsWith(ref)).at(0) ?? null;
}

export function createDataAction(kind: DataKind) {
  return defineAction(createDataContract(kind), {
    async run(v, { engine, view }: ActionContext) {
      const bytes = dataBytes(v.data, v.encoding, kind);
      if (Object.values(view[plural(kind)]).some((o) => o.name === v.name)) {
        throw new ActionError(409, `a ${kind} named ${v.name} already exists (${kind}s cannot be changed: create one with a new name)`, "name");
      }
      if (v.labels?.[STACK_LABEL] !== undefined) throw new ActionError(400, `labels: ${STACK_LABEL} is set by docker stack deploy only`, `labels.${STACK_LABEL}`);
      const spec = { Name: v.name, Labels: v.labels ?? {}, Data: bytes.toString("base64") };
      const created = kind === "secret" ? await engine.createSecret(spec) : await engine.createConfig(spec);
      return {
        message: `created ${kind} ${v.name} (${bytes.length} bytes)`,
        target: { kind, id: created.ID, name: v.name },
        done: [`created ${kind} ${v.name} (${created.ID.slice(0, 12)})`],
      };
    },
  });
}

export function removeDataAction(kind: DataKind) {
  return defineAction(removeDataContract(kind), {
    async run({ id, confirm }, { engine, view }: ActionContext) {
      const found = kind === "secret" ? await engine.secret(id) : await engine.config(id);
      if (!found) throw new ActionError(404, `no such ${kind}: ${id}`, "id");
      const name = found.Spec.Name;
      const cli = removeDataContract(kind).cli({ id, confirm }, name);
      if (confirm !== name) throw new ActionError(400, `confirm: type the ${kind}'s name (${name}) to remove it`, "confirm", { cli });
      const users = Object.values(view.services).filter((s) => s[plural(kind)].includes(found.ID));
      if (users.length) {
        throw new ActionError(409, `${name} is in use by services ${users.map((s) => s.name).join(", ")}: remove it from them first`, "id", { cli });
      }
      if (kind === "secret") await engine.removeSecret(found.ID);
      else await engine.removeConfig(found.ID);
      return {
        message: `removed ${kind} ${name}`,
        target: { kind, id: found.ID, name },
        done: [`removed ${kind} ${name}`],
      };
    },
  });
}
