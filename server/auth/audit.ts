// The audit log: one JSON line per action (who, role, what, target, parameters without secret values, result, time) in the data directory.
import fs from "node:fs";
import path from "node:path";

export interface AuditEntry {
  time: string;
  user: string;
  role: string;
  action: string;
  target?: string;
  params: Record<string, unknown>;
  result: "ok" | "error";
  status: number;
  error?: string;
}

/** Keys whose values are never written: secret/config payloads and credentials, at any depth. */
const SECRET_KEYS = /^(data|password|token|value|content|contents|files|uploads)$/i;

export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.test(k) ? "(not logged)" : withoutSecrets(v);
    return out;
  }
  return value;
}

export class AuditLog {
  readonly file: string;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    this.file = path.join(dataDir, "audit.jsonl");
  }

  append(entry: Omit<AuditEntry, "time" | "params"> & { params: unknown }): void {
    const line: AuditEntry = { time: new Date().toISOString(), ...entry, params: withoutSecrets(entry.params) as Record<string, unknown> };
    fs.appendFileSync(this.file, JSON.stringify(line) + "\n", { mode: 0o600 });
  }

  /** The raw JSON lines, oldest first. */
  text(): string {
    return fs.existsSync(this.file) ? fs.readFileSync(this.file, "utf8") : "";
  }

  entries(): AuditEntry[] {
    return this.text()
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as AuditEntry);
  }
}
