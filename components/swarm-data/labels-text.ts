// Labels typed one per line as key=value → a label map, with the first bad line named; pure.
export function parseLabelLines(text: string): { labels: Record<string, string>; error: string | null } {
  const labels: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const eq = line.indexOf("=");
    const key = (eq === -1 ? line : line.slice(0, eq)).trim();
    if (!key || /\s/.test(key)) return { labels, error: `line ${i + 1}: write labels as key=value, keys without spaces` };
    labels[key] = eq === -1 ? "" : line.slice(eq + 1).trim();
  }
  return { labels, error: null };
}
