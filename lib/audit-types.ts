// What one line of the audit log holds: written by server/auth/audit, read by the admin page (GET /api/v1/audit).

export interface AuditEntry {
  time: string;
  user: string;
  role: string;
  action: string;
  /** What it acted on, by name where there is one (a service, node, network…), else the ID or the name the request gave. */
  target?: string;
  /** The target's ID when `target` is its name (shown on hover). */
  targetId?: string;
  params: Record<string, unknown>;
  result: "ok" | "error";
  status: number;
  error?: string;
}
