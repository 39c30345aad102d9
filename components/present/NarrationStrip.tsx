"use client";
// The narration strip: what just happened, in sentences, newest first (the newest one larger).
import { formatClock } from "@/components/ui/format";
import type { NarrationItem } from "@/lib/narration/narrate";
import type { Fit } from "./fit";
import type { Theme } from "./theme";

const SHOWN = 6;

export function NarrationStrip({ items, fit, theme }: { items: readonly NarrationItem[]; fit: Fit; theme: Theme }) {
  return (
    <section
      data-testid="narration"
      aria-live="polite"
      aria-label="What just happened"
      className="shrink-0 overflow-hidden"
      style={{
        height: fit.stacked ? undefined : fit.narrationHeight,
        padding: `${fit.pad / 2}px ${fit.pad}px`,
        borderTop: `2px solid ${theme.columnBorder}`,
        background: theme.column,
      }}
    >
      {items.length === 0 ? (
        <p style={{ fontSize: fit.text, color: theme.muted }}>Watching the swarm: changes will be told here.</p>
      ) : (
        <ol>
          {items.slice(0, SHOWN).map((item, i) => (
            <li
              key={item.id}
              data-testid="narration-item"
              data-kind={item.kind}
              data-subject={item.subject}
              className="truncate"
              style={{ fontSize: i === 0 ? Math.round(fit.text * 1.2) : fit.text, lineHeight: 1.3, color: i === 0 ? theme.text : theme.muted, fontWeight: i === 0 ? 700 : 400 }}
            >
              <time dateTime={item.at} className="mr-2 tabular-nums" style={{ color: theme.muted, fontWeight: 400 }}>
                {formatClock(item.at)}
              </time>
              {item.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
