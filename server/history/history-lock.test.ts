// One writer per history file: a second taker in this process or a live other process is refused; a dead holder's lock is taken over.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { takeHistoryLock } from "./history-lock";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "history-lock-"));

describe("takeHistoryLock", () => {
  it("refuses a second taker in this process until the first releases", () => {
    const dir = tmp();
    const release = takeHistoryLock(dir);
    expect(typeof release).toBe("function");
    expect(takeHistoryLock(dir)).toMatch(/another server in this process/);
    (release as () => void)();
    const again = takeHistoryLock(dir);
    expect(typeof again).toBe("function");
    (again as () => void)();
    expect(fs.existsSync(path.join(dir, "history.lock"))).toBe(false);
  });

  it("refuses while another live process holds it, and takes over a dead one's lock", async () => {
    const dir = tmp();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    fs.writeFileSync(path.join(dir, "history.lock"), String(other.pid));
    expect(takeHistoryLock(dir)).toBe(`process ${other.pid} keeps the history of ${dir}`);
    other.kill("SIGKILL");
    await new Promise((r) => other.once("exit", r));
    const release = takeHistoryLock(dir);
    expect(typeof release).toBe("function");
    expect(fs.readFileSync(path.join(dir, "history.lock"), "utf8")).toBe(String(process.pid));
    (release as () => void)();
  });
});
