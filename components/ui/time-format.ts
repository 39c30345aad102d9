// Times and durations on the detail pages: UTC date-times, "3 days ago" / "in 89 days" in the CLI's words, Go-style durations.
import { humanDuration } from "@/components/task/cli-format";
import { MISSING } from "./format";

function parse(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) || t <= 0 ? null : t;
}

/** "2024-05-01 12:00:00 UTC"; missing or unparsable → "—". */
export function formatDateTime(iso: string | null | undefined): string {
  const t = parse(iso);
  if (t === null) return MISSING;
  return `${new Date(t).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** "5 minutes ago" for the past, "in 89 days" for the future; missing → "—". */
export function relativeTime(iso: string | null | undefined, now: number): string {
  const t = parse(iso);
  if (t === null) return MISSING;
  const words = humanDuration(Math.abs(now - t)).toLowerCase();
  return t > now ? `in ${words}` : `${words} ago`;
}

function trimNumber(n: number): string {
  return String(Number(n.toFixed(9)));
}

/** Go's time.Duration String() from seconds: 0 → "0s", 0.5 → "500ms", 90 → "1m30s", 3600 → "1h0m0s"; null → "—". */
export function goDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return MISSING;
  if (seconds === 0) return "0s";
  const sign = seconds < 0 ? "-" : "";
  const s = Math.abs(seconds);
  if (s < 1e-6) return `${sign}${trimNumber(s * 1e9)}ns`;
  if (s < 1e-3) return `${sign}${trimNumber(s * 1e6)}µs`;
  if (s < 1) return `${sign}${trimNumber(s * 1e3)}ms`;
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = s - hours * 3600 - minutes * 60;
  return `${sign}${hours ? `${hours}h` : ""}${hours || minutes ? `${minutes}m` : ""}${trimNumber(rest)}s`;
}

/** A long period in the words `docker info` uses ("3 months", "5 seconds"); null → "—". */
export function periodWords(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return MISSING;
  return humanDuration(seconds * 1000).toLowerCase();
}
