// Cron expressions as swarm-cronjob reads them (robfig/cron: 5 fields, an optional leading seconds field, @descriptors, @every): parse, words, next run; pure.

export interface CronSchedule {
  /** Allowed values per field; null for "every" (so day-of-month/day-of-week know whether they were restricted). */
  seconds: Set<number>;
  minutes: Set<number>;
  hours: Set<number>;
  days: Set<number> | null;
  months: Set<number>;
  weekdays: Set<number> | null;
  /** @every 1h30m: a fixed interval from the scheduler's start instead of calendar fields. */
  everyMs: number | null;
  expression: string;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const DAY_WORDS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_WORDS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const DESCRIPTORS: Record<string, string> = {
  "@yearly": "0 0 0 1 1 *",
  "@annually": "0 0 0 1 1 *",
  "@monthly": "0 0 0 1 * *",
  "@weekly": "0 0 0 * * 0",
  "@daily": "0 0 0 * * *",
  "@midnight": "0 0 0 * * *",
  "@hourly": "0 0 * * * *",
};

function range(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

function parseField(text: string, min: number, max: number, names: string[] = []): Set<number> | string {
  const out = new Set<number>();
  const value = (s: string) => {
    const idx = names.indexOf(s.toUpperCase());
    if (idx !== -1) return idx + (names === MONTHS ? 1 : 0);
    return /^\d+$/.test(s) ? Number(s) : NaN;
  };
  for (const part of text.split(",")) {
    const [base, stepText] = part.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) return `bad step in "${part}"`;
    let lo: number;
    let hi: number;
    if (base === "*" || base === "?") [lo, hi] = [min, max];
    else if (base.includes("-")) {
      const [a, b] = base.split("-");
      [lo, hi] = [value(a), value(b)];
    } else {
      lo = value(base);
      hi = stepText === undefined ? lo : max;
    }
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < min || hi > max || lo > hi) return `"${part}" is outside ${min}–${max}`;
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

/** "1h30m", "90s", "500ms" → milliseconds (Go duration syntax), or NaN. */
export function parseDuration(text: string): number {
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
  let total = 0;
  let used = 0;
  for (const m of text.matchAll(re)) {
    total += Number(m[1]) * units[m[2]];
    used += m[0].length;
  }
  return used === text.length && used > 0 ? total : NaN;
}

export function parseCron(expression: string): CronSchedule | { error: string } {
  const expr = expression.trim();
  if (expr.startsWith("@every ")) {
    const ms = parseDuration(expr.slice(7).trim());
    if (!Number.isFinite(ms) || ms < 1000) return { error: `"${expr}": @every needs a duration of at least 1s, like @every 1h30m` };
    const all = new Set<number>();
    return { seconds: all, minutes: all, hours: all, days: null, months: all, weekdays: null, everyMs: ms, expression: expr };
  }
  const text = DESCRIPTORS[expr.toLowerCase()] ?? expr;
  if (text.startsWith("@")) return { error: `unknown descriptor ${expr}` };
  const fields = text.split(/\s+/);
  if (fields.length !== 5 && fields.length !== 6) return { error: `"${expr}" has ${fields.length} fields; a schedule has 5 (minute hour day month weekday) or 6 (seconds first)` };
  const [sec, min, hour, dom, mon, dow] = fields.length === 6 ? fields : ["0", ...fields];
  const parts = [
    ["seconds", parseField(sec, 0, 59)],
    ["minutes", parseField(min, 0, 59)],
    ["hours", parseField(hour, 0, 23)],
    ["day of month", parseField(dom, 1, 31)],
    ["month", parseField(mon, 1, 12, MONTHS)],
    ["day of week", parseField(dow, 0, 7, DAYS)],
  ] as const;
  for (const [name, p] of parts) if (typeof p === "string") return { error: `${name}: ${p}` };
  const sets = parts.map(([, p]) => p as Set<number>);
  if (sets[5].has(7)) sets[5].add(0);
  const restricted = (f: string) => f !== "*" && f !== "?";
  return {
    seconds: sets[0],
    minutes: sets[1],
    hours: sets[2],
    days: restricted(dom) ? sets[3] : null,
    months: sets[4],
    weekdays: restricted(dow) ? sets[5] : null,
    everyMs: null,
    expression: expr,
  };
}

function dayMatches(s: CronSchedule, d: Date): boolean {
  const dom = s.days ? s.days.has(d.getUTCDate()) : true;
  const dow = s.weekdays ? s.weekdays.has(d.getUTCDay()) : true;
  // Like cron: when both are restricted, either may match.
  if (s.days && s.weekdays) return dom || dow;
  return dom && dow;
}

/** The first run strictly after `from` (UTC), or null within 5 years. @every counts from `from`. */
export function nextRun(s: CronSchedule, from: Date): Date | null {
  if (s.everyMs !== null) return new Date(from.getTime() + s.everyMs);
  const t = new Date(Math.floor(from.getTime() / 1000) * 1000 + 1000);
  const limit = from.getTime() + 5 * 366 * 86_400_000;
  while (t.getTime() < limit) {
    if (!s.months.has(t.getUTCMonth() + 1)) {
      t.setUTCMonth(t.getUTCMonth() + 1, 1);
      t.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!dayMatches(s, t)) {
      t.setUTCDate(t.getUTCDate() + 1);
      t.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!s.hours.has(t.getUTCHours())) {
      t.setUTCHours(t.getUTCHours() + 1, 0, 0, 0);
      continue;
    }
    if (!s.minutes.has(t.getUTCMinutes())) {
      t.setUTCMinutes(t.getUTCMinutes() + 1, 0, 0);
      continue;
    }
    if (!s.seconds.has(t.getUTCSeconds())) {
      t.setUTCSeconds(t.getUTCSeconds() + 1, 0);
      continue;
    }
    return t;
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, "0");
const only = (set: Set<number>) => (set.size === 1 ? [...set][0] : null);
const list = (set: Set<number>, words?: string[], offset = 0) =>
  [...set]
    .sort((a, b) => a - b)
    .map((v) => (words ? words[(v - offset) % words.length] : String(v)))
    .join(", ");

function stepOf(set: Set<number>, min: number, max: number): number | null {
  const values = [...set].sort((a, b) => a - b);
  if (values.length < 2 || values[0] !== min) return null;
  const step = values[1] - values[0];
  const full = range(0, Math.floor((max - min) / step)).map((i) => min + i * step);
  return full.length === values.length && full.every((v, i) => v === values[i]) ? step : null;
}

/** The schedule in words, e.g. "every 5 minutes", "every day at 02:30 UTC", "every Monday, Friday at 08:00 UTC". */
export function describeCron(s: CronSchedule): string {
  if (s.everyMs !== null) return `every ${s.expression.slice(7).trim()} (from when swarm-cronjob started)`;
  const everySecond = s.seconds.size === 60;
  const everyMinute = s.minutes.size === 60;
  const everyHour = s.hours.size === 24;
  const anyDay = !s.days && !s.weekdays && s.months.size === 12;
  if (anyDay && everyHour && everyMinute) {
    if (everySecond) return "every second";
    const step = stepOf(s.seconds, 0, 59);
    if (step) return `every ${step} seconds`;
    if (only(s.seconds) === 0) return "every minute";
  }
  const sec = only(s.seconds);
  if (sec === null) return `at seconds ${list(s.seconds)} of minutes ${list(s.minutes)}, hours ${list(s.hours)}${dayWords(s)}`;
  const secText = sec ? `:${pad(sec)}` : "";
  let time: string;
  if (everyHour && everyMinute) time = "every minute";
  else if (everyHour && stepOf(s.minutes, 0, 59)) time = `every ${stepOf(s.minutes, 0, 59)} minutes`;
  else if (everyHour && only(s.minutes) !== null) time = `every hour at minute ${only(s.minutes)}${secText}`;
  else if (only(s.hours) !== null && only(s.minutes) !== null) time = `at ${pad(only(s.hours)!)}:${pad(only(s.minutes)!)}${secText} UTC`;
  else if (stepOf(s.hours, 0, 23) && only(s.minutes) !== null) time = `every ${stepOf(s.hours, 0, 23)} hours at minute ${only(s.minutes)}`;
  else time = `at minute ${list(s.minutes)} of hour ${list(s.hours)} (UTC)`;
  const day = dayWords(s);
  return day ? `${time}${day}` : anyDay && !time.startsWith("every") ? `every day ${time}` : time;
}

function dayWords(s: CronSchedule): string {
  const parts: string[] = [];
  if (s.weekdays) parts.push(`on ${list(new Set([...s.weekdays].filter((d) => d < 7)), DAY_WORDS)}`);
  if (s.days) parts.push(`on day ${list(s.days)} of the month`);
  if (s.months.size < 12) parts.push(`in ${list(s.months, MONTH_WORDS, 1)}`);
  return parts.length ? ` ${parts.join(s.days && s.weekdays ? " or " : " ")}` : "";
}
