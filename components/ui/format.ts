// Turns raw model values (bytes, CPUs, ids, times) into short words; every missing value becomes a readable word.

/** The word shown wherever a value is missing. */
export const MISSING = "—";

/** A value, or "—" when there is none (never "undefined"/"null"). */
export function orDash(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  const text = String(value).trim();
  return text === "" ? MISSING : text;
}

const BYTE_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

/** 8_254_000_000 → "7.7 GiB"; null → "—". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return MISSING;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits).replace(/\.0$/, "")} ${BYTE_UNITS[unit]}`;
}

/** 4 → "4 CPUs", 1 → "1 CPU", 0.5 → "0.5 CPU"; null → "—". */
export function formatCpus(cpus: number | null | undefined): string {
  if (cpus === null || cpus === undefined || !Number.isFinite(cpus) || cpus < 0) return MISSING;
  const rounded = Math.round(cpus * 100) / 100;
  return `${rounded} ${rounded > 1 ? "CPUs" : "CPU"}`;
}

/** The first characters of an engine id, as the docker CLI abbreviates them. */
export function shortId(id: string | null | undefined, length = 12): string {
  if (!id) return MISSING;
  return id.slice(0, length);
}

function parseTime(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.getTime() <= 0 ? null : date;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** ISO time → local "HH:MM:SS"; missing or unparsable → "—". */
export function formatClock(iso: string | null | undefined): string {
  const date = parseTime(iso);
  if (!date) return MISSING;
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** How long ago an ISO time was, seen from `now` (ms): "4 s ago", "3 min ago", "2 h ago", "5 d ago". */
export function formatAgo(iso: string | null | undefined, now: number): string {
  const date = parseTime(iso);
  if (!date) return MISSING;
  const seconds = Math.max(0, Math.floor((now - date.getTime()) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}

/** "3 managers", "1 manager". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
