// Keeps the last deployed compose file and settings of each stack in a small JSON file (SWARMSCOPE_DATA_DIR, default ./data); never secret values.
import fs from "node:fs/promises";
import path from "node:path";
import type { SavedStack } from "../../lib/stack-types";
import { stackName } from "./names";

export class StackStore {
  constructor(readonly dir: string) {}

  private file(name: string): string | null {
    return stackName.safeParse(name).success ? path.join(this.dir, "stacks", `${name}.json`) : null;
  }

  async read(name: string): Promise<SavedStack | null> {
    const file = this.file(name);
    if (!file) return null;
    try {
      return JSON.parse(await fs.readFile(file, "utf8")) as SavedStack;
    } catch {
      return null;
    }
  }

  /** Written to a temporary file then renamed, so a crash never leaves half a file. */
  async write(saved: SavedStack): Promise<void> {
    const file = this.file(saved.name);
    if (!file) throw new Error(`not a stack name: ${saved.name}`);
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(saved, null, 2), { mode: 0o600 });
    await fs.rename(tmp, file);
  }

  async remove(name: string): Promise<void> {
    const file = this.file(name);
    if (file) await fs.rm(file, { force: true });
  }
}

let shared: StackStore | null = null;

/** The server's store, in SWARMSCOPE_DATA_DIR (default ./data) as it was at first use. */
export function stackStore(): StackStore {
  shared ??= new StackStore(path.resolve(process.env.SWARMSCOPE_DATA_DIR || "data"));
  return shared;
}
