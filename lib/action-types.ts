// What every action's HTTP answer looks like (server/actions produce it, components/operations show it).

export interface ActionReport {
  ok: boolean;
  action: string;
  /** The docker CLI command this action stands for. */
  cli: string;
  message: string;
  target: { kind: "service" | "node" | "network" | "secret" | "config" | "stack" | "swarm"; id: string; name: string } | null;
  /** Steps that happened, and steps that did not (on failure), in words. */
  done: string[];
  notDone: string[];
  warnings: string[];
  /**
   * Last-writer-wins changes (scale): the value this one replaced, who set it through Swarmscope (null when not
   * known: set by the CLI or before this server started) and when (else the object's last update time).
   */
  replaced?: { field: string; value: unknown; setBy: string | null; setAt: string | null };
}

/** A refused or failed action: HTTP 4xx/5xx with the field to blame, when there is one. */
export interface ActionFailure {
  ok: false;
  action?: string;
  error: string;
  field?: string;
  cli?: string;
  done?: string[];
  notDone?: string[];
  /** A run-policy refusal (403): the rule broken (bind mount, docker socket, privileged…). */
  rule?: string;
}
