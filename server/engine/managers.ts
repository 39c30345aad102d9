// Which swarm manager the one watcher and the actions use (SWARMSCOPE_MANAGERS): tried in order, the next one that answers after a failure.
import type { ManagerSwitch } from "../../lib/model-types";
import { EngineError, type EngineReads, toEngineError } from "./client";
import type { Endpoint } from "./connection";
import { describeFailure, type LinkProblem, noManagerAnswered, ProblemError, problemFromInfo, switchWord } from "./problems";

/** How long a manager may take to answer the probe (GET /version, /info, /swarm) before the next one is tried. */
export const PROBE_TIMEOUT_MS = 2000;

/**
 * The managers, the one in use, and the switches. With one address (DOCKER_HOST alone) it opens that engine as it is
 * and the watcher says what is wrong with it. With several, `connect()` probes them — reachable, a manager, not locked,
 * with a quorum (GET /swarm needs a raft leader) — first in the list's order, and after a failure starting with the
 * one after the manager in use, so a dead manager costs one refused probe. It stays on the manager it switched to when
 * the old one comes back (no switching back, so a restart makes no second resync).
 */
export class Managers<C extends EngineReads = EngineReads> {
  private index = 0;
  /** Whether a session on `current` has gone live since it was chosen. */
  private used = false;
  private lastProblem: LinkProblem | null = null;
  private readonly names = new Map<string, string>();
  /** Switches from one manager to another since start (/metrics). */
  switches = 0;
  /** The last switch, kept while on the manager it switched to. */
  lastSwitch: ManagerSwitch | null = null;
  /** Probes made (tests count them). */
  probes = 0;

  constructor(
    readonly endpoints: readonly Endpoint[],
    private readonly open: (endpoint: Endpoint) => Promise<C>,
    private readonly probeTimeoutMs = PROBE_TIMEOUT_MS,
  ) {
    if (endpoints.length === 0) throw new Error("no engine address to watch");
  }

  /** The manager in use (or about to be tried first). */
  get current(): Endpoint {
    return this.endpoints[this.index];
  }

  host(): string {
    return this.current.label;
  }

  /** The node name the engine at `label` reported, else the address. */
  nameOf(label: string): string {
    return this.names.get(label) ?? label;
  }

  failover(): ManagerSwitch | null {
    return this.lastSwitch;
  }

  /** The watcher's session on `current` went live. */
  live(): void {
    this.used = true;
    this.lastProblem = null;
  }

  /** The watcher's session on `current` failed: why (for the switch's words). */
  failed(problem: LinkProblem): void {
    if (this.used) this.lastProblem = problem;
  }

  async connect(): Promise<C> {
    if (this.endpoints.length === 1) return this.open(this.current);
    const tried: { host: string; problem: LinkProblem }[] = [];
    for (const i of this.order()) {
      const endpoint = this.endpoints[i];
      try {
        const client = await this.probe(endpoint);
        this.choose(i, tried);
        return client;
      } catch (err) {
        tried.push({ host: endpoint.label, problem: err instanceof ProblemError ? err.problem : describeFailure(toEngineError(err), endpoint.label) });
      }
    }
    throw new ProblemError(noManagerAnswered(tried));
  }

  /** Indexes in the order to try: the list's, or after a failure the ones after the manager in use first, it last. */
  order(): number[] {
    const n = this.endpoints.length;
    const start = this.used ? this.index + 1 : 0;
    return Array.from({ length: n }, (_, k) => (start + k) % n);
  }

  private choose(i: number, tried: { host: string; problem: LinkProblem }[]): void {
    if (i === this.index) return;
    const from = this.current.label;
    if (this.used) {
      const problem = this.lastProblem ?? tried.find((t) => t.host === from)?.problem ?? null;
      this.switches++;
      this.lastSwitch = {
        from: this.nameOf(from),
        to: this.nameOf(this.endpoints[i].label),
        why: problem ? switchWord(problem) : "unreachable",
        reason: problem?.message ?? "the connection failed",
        at: new Date().toISOString(),
      };
    }
    this.index = i;
    this.used = false;
    this.lastProblem = null;
  }

  /** Opens the engine and checks it can be watched, within the probe timeout. */
  private async probe(endpoint: Endpoint): Promise<C> {
    this.probes++;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new EngineError(`no answer within ${this.probeTimeoutMs} ms`, null, "ETIMEDOUT")), this.probeTimeoutMs);
    });
    const check = (async () => {
      const client = await this.open(endpoint);
      const info = await client.info();
      if (info.Name) this.names.set(endpoint.label, info.Name);
      const problem = problemFromInfo(info, endpoint.label);
      if (problem) throw new ProblemError(problem);
      await client.swarm(); // a manager that lost its quorum has no leader to answer this
      return client;
    })();
    check.catch(() => {}); // after a timeout, its late failure is nobody's business
    try {
      return await Promise.race([check, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
