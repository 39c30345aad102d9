// Create and remove for secrets and configs (docker secret/config create|rm): one definition for both kinds.
import { z } from "zod";
import type { ClusterState } from "../../lib/model-types";
import { cliCommand } from "../../lib/shell-quote";
import { STACK_LABEL } from "../model/normalize";
import { type ActionContext, ActionError, defineAction } from "./action";
import { labelMap, objectName } from "./schemas";

export type DataKind = "secret" | "config";

/** The engine's own limit for a secret or config value (swarmkit MaxSecretSize / MaxConfigSize). */
export const MAX_DATA_BYTES = 500 * 1024;

const plural = (kind: DataKind) => (kind === "secret" ? "secrets" : "configs");

/** Secret and config names: Docker's rule for object names, at most 64 characters (swarmkit). */
export const dataName = objectName.max(64, "at most 64 characters");

const createInput = z.strictObject({
  name: dataName,
  /** The value: text as typed, or an uploaded file's bytes in base64. */
  data: z.string().max(MAX_DATA_BYTES * 2, "over 500 KB (the engine's limit)"),
  encoding: z.enum(["utf8", "base64"]).default("utf8"),
  labels: labelMap.optional(),
});

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
  return defineAction({
    name: `${kind}.create`,
    role: "operator",
    method: "POST",
    path: `/api/v1/${plural(kind)}`,
    input: createInput,
    async run(v, { engine, view, nudge }: ActionContext) {
      const bytes = dataBytes(v.data, v.encoding, kind);
      if (Object.values(view[plural(kind)]).some((o) => o.name === v.name)) {
        throw new ActionError(409, `a ${kind} named ${v.name} already exists (${kind}s cannot be changed: create one with a new name)`, "name");
      }
      if (v.labels?.[STACK_LABEL] !== undefined) throw new ActionError(400, `labels: ${STACK_LABEL} is set by docker stack deploy only`, `labels.${STACK_LABEL}`);
      const args = ["docker", kind, "create"];
      for (const [k, val] of Object.entries(v.labels ?? {})) args.push("--label", `${k}=${val}`);
      args.push(v.name, "-");
      const spec = { Name: v.name, Labels: v.labels ?? {}, Data: bytes.toString("base64") };
      nudge();
      const created = kind === "secret" ? await engine.createSecret(spec) : await engine.createConfig(spec);
      nudge();
      return {
        ok: true,
        action: `${kind}.create`,
        cli: cliCommand(args),
        message: `created ${kind} ${v.name} (${bytes.length} bytes)`,
        target: { kind, id: created.ID, name: v.name },
        done: [`created ${kind} ${v.name} (${created.ID.slice(0, 12)})`],
        notDone: [],
        warnings: [],
      };
    },
  });
}

export function removeDataAction(kind: DataKind) {
  return defineAction({
    name: `${kind}.remove`,
    role: "operator",
    method: "DELETE",
    path: `/api/v1/${plural(kind)}/:id`,
    input: z.strictObject({ id: z.string().min(1).max(255), confirm: z.string().max(255) }),
    async run({ id, confirm }, { engine, view, nudge }: ActionContext) {
      const found = kind === "secret" ? await engine.secret(id) : await engine.config(id);
      if (!found) throw new ActionError(404, `no such ${kind}: ${id}`, "id");
      const name = found.Spec.Name;
      const cli = cliCommand(["docker", kind, "rm", name]);
      if (confirm !== name) throw new ActionError(400, `confirm: type the ${kind}'s name (${name}) to remove it`, "confirm", { cli });
      const users = Object.values(view.services).filter((s) => s[plural(kind)].includes(found.ID));
      if (users.length) {
        throw new ActionError(409, `${name} is in use by services ${users.map((s) => s.name).join(", ")}: remove it from them first`, "id", { cli });
      }
      nudge();
      if (kind === "secret") await engine.removeSecret(found.ID);
      else await engine.removeConfig(found.ID);
      nudge();
      return {
        ok: true,
        action: `${kind}.remove`,
        cli,
        message: `removed ${kind} ${name}`,
        target: { kind, id: found.ID, name },
        done: [`removed ${kind} ${name}`],
        notDone: [],
        warnings: [],
      };
    },
  });
}
