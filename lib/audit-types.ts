// What one line of the audit log holds: written by server/auth/audit, read by the admin page (GET /api/v1/audit).

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
