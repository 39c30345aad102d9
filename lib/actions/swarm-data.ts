// The secret and config actions' contracts (one definition for both kinds): create from text or a file, remove — input, route, role and CLI.
import { z } from "zod";
import { cliCommand } from "../shell-quote";
import { defineContract } from "./contract";
import { labelMap, objectName } from "./schemas";

export type DataKind = "secret" | "config";

/** The engine's own limit for a secret or config value (swarmkit MaxSecretSize / MaxConfigSize). */
export const MAX_DATA_BYTES = 500 * 1024;

export const plural = (kind: DataKind) => (kind === "secret" ? "secrets" : "configs");

/** Secret and config names: Docker's rule for object names, at most 64 characters (swarmkit). */
export const dataName = objectName.max(64, "at most 64 characters");

export function createDataContract(kind: DataKind) {
  return defineContract(`${kind}.create`, "operator", `POST /api/v1/${plural(kind)}`, {
    input: z.strictObject({
      name: dataName,
      /** The value: text as typed, or an uploaded file's bytes in base64. */
      data: z.string().max(MAX_DATA_BYTES * 2, "over 500 KB (the engine's limit)"),
      encoding: z.enum(["utf8", "base64"]).default("utf8"),
      labels: labelMap.optional(),
    }),
    cli: (v) => {
      const args = ["docker", kind, "create"];
      for (const [k, val] of Object.entries(v.labels ?? {})) args.push("--label", `${k}=${val}`);
      args.push(v.name, "-");
      return cliCommand(args);
    },
  });
}

export function removeDataContract(kind: DataKind) {
  return defineContract(`${kind}.remove`, "operator", `DELETE /api/v1/${plural(kind)}/:id`, {
    input: z.strictObject({ id: z.string().min(1).max(255), confirm: z.string().max(255) }),
    cli: (_v, name) => cliCommand(["docker", kind, "rm", name]),
  });
}

export const createSecretContract = createDataContract("secret");
export const removeSecretContract = removeDataContract("secret");
export const createConfigContract = createDataContract("config");
export const removeConfigContract = removeDataContract("config");
