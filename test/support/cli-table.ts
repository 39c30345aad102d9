// Reads the docker CLI's tables (docker node ls, service ls, service ps…) into rows by the header's column positions, and masks what differs between two swarms (IDs, times).
export interface CliTable {
  header: string[];
  rows: Record<string, string>[];
}

export function parseCliTable(out: string): CliTable {
  const lines = out.split("\n").filter((l) => l.trim() !== "");
  if (lines.length === 0) return { header: [], rows: [] };
  const head = lines[0];
  const starts: number[] = [];
  const header: string[] = [];
  for (const m of head.matchAll(/\S+(?: \S+)*/g)) {
    starts.push(m.index!);
    header.push(m[0]);
  }
  const rows = lines.slice(1).map((line) => {
    const row: Record<string, string> = {};
    header.forEach((h, i) => {
      row[h] = line.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : undefined).trim();
    });
    return row;
  });
  return { header, rows };
}

/** What two swarms running the same commands must agree on: IDs, "x seconds ago" and engine versions masked. */
export function masked(value: string): string {
  return value
    .replace(/\b[a-z0-9]{25}\b/g, "<id>")
    .replace(/\b[a-z0-9]{12}\b(?![.])/g, (m) => (/\d/.test(m) && /[a-z]/.test(m) ? "<id>" : m))
    .replace(/(Less than a second|About (a|an) \w+|\d+ \w+) ago/g, "<ago>")
    .replace(/^20\.10\.24\S*$/, "<engine>");
}

/** The first word of CURRENT STATE ("Running 5 seconds ago" → "Running"). */
export function stateWord(value: string): string {
  return value.split(" ")[0];
}
