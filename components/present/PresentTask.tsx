"use client";
// One task on /present, as a card, a line, a chip (letter + slot) or a dot, in its service's colour and pattern; shares the board's motion (glow, moves).
import { memo, useRef } from "react";
import type { ServiceView, TaskView } from "@/lib/model-types";
import { isTerminal, taskStateStyle } from "@/lib/task-states";
import { isStopping, serviceNameOf, taskName, taskProblem } from "@/components/visualizer/task-display";
import { taskHooks } from "@/components/visualizer/test-hooks";
import { useTaskMotion } from "@/components/visualizer/use-task-motion";
import type { Fit } from "./fit";
import { chipLabel } from "./present-board";
import { patternBackground, type ServiceMark, type Theme } from "./theme";

interface Props {
  task: TaskView;
  service: ServiceView | undefined;
  mark: ServiceMark | undefined;
  fit: Fit;
  theme: Theme;
  lit: boolean;
  leaving: boolean;
}

const FALLBACK: ServiceMark = { letter: "?", color: "#999999", ink: "#000000", pattern: "solid" };

export const PresentTask = memo(function PresentTask({ task, service, mark = FALLBACK, fit, theme, lit, leaving }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const stopping = isStopping(task);
  useTaskMotion(ref, task, leaving, stopping);
  const name = taskName(task, serviceNameOf(service, task));
  const state = taskStateStyle(task.state);
  const problem = taskProblem(task);
  const ended = isTerminal(task.state);
  const hooks = leaving ? taskHooks(task, service, true) : { ...taskHooks(task, service, false), "data-lit": String(lit) };
  const { text, mode, itemWidth, itemHeight } = fit;
  const band = Math.round(text * 0.35);
  const outline = problem ? theme.bad : stopping || state.phase === "starting" ? theme.muted : "transparent";
  const style = {
    width: itemWidth,
    height: itemHeight,
    opacity: lit ? 1 : 0.22,
    textDecoration: ended ? "line-through" : undefined,
    outline: `2px ${stopping || state.phase === "starting" ? "dashed" : "solid"} ${outline}`,
    outlineOffset: -2,
    "--task-glow": mark.color,
  } as React.CSSProperties;
  const common = {
    ref,
    ...hooks,
    "data-task-id": task.id,
    "data-motion-id": task.id,
    title: `${name} — ${state.label}${problem ? `: ${problem}` : ""}`,
    className: `relative flex shrink-0 overflow-hidden rounded-md ${leaving ? "task-leave" : ""}`,
  };

  if (mode === "dot") {
    return <div {...common} style={{ ...style, background: patternBackground(mark.pattern, mark.color, mark.ink), borderRadius: Math.max(2, itemWidth / 4) }} />;
  }
  const strip = <span aria-hidden="true" style={{ width: band, background: patternBackground(mark.pattern === "solid" ? "stripes" : mark.pattern, mark.color, mark.ink) }} />;
  if (mode === "chip") {
    return (
      <div {...common} style={{ ...style, background: mark.color, color: mark.ink, fontSize: text, lineHeight: `${itemHeight}px` }}>
        {strip}
        <span className="flex-1 truncate px-1 text-center font-bold tabular-nums">{chipLabel(mark, task)}</span>
      </div>
    );
  }
  const letter = (
    <span className="flex shrink-0 items-center justify-center font-bold" style={{ width: text * 1.6, background: mark.color, color: mark.ink }}>
      {mark.letter}
    </span>
  );
  const stateText = (
    <span style={{ color: problem ? theme.bad : theme.muted }} className="shrink-0">
      <span aria-hidden="true">{state.icon}</span> {mode === "card" ? state.label : ""}
    </span>
  );
  return (
    <div {...common} style={{ ...style, background: theme.card, color: theme.text, fontSize: text, lineHeight: 1.3 }}>
      {strip}
      {letter}
      {mode === "card" ? (
        <div className="flex min-w-0 flex-1 flex-col justify-center px-1.5">
          <span className="truncate font-semibold">{name}</span>
          <span className="flex min-w-0 gap-1 truncate">
            {stateText}
            {problem && (
              <span style={{ color: theme.bad }} className="truncate">
                {problem}
              </span>
            )}
          </span>
        </div>
      ) : (
        <div className="flex min-w-0 flex-1 items-center gap-1 px-1.5">
          <span className="min-w-0 flex-1 truncate font-semibold">{name}</span>
          {stateText}
        </div>
      )}
    </div>
  );
});
