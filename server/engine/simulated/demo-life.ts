// The demo swarm's self-driven changes, planned on the swarm's own timeline so they are deterministic: swarm-cronjob runs, an occasional rolling update (lab/busybox:1 ↔ 2), occasional scaling.
import type { EngineService, EngineServiceSpec } from "../../../lib/engine-types";
import { EngineError } from "../client";
import { SeededRandom } from "./random";
import type { SimulatedSwarm } from "./swarm";

export interface DemoLifeOptions {
  seed?: number;
  /** Services the rolling updates and scaling pick from (default the shop stack's web and api). */
  services?: string[];
  /** Seconds between rolling updates, and between scale changes (each time a seeded pick within the range). */
  updateEvery?: [number, number];
  scaleEvery?: [number, number];
}

const MINUTE = 60_000;

/** Minutes a cron schedule's minute field selects ("*", "*\/N", "N", "a,b"); the other fields are taken as "*". Null when unreadable. */
export function cronMinutes(schedule: string): Set<number> | null {
  const minute = schedule.trim().split(/\s+/)[0];
  if (!minute) return null;
  const out = new Set<number>();
  for (const part of minute.split(",")) {
    const step = /^\*\/(\d+)$/.exec(part);
    if (part === "*") for (let m = 0; m < 60; m++) out.add(m);
    else if (step && Number(step[1]) > 0) for (let m = 0; m < 60; m += Number(step[1])) out.add(m);
    else if (/^\d+$/.test(part) && Number(part) < 60) out.add(Number(part));
    else return null;
  }
  return out;
}

export class DemoLife {
  private readonly rnd: SeededRandom;
  private running = false;
  private readonly picks: string[];

  constructor(
    private readonly swarm: SimulatedSwarm,
    private readonly o: DemoLifeOptions = {},
  ) {
    this.rnd = new SeededRandom(((o.seed ?? 1) * 2654435761) >>> 0);
    this.picks = o.services ?? ["shop_web", "shop_api"];
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.swarm.at(Math.ceil((this.swarm.now + 1) / MINUTE) * MINUTE, () => this.cron());
    this.later(this.o.updateEvery ?? [150, 300], () => this.rollImage());
    this.later(this.o.scaleEvery ?? [20, 45], () => this.scale());
  }

  stop(): void {
    this.running = false;
  }

  private later(range: [number, number], action: () => void): void {
    const s = range[0] + this.rnd.next() * (range[1] - range[0]);
    this.swarm.at(this.swarm.now + Math.round(s * 1000), () => {
      if (!this.running) return;
      action();
      this.later(range, action);
    });
  }

  /** swarm-cronjob: every service with swarm.cronjob.enable=true whose schedule names this minute gets its replicas and a ForceUpdate bump. */
  private cron(): void {
    if (!this.running) return;
    const minute = new Date(this.swarm.now).getUTCMinutes();
    for (const s of this.swarm.services()) {
      const labels = s.Spec.Labels ?? {};
      if (labels["swarm.cronjob.enable"] !== "true") continue;
      if (!cronMinutes(labels["swarm.cronjob.schedule"] ?? "")?.has(minute)) continue;
      if (labels["swarm.cronjob.skip-running"] === "true" && (s.ServiceStatus?.RunningTasks ?? 0) > 0) continue;
      const replicas = Number(labels["swarm.cronjob.replicas"] ?? "1");
      this.write(s, (spec) => ({
        ...spec,
        Mode: spec.Mode.Replicated ? { Replicated: { Replicas: Number.isFinite(replicas) ? replicas : 1 } } : spec.Mode,
        TaskTemplate: { ...spec.TaskTemplate, ForceUpdate: (spec.TaskTemplate.ForceUpdate ?? 0) + 1 },
      }));
    }
    this.swarm.at(this.swarm.now + MINUTE, () => this.cron());
  }

  /** A rolling update of one of the picks, lab/busybox:1 ↔ lab/busybox:2 (not while one is under way). */
  private rollImage(): void {
    const s = this.pick();
    if (!s || s.UpdateStatus?.State === "updating" || s.UpdateStatus?.State === "rollback_started") return;
    const image = s.Spec.TaskTemplate.ContainerSpec?.Image ?? "";
    const next = image.startsWith("lab/busybox:2") ? "lab/busybox:1" : "lab/busybox:2";
    this.write(s, (spec) => ({ ...spec, TaskTemplate: { ...spec.TaskTemplate, ContainerSpec: { ...spec.TaskTemplate.ContainerSpec, Image: next } } }));
  }

  /** One of the picks one replica up or down, between 2 and 5. */
  private scale(): void {
    const s = this.pick();
    const replicas = s?.Spec.Mode.Replicated?.Replicas;
    if (!s || replicas === undefined) return;
    const up = replicas <= 2 || (replicas < 5 && this.rnd.next() < 0.5);
    this.write(s, (spec) => ({ ...spec, Mode: { Replicated: { Replicas: replicas + (up ? 1 : -1) } } }));
  }

  private pick(): EngineService | null {
    const present = this.picks.map((name) => this.swarm.service(name)).filter((s): s is EngineService => s !== null);
    return present.length > 0 ? present[Math.floor(this.rnd.next() * present.length)] : null;
  }

  /** A change the way a user makes it; refused ones (the user changed things meanwhile) are skipped. */
  private write(s: EngineService, change: (spec: EngineServiceSpec) => EngineServiceSpec): void {
    try {
      this.swarm.updateService(s.ID, s.Version.Index, change(structuredClone(s.Spec)));
    } catch (err) {
      if (!(err instanceof EngineError)) throw err;
    }
  }
}
