// When Swarmscope starts its own demo swarm: SWARMSCOPE_DEMO=1 always, =0 never, unset only when no DOCKER_HOST (nor SWARMSCOPE_MANAGERS) is set and the default socket is absent.
import { DEFAULT_DOCKER_HOST } from "../engine/connection";

export type DemoDecision = { demo: true; why: string } | { demo: false; why: string };

export interface DemoSize {
  nodes: number;
  tasks: number;
}

export function demoDecision(env: Record<string, string | undefined>, socketExists: (path: string) => boolean): DemoDecision {
  const flag = (env.SWARMSCOPE_DEMO ?? "").trim();
  if (flag !== "" && flag !== "0" && flag !== "1") throw new Error(`SWARMSCOPE_DEMO "${flag}" must be 1 (always start the demo swarm) or 0 (never)`);
  if (flag === "1") return { demo: true, why: "SWARMSCOPE_DEMO=1" };
  if (flag === "0") return { demo: false, why: "SWARMSCOPE_DEMO=0" };
  if ((env.DOCKER_HOST ?? "").trim() !== "") return { demo: false, why: "DOCKER_HOST is set" };
  if ((env.SWARMSCOPE_MANAGERS ?? "").trim() !== "") return { demo: false, why: "SWARMSCOPE_MANAGERS is set" };
  const socket = DEFAULT_DOCKER_HOST.slice("unix://".length);
  if (socketExists(socket)) return { demo: false, why: `${socket} exists` };
  return { demo: true, why: `no DOCKER_HOST and no ${socket}` };
}

/** SWARMSCOPE_DEMO_SIZE=NODESxTASKS (e.g. 1000x30000); null for the default layout (the Docker swarm labs' 3 managers + 2 workers). */
export function demoSizeFromEnv(env: Record<string, string | undefined>): DemoSize | null {
  const raw = (env.SWARMSCOPE_DEMO_SIZE ?? "").trim();
  if (raw === "") return null;
  const m = /^(\d{1,5})x(\d{1,6})$/.exec(raw);
  const nodes = m ? Number(m[1]) : NaN;
  const tasks = m ? Number(m[2]) : NaN;
  if (!m || nodes < 1 || nodes > 5000 || tasks > 200_000)
    throw new Error(`SWARMSCOPE_DEMO_SIZE "${raw}" should be NODESxTASKS, e.g. 1000x30000 (1–5000 nodes, at most 200000 tasks)`);
  return { nodes, tasks };
}
