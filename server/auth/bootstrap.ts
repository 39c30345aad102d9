// The first admin from the environment: SWARMSCOPE_ADMIN_PASSWORD (user SWARMSCOPE_ADMIN_USER, default "admin"), only while no user exists.
import type { UserStore } from "./user-store";

/** Creates the first admin when asked and none exists; returns its name, or null when nothing was done. */
export async function ensureFirstAdmin(store: UserStore, env: Record<string, string | undefined> = process.env): Promise<string | null> {
  const password = env.SWARMSCOPE_ADMIN_PASSWORD;
  if (!password || store.hasUsers()) return null;
  const name = env.SWARMSCOPE_ADMIN_USER?.trim() || "admin";
  await store.add(name, "admin", password);
  return name;
}
