"use client";
// Active / Pause / Drain as a row of buttons, the node's current availability pressed.
import type { Availability } from "../operations/requests";

export const AVAILABILITIES: { value: Availability; label: string; hint: string }[] = [
  { value: "active", label: "Active", hint: "new tasks may be placed on the node" },
  { value: "pause", label: "Pause", hint: "running tasks stay; no new task is placed on the node" },
  { value: "drain", label: "Drain", hint: "its tasks are stopped and placed on other nodes; no new task goes there" },
];

export function AvailabilityButtons({ current, onPick }: { current: Availability; onPick: (a: Availability) => void }) {
  return (
    <div role="group" aria-label="Availability" className="inline-flex overflow-hidden rounded-md border border-zinc-600">
      {AVAILABILITIES.map(({ value, label, hint }) => (
        <button
          key={value}
          type="button"
          data-testid="availability-option"
          data-value={value}
          aria-pressed={current === value}
          disabled={current === value}
          title={`${label}: ${hint}`}
          onClick={() => onPick(value)}
          className={`px-2.5 py-1 text-xs ${current === value ? "bg-zinc-200 font-semibold text-zinc-900" : "bg-zinc-800 text-zinc-200 hover:bg-zinc-700"}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
