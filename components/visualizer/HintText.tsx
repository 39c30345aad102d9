// Engine-provided text with `backticked` commands shown as code; plain React text only.
import { codeSegments } from "./inline-code";

export function HintText({ text }: { text: string }) {
  return (
    <>
      {codeSegments(text).map((segment, i) =>
        segment.code ? (
          <code key={i} className="rounded bg-zinc-950/60 px-1 py-px font-mono text-[0.92em] text-zinc-100">
            {segment.text}
          </code>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
