// Unit tests of the audit table's order, filter and cap.
import { describe, expect, it } from "vitest";
import type { AuditEntry } from "@/lib/audit-types";
import { auditRows } from "./audit-rows";

const entry = (time: string, action: string, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  time,
  user: "alice",
  role: "admin",
  action,
  params: {},
  result: "ok",
  status: 200,
  ...extra,
});

const log = [
  entry("2026-11-28T10:00:00.000Z", "user.add", { target: "bob", params: { name: "bob", role: "viewer" } }),
  entry("2026-11-28T10:05:00.000Z", "service.scale", { target: "web", user: "carol", role: "operator" }),
  entry("2026-11-28T10:05:00.000Z", "user.role", { target: "bob", params: { role: "operator" } }),
  entry("2026-11-28T10:09:00.000Z", "user.remove", { target: "root", result: "error", status: 409, error: "root is the last admin" }),
];

describe("auditRows", () => {
  it("puts the newest first (later lines first when the time is the same)", () => {
    expect(auditRows(log, "").rows.map((e) => e.action)).toEqual(["user.remove", "user.role", "service.scale", "user.add"]);
  });
  it("keeps entries holding every word typed, in any field, ignoring case", () => {
    expect(auditRows(log, "BOB").rows.map((e) => e.action)).toEqual(["user.role", "user.add"]);
    expect(auditRows(log, "bob operator").rows.map((e) => e.action)).toEqual(["user.role"]);
    expect(auditRows(log, "carol").rows.map((e) => e.action)).toEqual(["service.scale"]);
    expect(auditRows(log, "409 last admin").rows.map((e) => e.action)).toEqual(["user.remove"]);
    expect(auditRows(log, "error").matched).toBe(1);
    expect(auditRows(log, "nobody").rows).toEqual([]);
  });
  it("caps the rows and says how many matched", () => {
    const many = Array.from({ length: 7 }, (_, i) => entry(`2026-11-28T10:0${i}:00.000Z`, `a${i}`));
    const { rows, matched } = auditRows(many, "", 3);
    expect(matched).toBe(7);
    expect(rows.map((e) => e.action)).toEqual(["a6", "a5", "a4"]);
  });
});
