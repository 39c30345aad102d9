// The board's moment in the URL (?at=<ISO time>, on / and /present): read it, write it, and the link to the board at a moment; pure.

/** What `?at=` asks for: nothing (live), or a moment as written (`ms` null when the browser cannot read it: the server says why). */
export type AskedMoment = { live: true } | { live: false; raw: string; ms: number | null };

interface ParamsReader {
  get(name: string): string | null;
}

export function momentFromParams(params: ParamsReader): AskedMoment {
  const raw = params.get("at")?.trim() ?? "";
  if (raw === "") return { live: true };
  const ms = Date.parse(raw);
  return { live: false, raw, ms: Number.isNaN(ms) ? null : ms };
}

/** The ISO form of a moment in ms (what the URL and the API get). */
export function isoAt(ms: number): string {
  return new Date(Math.round(ms)).toISOString();
}

/** The query string (without "?") with `at` set to `ms` (null: back to live), keeping every other parameter. */
export function queryWithMoment(current: string, ms: number | null): string {
  const params = new URLSearchParams(current);
  if (ms === null) params.delete("at");
  else params.set("at", isoAt(ms));
  return params.toString();
}

/** The board (or `/present`) at a moment given as ISO text. */
export function boardAt(at: string, path = "/"): string {
  return `${path}?${new URLSearchParams({ at }).toString()}`;
}

/** The API path of the snapshot at the asked moment (sent as written: a bad one comes back as the server's 400 naming it). */
export function replayPath(raw: string): string {
  return `/api/v1/cluster?${new URLSearchParams({ at: raw }).toString()}`;
}
