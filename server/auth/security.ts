// Who is asking: a share link's read-only viewer, else in local mode (no users) the local admin, else the session cookie's user, or nobody.
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { ShareInfo } from "../../lib/session";
import type { AuditEntry, AuditLog } from "./audit";
import { FailureLimiter, KnownAddresses, LOGIN_RULES } from "./rate-limit";
import { RefusalAudit } from "./refusal-audit";
import { readCookie, SESSION_COOKIE, SHARE_COOKIE } from "./request-checks";
import type { Role } from "../../lib/roles";
import type { UserStore } from "./user-store";

export interface Principal {
  name: string;
  role: Role;
  /** True in local mode: no users configured, loopback only. */
  local: boolean;
  /** Set for a read-only share link's session (always role viewer, no controls). */
  share?: ShareInfo;
}

export const LOCAL_ADMIN: Principal = { name: "local", role: "admin", local: true };

export class Security {
  /** Failed sign-ins per address, per (address, user) and per user (server/auth/rate-limit.ts). */
  readonly limiter = new FailureLimiter(LOGIN_RULES);
  /** (address, user) pairs with a recent successful sign-in: the per-user limit does not hold them back. */
  readonly knownAddresses = new KnownAddresses();
  /** Refused (429) sign-ins, aggregated before they reach the audit log. */
  readonly refusals = new RefusalAudit(({ user, ...e }) => this.record({ name: user, role: "-" }, { ...e, ok: false }));
  private sessionWatchers: (() => void)[] = [];
  private recordListeners: ((entry: AuditEntry) => void)[] = [];

  constructor(
    readonly users: UserStore | null,
    readonly audit: AuditLog | null,
    /** False when listening beyond loopback: then no users means nobody gets in, never local mode. */
    private localModeAllowed = true,
    /** SWARMSCOPE_METRICS_TOKEN: lets a Prometheus scraper read /metrics with `Authorization: Bearer <token>` and no session. */
    private metricsToken: string | null = null,
  ) {}

  /** The metrics scraper when the request's bearer token is the configured one (compared in constant time). */
  scraper(req: IncomingMessage): Principal | null {
    const given = /^Bearer (.+)$/i.exec(String(req.headers.authorization ?? ""))?.[1]?.trim();
    if (!this.metricsToken || !given) return null;
    const digest = (v: string) => createHash("sha256").update(v).digest();
    return timingSafeEqual(digest(given), digest(this.metricsToken)) ? { name: "metrics-scraper", role: "viewer", local: false } : null;
  }

  authConfigured(): boolean {
    return this.users?.hasUsers() ?? false;
  }

  /** Appends one action's outcome to the audit log (when the server keeps one); secret values are dropped there. */
  record(who: { name: string; role: string }, what: { action: string; target?: string; targetId?: string; params: unknown; ok: boolean; status: number; error?: string }): void {
    const { ok, error, ...rest } = what;
    const line = this.audit?.append({ user: who.name, role: who.role, ...rest, result: ok ? "ok" : "error", ...(error ? { error } : {}) });
    if (line) for (const fn of this.recordListeners) fn(line);
  }

  /** Hears every audit entry as written (secrets already dropped): the history keeps the dashboard's actions. */
  onRecord(fn: (entry: AuditEntry) => void): void {
    this.recordListeners.push(fn);
  }

  /** Called after a session ends (logout), so open sockets can be checked again at once. */
  onSessionEnded(fn: () => void): void {
    this.sessionWatchers.push(fn);
  }

  sessionEnded(): void {
    for (const fn of this.sessionWatchers) fn();
  }

  principal(req: IncomingMessage): Principal | null {
    const own = readCookie(req.headers.cookie, SESSION_COOKIE) ?? "";
    const shared = readCookie(req.headers.cookie, SHARE_COOKIE) ?? "";
    // The browser's own signed-in session wins over a share link opened in it (the link never takes it away).
    const user = this.users && this.authConfigured() ? this.users.session(own) : null;
    if (user) return { ...user, local: false };
    // A share link's session stays read-only even in local mode: the projection screen never gets the local admin's
    // controls (until "Leave shared view" drops the link's cookie).
    const share = this.users?.shareLinks.session(shared);
    if (share) return { name: `share:${share.label}`, role: "viewer", local: false, share };
    if (!this.users || !this.authConfigured()) return this.localModeAllowed ? LOCAL_ADMIN : null;
    return null;
  }
}
