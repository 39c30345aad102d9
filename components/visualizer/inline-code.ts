// Splits engine hints like "Run `docker swarm init`" into text and code segments (rendered as React text, never HTML).

export interface Segment {
  text: string;
  code: boolean;
}

export function codeSegments(text: string): Segment[] {
  const parts = text.split("`");
  if (parts.length % 2 === 0) {
    // An odd number of backticks: the last one has no partner and stays a plain character.
    const tail = parts.pop() ?? "";
    parts[parts.length - 1] += `\`${tail}`;
  }
  return parts.map((part, i) => ({ text: part, code: i % 2 === 1 })).filter((segment) => segment.text !== "");
}
