// The audit log: one JSON line per action (who, role, what, target, parameters without secret values, result, time) in the data directory, rotated by size.
import fs from "node:fs";
import path from "node:path";
import type { AuditEntry } from "../../lib/audit-types";
import { maskArgv, maskSecretsInText } from "./mask";

export type { AuditEntry };

/** Keys whose values are never written: secret/config payloads and credentials, at any depth. */
const SECRET_KEYS = /^(data|password|token|value|content|contents|files|uploads)$/i;

/**
 * Keys that carry environment variables or labels (create-service env and labels, update-service envAdd and labelAdd,
 * node.labels add, network/secret/config labels, container labels): only their NAMES are written, as a list.
 * (`add` of network attach is a list of network names: it stays as it is.)
 */
const NAMES_ONLY_KEYS = /^(env|environment|envAdd|labels?|labelAdd|labelsAdd|containerLabels|add)$/i;

const NOT_LOGGED = "(not logged)";
/** Bodies are at most 64 levels deep (server/http/body.ts); anything deeper is not walked. */
const MAX_DEPTH = 100;

/** "NAME=value" → NAME; { name|key, value } → name; a map → its keys; a text of lines → each line's NAME. */
function namesOnly(value: unknown): unknown {
  const nameOf = (v: unknown): string => {
    if (typeof v === "string") return v.includes("=") ? v.slice(0, v.indexOf("=")) : v;
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const name = o.name ?? o.Name ?? o.key ?? o.Key;
      if (typeof name === "string") return name;
    }
    return NOT_LOGGED;
  };
  if (Array.isArray(value)) return value.map(nameOf);
  if (typeof value === "string")
    return value
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => (l.includes("=") ? nameOf(l) : NOT_LOGGED));
  if (value && typeof value === "object") return Object.keys(value);
  return value === undefined || value === null ? value : NOT_LOGGED;
}

/** The one sanitizer for every audit entry's params: secret payloads dropped, env and labels reduced to names, secrets inside text masked. */
export function withoutSecrets(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return "(too deep)";
  // A list of strings may be an argv (command, args): `--password` `x` across elements is masked too.
  if (Array.isArray(value)) return value.every((v) => typeof v === "string") ? maskArgv(value) : value.map((v) => withoutSecrets(v, depth + 1));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SECRET_KEYS.test(k) ? NOT_LOGGED : NAMES_ONLY_KEYS.test(k) ? namesOnly(v) : withoutSecrets(v, depth + 1);
    }
    return out;
  }
  // Secrets inside other text (a command's --password=…, a URL's password) are masked the way viewers see them.
  return typeof value === "string" ? maskSecretsInText(value) : value;
}

/** SWARMSCOPE_AUDIT_MAX_BYTES's default: audit.jsonl is rotated before it passes 10 MB. */
export const DEFAULT_AUDIT_MAX_BYTES = 10 * 1024 * 1024;
/** Rotated files kept besides audit.jsonl (audit.1.jsonl newest … audit.5.jsonl oldest); older ones are deleted. */
export const AUDIT_FILES_KEPT = 5;

export class AuditLog {
  readonly file: string;
  private size: number;

  constructor(
    private dataDir: string,
    private opts: { maxBytes?: number; keep?: number } = {},
  ) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    this.file = path.join(dataDir, "audit.jsonl");
    this.size = fs.existsSync(this.file) ? fs.statSync(this.file).size : 0;
    if (this.size > 0 && !this.endsWithNewline()) fs.appendFileSync(this.file, "\n"); // a crash tore the last line: keep the next one whole
  }

  private endsWithNewline(): boolean {
    const fd = fs.openSync(this.file, "r");
    try {
      const last = Buffer.alloc(1);
      fs.readSync(fd, last, 0, 1, this.size - 1);
      return last[0] === 0x0a;
    } finally {
      fs.closeSync(fd);
    }
  }

  private get maxBytes(): number {
    return this.opts.maxBytes ?? DEFAULT_AUDIT_MAX_BYTES;
  }

  private get keep(): number {
    return this.opts.keep ?? AUDIT_FILES_KEPT;
  }

  /** audit.jsonl for 0, audit.N.jsonl for the N-th newest rotated file. */
  private nth(n: number): string {
    return n === 0 ? this.file : path.join(this.dataDir, `audit.${n}.jsonl`);
  }

  /** Appends one entry; returns it as written (time added, secrets dropped). */
  append(entry: Omit<AuditEntry, "time" | "params"> & { params: unknown }): AuditEntry {
    const line: AuditEntry = { time: new Date().toISOString(), ...entry, params: withoutSecrets(entry.params) as Record<string, unknown> };
    const text = JSON.stringify(line) + "\n";
    const bytes = Buffer.byteLength(text);
    // A line never straddles two files; one longer than the limit gets a file of its own.
    if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
    fs.appendFileSync(this.file, text, { mode: 0o600 });
    this.size += bytes;
    return line;
  }

  /**
   * audit.jsonl → audit.1.jsonl, audit.1 → audit.2 … and the oldest kept is deleted. Each step is one rename, so a crash
   * in between loses no line (at worst a number is skipped; reading takes whichever files exist).
   */
  private rotate(): void {
    fs.rmSync(this.nth(this.keep), { force: true });
    for (let n = this.keep - 1; n >= 0; n--) if (fs.existsSync(this.nth(n))) fs.renameSync(this.nth(n), this.nth(n + 1));
    this.size = 0;
  }

  /** The files that exist, oldest first (audit.5.jsonl … audit.1.jsonl, audit.jsonl). */
  files(): string[] {
    const out: string[] = [];
    for (let n = this.keep; n >= 0; n--) if (fs.existsSync(this.nth(n))) out.push(this.nth(n));
    return out;
  }

  /**
   * Open descriptors on every file, oldest first, for streaming an export: a rotation while it is being sent renames
   * the files but the open descriptors still read what was there when the export began.
   */
  openFiles(): number[] {
    const fds: number[] = [];
    for (const f of this.files()) {
      try {
        fds.push(fs.openSync(f, "r"));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      }
    }
    return fds;
  }

  /** The raw JSON lines of every kept file, oldest first. */
  text(): string {
    return this.openFiles()
      .map((fd) => {
        try {
          return fs.readFileSync(fd, "utf8");
        } finally {
          fs.closeSync(fd);
        }
      })
      .join("");
  }

  /** Every kept entry, oldest first; a line torn by a crash mid-write is skipped. */
  entries(): AuditEntry[] {
    const out: AuditEntry[] = [];
    for (const l of this.text().split("\n")) {
      if (!l.trim()) continue;
      try {
        out.push(JSON.parse(l) as AuditEntry);
      } catch {
        // a partial last line (crash while appending): the rest of the log stays readable
      }
    }
    return out;
  }
}
