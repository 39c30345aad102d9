// The docker CLI's small formatting rules (go-units HumanDuration, natural sort, ellipsis, PrettyPrint), ported for identical output.

/** go-units HumanDuration: "Less than a second", "1 second", "5 seconds", "About a minute", "3 hours", "2 weeks", …; ms may be negative (= 0). */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return "Less than a second";
  if (seconds === 1) return "1 second";
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60_000);
  if (minutes === 1) return "About a minute";
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3_600_000 + 0.5);
  if (hours === 1) return "About an hour";
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(ms / 3_600_000 / 24 / 365)} years`;
}

/** The CLI's PrettyPrint: first letter upper case, the rest lower case ("running" → "Running"). */
export function prettyPrint(word: string): string {
  if (word.length <= 1) return word.toLowerCase();
  return word[0].toUpperCase() + word.slice(1).toLowerCase();
}

/** The CLI's Ellipsis for plain text: at most `max` characters, the last one "…" when cut. */
export function ellipsis(text: string, max: number): string {
  if (max <= 0) return "";
  const chars = Array.from(text);
  if (max === 1) return chars[0] ?? "";
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** fvbommel/sortorder NaturalLess: "web.2" < "web.10"; digits before other characters; "2" < "02". */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const da = isDigit(a[i]);
    const db = isDigit(b[j]);
    if (da !== db) return da;
    if (!da) {
      if (a[i] !== b[j]) return a[i] < b[j];
      i++;
      j++;
      continue;
    }
    while (a[i] === "0") i++;
    while (b[j] === "0") j++;
    const startA = i;
    const startB = j;
    while (isDigit(a[i])) i++;
    while (isDigit(b[j])) j++;
    const lenA = i - startA;
    const lenB = j - startB;
    if (lenA !== lenB) return lenA < lenB;
    const numA = a.slice(startA, i);
    const numB = b.slice(startB, j);
    if (numA !== numB) return numA < numB;
    if (startA !== startB) return startA < startB;
  }
  return a.length < b.length;
}

/** naturalLess as a sort comparator. */
export function naturalCompare(a: string, b: string): number {
  if (naturalLess(a, b)) return -1;
  return naturalLess(b, a) ? 1 : 0;
}

/** A published port as `docker service ps` PORTS prints it: "*:8080->80/tcp". */
export function portText(port: { published: number | null; target: number; protocol: string }): string {
  return `*:${port.published ?? 0}->${port.target}/${port.protocol}`;
}
