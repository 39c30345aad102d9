// Reads the history routes' query parameters: times (ISO 8601 with a zone), limits, kinds, cursors; a refusal names the parameter.
import { TIMELINE_KINDS, type TimelineKind } from "../../lib/history-types";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; field: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = (field: string, error: string): Parsed<never> => ({ ok: false, error: `${field}: ${error}`, field });

/** At most one of each parameter: `?at=a&at=b` is refused rather than guessed. */
export function single(params: URLSearchParams, field: string): Parsed<string | null> {
  const all = params.getAll(field);
  if (all.length > 1) return refuse(field, "given more than once");
  return ok(all[0] ?? null);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** An ISO 8601 time with a zone ("2026-12-03T17:40:00Z", "…T18:40:00.250+01:00") as ms; calendar dates only (no 31 February). */
export function parseTime(field: string, raw: string): Parsed<number> {
  const m = ISO.exec(raw);
  const problem = `${JSON.stringify(raw.slice(0, 40))} is not a time (ISO 8601 with a zone, e.g. 2026-12-03T17:40:00Z)`;
  if (!m) return refuse(field, problem);
  const [year, month, day, hour, minute, second, zh, zm] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0", m[7] ?? "0", m[8] ?? "0"].map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59 || zh > 23 || zm > 59) return refuse(field, problem);
  const ms = Date.parse(raw);
  return Number.isFinite(ms) ? ok(ms) : refuse(field, problem);
}

export const LIMIT_MAX = 1000;
export const LIMIT_DEFAULT = 100;

export function parseLimit(raw: string | null): Parsed<number> {
  if (raw === null) return ok(LIMIT_DEFAULT);
  if (!/^\d{1,7}$/.test(raw) || Number(raw) < 1 || Number(raw) > LIMIT_MAX) return refuse("limit", `must be a whole number from 1 to ${LIMIT_MAX}`);
  return ok(Number(raw));
}

export function parseKinds(raw: string | null): Parsed<TimelineKind[] | null> {
  if (raw === null) return ok(null);
  const kinds = [...new Set(raw.split(",").map((k) => k.trim()))];
  const unknown = kinds.find((k) => !(TIMELINE_KINDS as readonly string[]).includes(k));
  if (unknown !== undefined) return refuse("kind", `${JSON.stringify(unknown.slice(0, 40))} is not a kind (${TIMELINE_KINDS.join(", ")})`);
  return ok(kinds as TimelineKind[]);
}

/** The `next` of an earlier page: "<at ms>.<entry id>". */
export function parseCursor(raw: string | null): Parsed<{ at: number; id: number } | null> {
  if (raw === null) return ok(null);
  const m = /^(\d{1,16})\.(\d{1,16})$/.exec(raw);
  if (!m || !Number.isSafeInteger(Number(m[1])) || !Number.isSafeInteger(Number(m[2]))) return refuse("before", "is not a page cursor (the `next` of an earlier page)");
  return ok({ at: Number(m[1]), id: Number(m[2]) });
}

/** A name filter's shape (service, node, stack): what Docker's names and IDs hold. */
export function parseName(field: string, raw: string | null): Parsed<string | null> {
  if (raw === null) return ok(null);
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/.test(raw)) return refuse(field, `${JSON.stringify(raw.slice(0, 40))} is not a ${field} name or ID`);
  return ok(raw);
}
