// Sizes, colours and label fitting for the topology drawing; pure.
import type { TopoKind } from "./topology-graph";

export const TASK_RADIUS = 7;
export const NODE_BOX = { width: 118, height: 38 };
export const NETWORK_BOX = { height: 28, minWidth: 84, maxWidth: 190, charWidth: 7 };

/** How far apart things must stay (collision radius). */
export const COLLIDE: Record<TopoKind, number> = { node: 62, network: 50, task: TASK_RADIUS + 2.5 };

/** Text longer than `max` characters ends in "…" (the full text is in the hover title). */
export function fitLabel(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join("")}…`;
}

/** A network's pill: wide enough for its (fitted) name. */
export function networkWidth(label: string): number {
  return Math.min(NETWORK_BOX.maxWidth, Math.max(NETWORK_BOX.minWidth, [...label].length * NETWORK_BOX.charWidth + 26));
}
