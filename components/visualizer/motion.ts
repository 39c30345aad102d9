// Card motion: where each card last was (module-level maps filled in layout effects), FLIP moves between columns, and the ~2 s glow of what changed.
import type { TaskView } from "@/lib/model-types";

export interface Box {
  left: number;
  top: number;
}

interface Stamped {
  box: Box;
  at: number;
}

/** A card of a replaced task counts as the origin of its successor for this long. */
export const HANDOFF_WINDOW_MS = 1500;
/** How long a leaving card stays as a fading ghost. */
export const GHOST_MS = 350;
const MOVE_MS = 550;
/** A card and its predecessor's departure within this many ms belong to the same commit. */
const SAME_COMMIT_MS = 60;

/** The slot a task fills: service + slot number, or service + node for global tasks. */
export function slotKey(task: Pick<TaskView, "serviceId" | "slot" | "nodeId" | "id">): string {
  if (task.slot !== null) return `${task.serviceId}#${task.slot}`;
  return `${task.serviceId}@${task.nodeId ?? task.id}`;
}

/** The entry if it was stamped within `windowMs` before `now`. */
export function recent<T extends { at: number }>(entry: T | undefined, now: number, windowMs: number): T | undefined {
  return entry && now - entry.at >= 0 && now - entry.at <= windowMs ? entry : undefined;
}

/** The translation that puts a card at `to` back where it was at `from`; null when it barely moved. */
export function flipOffset(from: Box, to: Box): { dx: number; dy: number } | null {
  const dx = from.left - to.left;
  const dy = from.top - to.top;
  return Math.abs(dx) < 2 && Math.abs(dy) < 2 ? null : { dx, dy };
}

// --- module-level state, browser only ---------------------------------------------------------

/** Task id → where its card was after the last board commit. */
let lastBoxes = new Map<string, Box>();
/** Task id → a card that unmounted (it may reappear in another column in the same commit). */
const vanished = new Map<string, Stamped>();
/** Slot → the last position of a card of that slot that left or is being replaced. */
const handoffs = new Map<string, Stamped>();
/** Slot → a card that just appeared with the enter animation (a late-reported predecessor may still turn it into a move). */
const arrivals = new Map<string, { el: HTMLElement; at: number }>();
/** Cards animate only after the board's first commit with data (no fireworks on load). */
let armed = false;

export function setMotionArmed(on: boolean): void {
  armed = on;
  if (!on) {
    vanished.clear();
    handoffs.clear();
    arrivals.clear();
  }
}

export function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
}

/** Record where every card on the board is now (called after each board commit). */
export function recordBoxes(root: HTMLElement): void {
  const next = new Map<string, Box>();
  for (const el of root.querySelectorAll<HTMLElement>("[data-motion-id]")) {
    const rect = el.getBoundingClientRect();
    next.set(el.dataset.motionId ?? "", { left: rect.left, top: rect.top });
  }
  lastBoxes = next;
}

function prune(now: number): void {
  for (const map of [vanished, handoffs, arrivals] as Map<string, { at: number }>[]) {
    for (const [key, entry] of map) if (now - entry.at > HANDOFF_WINDOW_MS) map.delete(key);
  }
}

function flip(el: HTMLElement, from: Box): boolean {
  const rect = el.getBoundingClientRect();
  const offset = flipOffset(from, { left: rect.left, top: rect.top });
  if (!offset) return false;
  el.classList.remove("task-enter");
  glow(el);
  el.dataset.moving = "1";
  el.style.transition = "none";
  el.style.transform = `translate(${offset.dx}px, ${offset.dy}px)`;
  el.style.zIndex = "30";
  requestAnimationFrame(() => {
    el.style.transition = `transform ${MOVE_MS}ms cubic-bezier(0.2, 0.75, 0.25, 1)`;
    el.style.transform = "";
    const done = () => {
      delete el.dataset.moving;
      el.style.transition = "";
      el.style.zIndex = "";
    };
    el.addEventListener("transitionend", done, { once: true });
    setTimeout(done, MOVE_MS + 100);
  });
  return true;
}

/** Removes `name` from the card when its own animation (not another one's) ends. */
function dropWhenDone(el: HTMLElement, name: string): void {
  const done = (event: AnimationEvent) => {
    if (event.animationName !== name) return;
    el.classList.remove(name);
    el.removeEventListener("animationend", done);
  };
  el.addEventListener("animationend", done);
}

function enter(el: HTMLElement): void {
  el.classList.add("task-enter");
  dropWhenDone(el, "task-enter");
  glow(el);
}

/** What changed stands out: the card glows for about two seconds (appeared, moved or changed state). */
export function glow(el: HTMLElement): void {
  if (!armed || prefersReducedMotion()) return;
  el.classList.remove("task-glow");
  void el.offsetWidth; // restart the animation when it is already glowing
  el.classList.add("task-glow");
  dropWhenDone(el, "task-glow");
}

/** A card mounted: fly it from where the same task (other column) or its slot's predecessor was, else fade it in. */
export function cardMounted(task: TaskView, el: HTMLElement): void {
  // (React's development double-mount calls this twice for one element: never restart a move already under way.)
  if (!armed || el.dataset.moving || prefersReducedMotion()) return;
  const now = Date.now();
  prune(now);
  const key = slotKey(task);
  const origin = recent(vanished.get(task.id), now, HANDOFF_WINDOW_MS) ?? recent(handoffs.get(key), now, HANDOFF_WINDOW_MS);
  if (origin) {
    vanished.delete(task.id);
    if (origin === handoffs.get(key)) handoffs.delete(key);
    if (flip(el, origin.box)) return;
  }
  enter(el);
  arrivals.set(key, { el, at: now });
}

/** A card unmounted: remember where it was, in case it shows up in another column. */
export function cardUnmounted(task: TaskView): void {
  const box = lastBoxes.get(task.id);
  if (box) vanished.set(task.id, { box, at: Date.now() });
}

/** A card started leaving, or its task is being replaced: its slot's next card may fly from here. */
export function cardHandedOff(task: TaskView): void {
  if (!armed) return;
  const box = lastBoxes.get(task.id);
  if (!box) return;
  const now = Date.now();
  const key = slotKey(task);
  const arrival = recent(arrivals.get(key), now, SAME_COMMIT_MS);
  if (arrival && arrival.el.isConnected && !prefersReducedMotion()) {
    // The successor mounted earlier in this same commit (an earlier column): turn its fade-in into a move.
    arrivals.delete(key);
    flip(arrival.el, box);
    return;
  }
  handoffs.set(key, { box, at: now });
}
