// Who is asking: in local mode (no users) everyone is the local admin; otherwise the session cookie's user, or nobody.
import type { IncomingMessage } from "node:http";
import type { AuditLog } from "./audit";
import { FailureLimiter } from "./rate-limit";
import { readCookie, SESSION_COOKIE } from "./request-checks";
import type { Role } from "./roles";
import type { UserStore } from "./user-store";

export interface Principal {
  name: string;
  role: Role;
  /** True in local mode: no users configured, loopback only. */
  local: boolean;
}

export const LOCAL_ADMIN: Principal = { name: "local", role: "admin", local: true };

export class Security {
  readonly limiter = new FailureLimiter();
  private sessionWatchers: (() => void)[] = [];

  constructor(
    readonly users: UserStore | null,
    readonly audit: AuditLog | null,
    /** False when listening beyond loopback: then no users means nobody gets in, never local mode. */
    private localModeAllowed = true,
  ) {}

  authConfigured(): boolean {
    return this.users?.hasUsers() ?? false;
  }

  /** Appends one action's outcome to the audit log (when the server keeps one); secret values are dropped there. */
  record(who: Principal, what: { action: string; target?: string; params: unknown; ok: boolean; status: number; error?: string }): void {
    const { ok, error, ...rest } = what;
    this.audit?.append({ user: who.name, role: who.role, ...rest, result: ok ? "ok" : "error", ...(error ? { error } : {}) });
  }

  /** Called after a session ends (logout), so open sockets can be checked again at once. */
  onSessionEnded(fn: () => void): void {
    this.sessionWatchers.push(fn);
  }

  sessionEnded(): void {
    for (const fn of this.sessionWatchers) fn();
  }

  principal(req: IncomingMessage): Principal | null {
    if (!this.users || !this.authConfigured()) return this.localModeAllowed ? LOCAL_ADMIN : null;
    const user = this.users.session(readCookie(req.headers.cookie, SESSION_COOKIE) ?? "");
    return user ? { ...user, local: false } : null;
  }
}
