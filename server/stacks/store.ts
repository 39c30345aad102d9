// Keeps the last deployed compose file and settings of each stack, and that deploy's state, in a small JSON file per stack (the data dir); never secret values.
import fs from "node:fs/promises";
import path from "node:path";
import type { SavedStack } from "../../lib/stack-types";
import { stackName } from "../../lib/docker-names";

let writes = 0;

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
    const tmp = `${file}.${process.pid}.${++writes}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(saved, null, 2), { mode: 0o600 });
    await fs.rename(tmp, file);
  }

  /** Every stack on record. */
  async list(): Promise<SavedStack[]> {
    const names = await fs.readdir(path.join(this.dir, "stacks")).catch(() => [] as string[]);
    const out: SavedStack[] = [];
    for (const f of names) {
      if (!f.endsWith(".json")) continue;
      const saved = await this.read(f.slice(0, -5));
      if (saved) out.push(saved);
    }
    return out;
  }

  /** Changes fields of a stack's record (written whole, atomically). */
  async update(name: string, patch: Partial<SavedStack>): Promise<void> {
    const saved = await this.read(name);
    if (saved) await this.write({ ...saved, ...patch });
  }

  /** Where deploys put their temporary files (the rendered compose file, uploaded secrets): inside the data dir, 0700. */
  async tmpRoot(): Promise<string> {
    const dir = path.join(this.dir, "tmp");
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    await fs.chmod(dir, 0o700);
    return dir;
  }

  /** At start-up: temporary files of deploys a crash left behind (they may hold secret values), and half-written records. */
  async wipeLeftovers(): Promise<string[]> {
    const gone: string[] = [];
    const tmp = path.join(this.dir, "tmp");
    for (const e of await fs.readdir(tmp).catch(() => [] as string[])) {
      await fs.rm(path.join(tmp, e), { recursive: true, force: true });
      gone.push(path.join(tmp, e));
    }
    const stacks = path.join(this.dir, "stacks");
    for (const f of await fs.readdir(stacks).catch(() => [] as string[])) {
      if (f.endsWith(".tmp")) {
        await fs.rm(path.join(stacks, f), { force: true });
        gone.push(path.join(stacks, f));
      }
    }
    return gone;
  }

  async remove(name: string): Promise<void> {
    const file = this.file(name);
    if (file) await fs.rm(file, { force: true });
  }
}

let shared: StackStore | null = null;

/** The server's store: in the data dir the server was started with (useStackStore), else SWARMSCOPE_DATA_DIR (default ./data). */
export function stackStore(): StackStore {
  shared ??= new StackStore(path.resolve(process.env.SWARMSCOPE_DATA_DIR || "data"));
  return shared;
}

/** Puts the store in the server's data dir (startAppServer). */
export function useStackStore(dir: string): StackStore {
  shared = new StackStore(path.resolve(dir));
  return shared;
}
