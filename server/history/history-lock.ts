// One writer per history file: a pid lock in the data dir, so a second Swarmscope on the same data dir keeps no history rather than clash.
import fs from "node:fs";
import path from "node:path";

const heldHere = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock: a release function, or why not (another live process, or another server in this one, holds it). */
export function takeHistoryLock(dataDir: string): (() => void) | string {
  const file = path.join(dataDir, "history.lock");
  if (heldHere.has(file)) return "another server in this process keeps the history of this data dir";
  try {
    const pid = Number(fs.readFileSync(file, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) return `process ${pid} keeps the history of ${dataDir}`;
  } catch {
    // No lock yet (or unreadable): take it.
  }
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, String(process.pid), { mode: 0o600 });
  heldHere.add(file);
  return () => {
    heldHere.delete(file);
    try {
      if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
}
