"use client";
// The availability pill of a node column header as a menu: Active / Pause / Drain (drain asks first, in the drawer).
import { useEffect, useRef, useState } from "react";
import { TONE_PILL } from "@/components/ui/tone";
import { availabilityLabel } from "@/components/visualizer/node-labels";
import type { NodeView } from "@/lib/model-types";
import { AVAILABILITIES } from "./AvailabilityButtons";
import type { Operations } from "../operations/operations";

export function AvailabilityMenu({ node, ops }: { node: NodeView; ops: Operations }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("mousedown", away);
    document.addEventListener("keydown", key);
    return () => {
      document.removeEventListener("mousedown", away);
      document.removeEventListener("keydown", key);
    };
  }, [open]);
  const label = availabilityLabel(node);
  return (
    // "contents": the menu opens as its own row of the header's wrapping pill row, so no scrolling board can clip it.
    <span ref={ref} className="contents">
      <button
        type="button"
        data-testid="node-availability"
        data-availability={node.availability}
        aria-haspopup="menu"
        aria-expanded={open}
        title={`Availability of ${node.hostname}: click to change (docker node update --availability)`}
        onClick={() => setOpen((o) => !o)}
        className={`inline-flex items-center gap-1 rounded border px-1.5 text-[11px] font-medium leading-[18px] hover:brightness-125 ${TONE_PILL[label.tone]}`}
      >
        {label.text}
        <span aria-hidden="true" className="text-[9px] opacity-70">
          ▼
        </span>
      </button>
      {open && (
        <span
          role="menu"
          aria-label={`Availability of ${node.hostname}`}
          className="order-last flex basis-full flex-col rounded-md border border-zinc-600 bg-zinc-900 p-1 shadow-xl shadow-black/50"
        >
          {AVAILABILITIES.map(({ value, label: text, hint }) => (
            <button
              key={value}
              type="button"
              role="menuitemradio"
              aria-checked={node.availability === value}
              data-testid="availability-option"
              data-value={value}
              disabled={node.availability === value}
              onClick={() => {
                setOpen(false);
                ops.setAvailability(node, value);
              }}
              className="rounded px-2 py-1 text-left text-xs text-zinc-100 hover:bg-zinc-700 disabled:cursor-default disabled:bg-zinc-800 disabled:text-zinc-400"
            >
              <span className="font-semibold">{text}</span>
              {node.availability === value && " (now)"}
              <span className="block text-[11px] text-zinc-400">{hint}</span>
            </button>
          ))}
        </span>
      )}
    </span>
  );
}
