// Read-only share links (projection screens) in the users database: random tokens kept only as SHA-256, optional expiry, revocable.
import { createHash, randomBytes } from "node:crypto";
import type Database from "better-sqlite3";
import type { ShareInfo } from "../../lib/session";
import type { ShareLinkState, ShareLinkView } from "../../lib/share-links";

/** A share session lives as long as its link, at most this long without one (a screen reopens the link after a month). */
export const SHARE_SESSION_MAX_MS = 30 * 24 * 60 * 60 * 1000;

interface LinkRow {
  id: string;
  label: string;
  created_by: string;
  created: number;
  expires: number | null;
  revoked: number | null;
  last_used: number | null;
}

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export class ShareLinkStore {
  constructor(
    private db: Database.Database,
    private now: () => number = Date.now,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS share_links (id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, label TEXT NOT NULL, created_by TEXT NOT NULL,
        created INTEGER NOT NULL, expires INTEGER, revoked INTEGER, last_used INTEGER);
      CREATE TABLE IF NOT EXISTS share_sessions (token_hash TEXT PRIMARY KEY, link_id TEXT NOT NULL REFERENCES share_links(id) ON DELETE CASCADE,
        expires INTEGER NOT NULL);
    `);
  }

  private state(row: LinkRow): ShareLinkState {
    if (row.revoked !== null) return "revoked";
    if (row.expires !== null && row.expires <= this.now()) return "expired";
    return "active";
  }

  private view(row: LinkRow): ShareLinkView {
    return {
      id: row.id,
      label: row.label,
      createdBy: row.created_by,
      createdAt: iso(row.created) as string,
      expiresAt: iso(row.expires),
      revokedAt: iso(row.revoked),
      lastUsedAt: iso(row.last_used),
      state: this.state(row),
    };
  }

  /** A new link and its token (32 random bytes, or `tokenBytes` for short-lived phone links); the token is returned once and never stored. */
  create(label: string, createdBy: string, expiresInMinutes: number | null, tokenBytes = 32): { link: ShareLinkView; token: string } {
    const token = randomBytes(tokenBytes).toString("base64url");
    const id = randomBytes(6).toString("hex");
    const expires = expiresInMinutes === null ? null : this.now() + expiresInMinutes * 60_000;
    this.db
      .prepare("INSERT INTO share_links (id, token_hash, label, created_by, created, expires) VALUES (?, ?, ?, ?, ?, ?)")
      .run(id, hash(token), label, createdBy, this.now(), expires);
    return { link: this.get(id) as ShareLinkView, token };
  }

  get(id: string): ShareLinkView | null {
    const row = this.db.prepare("SELECT * FROM share_links WHERE id = ?").get(id) as LinkRow | undefined;
    return row ? this.view(row) : null;
  }

  /** Newest first. */
  list(): ShareLinkView[] {
    return (this.db.prepare("SELECT * FROM share_links ORDER BY created DESC, id").all() as LinkRow[]).map((row) => this.view(row));
  }

  /** Revokes the link and ends its sessions; false when there is no such link. Revoking twice keeps the first time. */
  revoke(id: string): boolean {
    const found = this.db.prepare("UPDATE share_links SET revoked = COALESCE(revoked, ?) WHERE id = ?").run(this.now(), id).changes > 0;
    this.db.prepare("DELETE FROM share_sessions WHERE link_id = ?").run(id);
    return found;
  }

  /** Opening a link: a session token for the browser when the link is active; otherwise why not (unknown, expired, revoked). */
  open(token: string): { session: string; expires: number; link: ShareLinkView } | { refused: "unknown" | "expired" | "revoked" } {
    const row = this.db.prepare("SELECT * FROM share_links WHERE token_hash = ?").get(hash(token)) as LinkRow | undefined;
    if (!row) return { refused: "unknown" };
    const state = this.state(row);
    if (state !== "active") return { refused: state };
    const session = randomBytes(32).toString("base64url");
    const expires = Math.min(row.expires ?? Infinity, this.now() + SHARE_SESSION_MAX_MS);
    this.db.prepare("DELETE FROM share_sessions WHERE expires <= ?").run(this.now());
    this.db.prepare("INSERT INTO share_sessions (token_hash, link_id, expires) VALUES (?, ?, ?)").run(hash(session), row.id, expires);
    this.db.prepare("UPDATE share_links SET last_used = ? WHERE id = ?").run(this.now(), row.id);
    return { session, expires, link: this.view(row) };
  }

  /** The share session's link while both the session and the link are live. */
  session(token: string): ShareInfo | null {
    if (!token) return null;
    const row = this.db.prepare("SELECT l.*, s.expires AS session_expires FROM share_sessions s JOIN share_links l ON l.id = s.link_id WHERE s.token_hash = ?").get(hash(token)) as
      (LinkRow & { session_expires: number }) | undefined;
    if (!row || row.session_expires <= this.now() || this.state(row) !== "active") return null;
    return { id: row.id, label: row.label, expiresAt: iso(row.expires) };
  }

  endSession(token: string): void {
    this.db.prepare("DELETE FROM share_sessions WHERE token_hash = ?").run(hash(token));
  }
}
