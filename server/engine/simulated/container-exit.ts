// The demo's way for a service to say how its containers end, read from service (or container) labels:
//   com.swarmscope.demo.exit-after=45s   the container exits this long after it started running (each run 0.5–1.5× of it, seeded);
//                                        durations are Go-style: 500ms, 45s, 2m, 1h30m.
//   com.swarmscope.demo.exit-code=1      the exit code (default 0: the task completes; non-zero: it fails with "task: non-zero exit (N)").
// Without exit-after a service's containers run until stopped; a job's tasks complete after a few seconds.
import type { EngineServiceSpec } from "../../../lib/engine-types";

export const EXIT_AFTER_LABEL = "com.swarmscope.demo.exit-after";
export const EXIT_CODE_LABEL = "com.swarmscope.demo.exit-code";

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A Go duration ("1m30s", "500ms") in milliseconds, or null when it is not one. */
export function parseDuration(text: string): number | null {
  const parts = [...text.trim().matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== text.trim()) return null;
  return parts.reduce((ms, p) => ms + Number(p[1]) * UNITS[p[2]], 0);
}

export interface ContainerExit {
  afterMs: number;
  code: number;
}

/** How this service's containers end on their own, or null when they run until stopped. */
export function containerExit(spec: EngineServiceSpec): ContainerExit | null {
  const label = (key: string) => spec.TaskTemplate.ContainerSpec?.Labels?.[key] ?? spec.Labels?.[key];
  const after = label(EXIT_AFTER_LABEL);
  const afterMs = after === undefined ? null : parseDuration(after);
  const code = Number.parseInt(label(EXIT_CODE_LABEL) ?? "0", 10);
  if (afterMs === null || afterMs <= 0) return null;
  return { afterMs, code: Number.isFinite(code) ? code : 0 };
}
