// Service log lines in the browser: a capped, de-duplicated buffer, the `name.slot@node` prefix, search filter and match highlighting.
import type { NodeView, TaskView } from "@/lib/model-types";
import type { LogLineMessage } from "@/lib/protocol";

/** At most this many lines stay in memory; older ones are dropped first. */
export const MAX_LOG_LINES = 5000;
/** The tail sizes on offer (`docker service logs --tail N`). */
export const TAIL_CHOICES = [50, 100, 500, 1000] as const;
export const DEFAULT_TAIL = 100;

export interface LogEntry extends LogLineMessage {
  /** Arrival order, unique within a page: the React key and the pause marker. */
  seq: number;
}

const keyOf = (l: LogLineMessage) => `${l.time}|${l.taskId ?? ""}|${l.stream}|${l.text}`;

/**
 * The buffer with `incoming` appended (numbered from `nextSeq`), keeping the newest `max` lines.
 * A line already held (same time, task, stream and text: e.g. replayed by a re-subscription's tail) is not added twice.
 */
export function appendLines(buffer: readonly LogEntry[], incoming: readonly LogLineMessage[], nextSeq: number, max = MAX_LOG_LINES): LogEntry[] {
  const seen = new Set(buffer.map(keyOf));
  const added: LogEntry[] = [];
  let seq = nextSeq;
  for (const line of incoming) {
    const key = keyOf(line);
    if (seen.has(key)) continue;
    seen.add(key);
    added.push({ ...line, seq: seq++ });
  }
  if (added.length === 0) return buffer as LogEntry[];
  const all = buffer.concat(added);
  return all.length > max ? all.slice(all.length - max) : all;
}

export interface PrefixContext {
  serviceName: string;
  tasks: Record<string, TaskView>;
  nodes: Record<string, NodeView>;
}

/**
 * What `docker service logs --no-task-ids` prints before a line: "web.2@worker1".
 * The slot comes from the task (0 for a global task, as the CLI prints it); a task gone from the model shows its short id.
 */
export function logPrefix(line: Pick<LogLineMessage, "taskId" | "nodeId">, ctx: PrefixContext): string {
  const task = line.taskId ? ctx.tasks[line.taskId] : undefined;
  const slot = task ? String(task.slot ?? 0) : line.taskId ? line.taskId.slice(0, 12) : "?";
  const nodeId = line.nodeId ?? task?.nodeId ?? null;
  const node = nodeId ? (ctx.nodes[nodeId]?.hostname ?? nodeId.slice(0, 12)) : "unknown node";
  return `${ctx.serviceName}.${slot}@${node}`;
}

/** The lines whose prefix or text contains the query (case-insensitive); all of them for an empty query. */
export function filterLines<T extends LogLineMessage>(lines: readonly T[], query: string, prefixOf: (line: T) => string): T[] {
  const q = query.trim().toLowerCase();
  if (!q) return lines as T[];
  return lines.filter((l) => l.text.toLowerCase().includes(q) || prefixOf(l).toLowerCase().includes(q));
}

export interface Segment {
  text: string;
  match: boolean;
}

/** The text cut into plain and matching pieces (case-insensitive), for <mark> highlighting. */
export function splitMatches(text: string, query: string): Segment[] {
  const q = query.trim().toLowerCase();
  if (!q) return [{ text, match: false }];
  const lower = text.toLowerCase();
  const segments: Segment[] = [];
  let at = 0;
  for (let hit = lower.indexOf(q); hit !== -1; hit = lower.indexOf(q, at)) {
    if (hit > at) segments.push({ text: text.slice(at, hit), match: false });
    segments.push({ text: text.slice(hit, hit + q.length), match: true });
    at = hit + q.length;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}
