// The image's entry point (node --import tsx server/container/entry.ts): gives the server the engine socket's group without running it as root, then starts it.
import fs from "node:fs";
import { managersFromEnv } from "../engine/connection";
import { entryPlan, type SocketSeen } from "./entry-plan";

function seen(socketPath: string): SocketSeen {
  let gid: number | null = null;
  try {
    gid = fs.statSync(socketPath).gid;
  } catch {
    return { path: socketPath, gid, usable: false };
  }
  try {
    fs.accessSync(socketPath, fs.constants.R_OK | fs.constants.W_OK);
    return { path: socketPath, gid, usable: true };
  } catch {
    return { path: socketPath, gid, usable: false };
  }
}

const sockets = managersFromEnv(process.env).flatMap((e) => (e.kind === "unix" ? [seen(e.socketPath)] : []));
const plan = entryPlan(process.getuid!(), process.env.SWARMSCOPE_RUN_AS || "node", sockets);
if (plan.kind === "drop") {
  process.setgroups!(plan.groups);
  process.setgid!(plan.user);
  process.setuid!(plan.user);
} else {
  for (const w of plan.warnings) console.error(w);
}
// Only now: the server (and everything it opens, like DATA_DIR) runs as the dropped user.
void import("../index");
