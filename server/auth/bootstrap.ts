// The first admin from the environment: SWARMSCOPE_ADMIN_PASSWORD or SWARMSCOPE_ADMIN_PASSWORD_FILE (a swarm secret), user SWARMSCOPE_ADMIN_USER (default "admin"), only while no user exists.
import fs from "node:fs";
import type { UserStore } from "./user-store";

/**
 * The first admin's password: SWARMSCOPE_ADMIN_PASSWORD, or the contents of the file SWARMSCOPE_ADMIN_PASSWORD_FILE names
 * (e.g. /run/secrets/swarmscope_admin_password), without the trailing newline `echo … | docker secret create` leaves.
 * Null when neither is set. Throws naming the variable when both are set, or the file cannot be read or is empty.
 */
export function adminPasswordFromEnv(env: Record<string, string | undefined>, readFile: (p: string) => string = (p) => fs.readFileSync(p, "utf8")): string | null {
  const file = env.SWARMSCOPE_ADMIN_PASSWORD_FILE?.trim();
  if (!file) return env.SWARMSCOPE_ADMIN_PASSWORD || null;
  if (env.SWARMSCOPE_ADMIN_PASSWORD) throw new Error("Set SWARMSCOPE_ADMIN_PASSWORD or SWARMSCOPE_ADMIN_PASSWORD_FILE, not both");
  let text: string;
  try {
    text = readFile(file);
  } catch (err) {
    throw new Error(`SWARMSCOPE_ADMIN_PASSWORD_FILE "${file}" cannot be read: ${(err as Error).message}`, { cause: err });
  }
  const password = text.replace(/\r?\n$/, "");
  if (!password) throw new Error(`SWARMSCOPE_ADMIN_PASSWORD_FILE "${file}" is empty`);
  return password;
}

/** Creates the first admin when asked and none exists; returns its name, or null when nothing was done. */
export async function ensureFirstAdmin(store: UserStore, env: Record<string, string | undefined> = process.env): Promise<string | null> {
  const password = adminPasswordFromEnv(env);
  if (!password || store.hasUsers()) return null;
  const name = env.SWARMSCOPE_ADMIN_USER?.trim() || "admin";
  await store.add(name, "admin", password);
  return name;
}
