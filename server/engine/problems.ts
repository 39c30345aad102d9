// Explains, in words a user can act on, why the engine cannot be watched right now.
import type { EngineInfo } from "../../lib/engine-types";
import type { EngineLinkState } from "../../lib/model-types";
import type { EngineError } from "./client";

export interface LinkProblem {
  state: Exclude<EngineLinkState, "live" | "connecting" | "reconnecting">;
  message: string;
  hint: string;
}

const POINT_AT_MANAGER =
  "Set DOCKER_HOST to a swarm manager (unix:///var/run/docker.sock, or tcp://HOST:2376 with DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH) and restart Swarmscope; it keeps retrying meanwhile.";

/** Not a swarm, a worker, locked: what GET /info says about this engine's place in a swarm. */
export function problemFromInfo(info: EngineInfo, host: string): LinkProblem | null {
  const swarm = info.Swarm ?? {};
  const state = swarm.LocalNodeState ?? "inactive";
  const name = info.Name ? `${info.Name} (${host})` : host;
  switch (state) {
    case "active":
      if (swarm.ControlAvailable) return null;
      return {
        state: "not-manager",
        message: `The engine at ${name} is a swarm worker; only a manager can show the whole swarm.`,
        hint: `Point DOCKER_HOST at a manager (on a manager, \`docker node ls\` lists them), or promote this node: \`docker node promote ${info.Name ?? "NODE"}\`. ${POINT_AT_MANAGER}`,
      };
    case "locked":
      return {
        state: "locked",
        message: `The swarm manager at ${name} is locked (autolock is on and the daemon restarted).`,
        hint: "Unlock it with `docker swarm unlock` and the unlock key; Swarmscope carries on by itself once it is unlocked.",
      };
    case "pending":
      return {
        state: "not-swarm",
        message: `The engine at ${name} is still joining a swarm.`,
        hint: "Wait for `docker swarm join` to finish; Swarmscope retries every second.",
      };
    case "error":
      return {
        state: "not-swarm",
        message: `The engine at ${name} reports a swarm error: ${swarm.Error || "unknown error"}.`,
        hint: `Check \`docker info\` on that machine. ${POINT_AT_MANAGER}`,
      };
    default:
      return {
        state: "not-swarm",
        message: `The engine at ${name} is not part of a swarm (Swarm: inactive).`,
        hint: `Run \`docker swarm init\` on it to start a swarm, or ${POINT_AT_MANAGER.charAt(0).toLowerCase()}${POINT_AT_MANAGER.slice(1)}`,
      };
  }
}

/** A reason not to go on with an engine that is not a network failure (not a manager, locked, no quorum…). */
export class ProblemError extends Error {
  constructor(readonly problem: LinkProblem) {
    super(problem.message);
  }
}

/** The short word for why a manager was left, for "manager1 unreachable — now watching manager2". */
export function switchWord(problem: LinkProblem): string {
  if (problem.state === "locked") return "locked";
  if (problem.state === "not-manager") return "no longer a manager";
  if (problem.state === "not-swarm") return "out of the swarm";
  if (/leader|quorum/i.test(problem.message)) return "without quorum";
  return "unreachable";
}

/** Every address of SWARMSCOPE_MANAGERS failed: one problem that lists what was tried and why each failed. */
export function noManagerAnswered(tried: { host: string; problem: LinkProblem }[]): LinkProblem {
  const states = new Set(tried.map((t) => t.problem.state));
  const state = states.size === 1 ? tried[0].problem.state : "unreachable";
  return {
    state,
    message: `None of the ${tried.length} managers can be watched. Tried: ${tried.map((t) => `${t.host}: ${t.problem.message}`).join(" · ")}`,
    hint: "Start dockerd on one of them (or unlock it), or list other managers in SWARMSCOPE_MANAGERS (on a manager, `docker node ls` lists them); Swarmscope keeps trying them in order.",
  };
}

/** A failed request: the engine is unreachable, refuses us, or answered with an error. */
export function describeFailure(err: EngineError, host: string): LinkProblem {
  const code = err.code ?? "";
  if (code === "ENOENT" || code === "ECONNREFUSED") {
    return {
      state: "unreachable",
      message: `Cannot connect to the Docker engine at ${host}: nothing is listening there (${code}).`,
      hint: `Is dockerd running on that machine? ${POINT_AT_MANAGER}`,
    };
  }
  if (code === "EACCES" || code === "EPERM") {
    return {
      state: "unreachable",
      message: `Permission denied while connecting to the Docker engine at ${host}.`,
      hint: "Run Swarmscope as a user in the docker group (or as root), or point DOCKER_HOST at a TCP endpoint with TLS.",
    };
  }
  if (code.startsWith("ERR_TLS") || code.includes("CERT") || code === "EPROTO") {
    return {
      state: "unreachable",
      message: `TLS handshake with ${host} failed: ${err.message}`,
      hint: "Check DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) and DOCKER_TLS_VERIFY, the same values the docker CLI uses.",
    };
  }
  if (err.status === 503) {
    return {
      state: "unreachable",
      message: `The swarm at ${host} cannot answer right now: ${err.message}`,
      hint: "A manager quorum is probably being re-elected; Swarmscope retries every second.",
    };
  }
  return {
    state: "unreachable",
    message: `The Docker engine at ${host} failed: ${err.message}${err.status ? ` (HTTP ${err.status})` : code ? ` (${code})` : ""}`,
    hint: POINT_AT_MANAGER,
  };
}
