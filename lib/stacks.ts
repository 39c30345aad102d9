// Stacks as `docker stack ls/services` see them: everything labelled com.docker.stack.namespace, grouped by stack (pure).
import type { ClusterState, ServiceView } from "./model-types";

export interface StackSummary {
  name: string;
  services: { id: string; name: string; running: number | null; desired: number | null; image: string }[];
  networks: { id: string; name: string }[];
  secrets: { id: string; name: string }[];
  configs: { id: string; name: string }[];
  /** Sums over the stack's services (null counts as 0). */
  running: number;
  desired: number;
}

type Model = Pick<ClusterState, "services" | "networks" | "secrets" | "configs">;

function empty(name: string): StackSummary {
  return { name, services: [], networks: [], secrets: [], configs: [], running: 0, desired: 0 };
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/** Every stack found in the model, sorted by name, each part sorted by name. */
export function listStacks(view: Model): StackSummary[] {
  const stacks = new Map<string, StackSummary>();
  const get = (name: string) => stacks.get(name) ?? stacks.set(name, empty(name)).get(name)!;
  for (const s of Object.values(view.services)) {
    if (!s.stack) continue;
    const st = get(s.stack);
    st.services.push({ id: s.id, name: s.name, running: s.running, desired: s.desired, image: s.image });
    st.running += s.running ?? 0;
    st.desired += s.desired ?? 0;
  }
  for (const n of Object.values(view.networks)) if (n.stack) get(n.stack).networks.push({ id: n.id, name: n.name });
  for (const x of Object.values(view.secrets)) if (x.stack) get(x.stack).secrets.push({ id: x.id, name: x.name });
  for (const x of Object.values(view.configs)) if (x.stack) get(x.stack).configs.push({ id: x.id, name: x.name });
  const out = [...stacks.values()].sort(byName);
  for (const st of out) {
    st.services.sort(byName);
    st.networks.sort(byName);
    st.secrets.sort(byName);
    st.configs.sort(byName);
  }
  return out;
}

/** Names of the services that mount a secret or config. */
export function dataUsers(services: Record<string, ServiceView>, kind: "secrets" | "configs", id: string): string[] {
  return Object.values(services)
    .filter((s) => (s[kind] ?? []).includes(id))
    .map((s) => s.name)
    .sort();
}
