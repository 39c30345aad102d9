// Users and sessions in SQLite (better-sqlite3) under the data directory; session tokens are kept only as SHA-256 hashes.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { hashPassword, verifyPassword } from "./password";
import { isRole, type Role } from "../../lib/roles";
import { ShareLinkStore } from "./share-links";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface User {
  name: string;
  role: Role;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export class UserStore {
  private db: Database.Database;
  /** Read-only share links live in the same database. */
  readonly shareLinks: ShareLinkStore;

  constructor(
    dataDir: string,
    private now: () => number = Date.now,
  ) {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    this.db = new Database(path.join(dataDir, "users.sqlite"));
    this.db.pragma("journal_mode = WAL");
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, role TEXT NOT NULL, hash TEXT NOT NULL, created INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, name TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE, expires INTEGER NOT NULL);
    `);
    this.db.pragma("foreign_keys = ON");
    this.shareLinks = new ShareLinkStore(this.db, now);
  }

  /** Auth is configured once at least one user exists. */
  hasUsers(): boolean {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM users").get() as { n: number }).n > 0;
  }

  list(): User[] {
    return this.db.prepare("SELECT name, role FROM users ORDER BY name").all() as User[];
  }

  async add(name: string, role: Role, password: string): Promise<void> {
    if (!NAME.test(name)) throw new Error(`user name "${name}" must be 1-64 letters, digits, . _ @ -`);
    if (!isRole(role)) throw new Error(`role must be viewer, operator or admin`);
    if (password.length < 8) throw new Error("password must be at least 8 characters");
    const hash = await hashPassword(password);
    this.db.prepare("INSERT INTO users (name, role, hash, created) VALUES (?, ?, ?, ?)").run(name, role, hash, this.now());
  }

  /** Removes a user and their sessions; refuses the last admin (without one nobody could manage users, and no users means local mode). */
  remove(name: string): boolean {
    const row = this.db.prepare("SELECT role FROM users WHERE name = ?").get(name) as { role: string } | undefined;
    if (!row) return false;
    const admins = (this.db.prepare("SELECT COUNT(*) AS n FROM users WHERE role = 'admin'").get() as { n: number }).n;
    if (row.role === "admin" && admins <= 1) throw new Error(`${name} is the last admin; add another admin first`);
    this.db.prepare("DELETE FROM sessions WHERE name = ?").run(name);
    this.db.prepare("DELETE FROM users WHERE name = ?").run(name);
    return true;
  }

  /** Changes a user's role (read on every request, so it applies at once); false for no such user; never demotes the last admin. */
  setRole(name: string, role: Role): boolean {
    if (!isRole(role)) throw new Error(`role must be viewer, operator or admin`);
    const row = this.db.prepare("SELECT role FROM users WHERE name = ?").get(name) as { role: string } | undefined;
    if (!row) return false;
    const admins = (this.db.prepare("SELECT COUNT(*) AS n FROM users WHERE role = 'admin'").get() as { n: number }).n;
    if (row.role === "admin" && role !== "admin" && admins <= 1) throw new Error(`${name} is the last admin; make another user an admin first`);
    this.db.prepare("UPDATE users SET role = ? WHERE name = ?").run(role, name);
    return true;
  }

  /** The user when name and password match; null otherwise (same work either way). */
  async check(name: string, password: string): Promise<User | null> {
    const row = this.db.prepare("SELECT name, role, hash FROM users WHERE name = ?").get(name) as (User & { hash: string }) | undefined;
    const ok = await verifyPassword(password, row?.hash ?? "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    return row && ok ? { name: row.name, role: row.role } : null;
  }

  /** A new session's token (32 random bytes, base64url); only its hash is stored. */
  createSession(name: string): { token: string; expires: number } {
    const token = randomBytes(32).toString("base64url");
    const expires = this.now() + SESSION_TTL_MS;
    this.db.prepare("DELETE FROM sessions WHERE expires <= ?").run(this.now());
    this.db.prepare("INSERT INTO sessions (token_hash, name, expires) VALUES (?, ?, ?)").run(tokenHash(token), name, expires);
    return { token, expires };
  }

  /** The session's user while it has not expired. */
  session(token: string): User | null {
    if (!token) return null;
    const row = this.db
      .prepare("SELECT u.name AS name, u.role AS role, s.expires AS expires FROM sessions s JOIN users u ON u.name = s.name WHERE s.token_hash = ?")
      .get(tokenHash(token)) as (User & { expires: number }) | undefined;
    if (!row || row.expires <= this.now()) return null;
    return { name: row.name, role: row.role };
  }

  endSession(token: string): void {
    this.db.prepare("DELETE FROM sessions WHERE token_hash = ?").run(tokenHash(token));
  }

  close(): void {
    this.db.close();
  }
}

const stores = new Map<string, UserStore>();

/** One store per data directory for the process. */
export function userStoreFor(dataDir: string): UserStore {
  const dir = path.resolve(dataDir);
  let store = stores.get(dir);
  if (!store) stores.set(dir, (store = new UserStore(dir)));
  return store;
}

export function dataDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.SWARMSCOPE_DATA_DIR || "data");
}
