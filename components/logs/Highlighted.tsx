// Text with every match of the search wrapped in <mark>, built as React elements (log lines may contain HTML: it stays text).
import { splitMatches } from "./log-lines";

export function Highlighted({ text, query }: { text: string; query: string }) {
  const segments = splitMatches(text, query);
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded-sm bg-amber-400/90 px-px text-black">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
