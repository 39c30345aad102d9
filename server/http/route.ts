// What a route is: method, path, the least role, and one handler signature (the request, the runtime, the params, who asks).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Role } from "../../lib/roles";
import type { Principal, Security } from "../auth/security";
import type { Runtime } from "../runtime";

/** Everything a handler gets, by name: it takes what it needs. */
export interface RouteCall {
  req: IncomingMessage;
  res: ServerResponse;
  runtime: Runtime;
  params: Record<string, string>;
  /** Who asks (the local admin in local mode, a share link's viewer, a signed-in user). */
  who: Principal;
  security: Security;
}

export interface Route {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Exact path, or with :name segments that become params. */
  path: string;
  /** The least role that may call it; "public" needs no session (health, login). Checked on the server for every request. */
  role: Role | "public";
  /** The audit log's name for it when every outcome must be recorded (actions): refusals made here are recorded too. */
  audit?: string;
  /** Its handler checks its path params against a stricter rule of its own (stack names) before any work, so the generic check here is skipped. */
  checksParams?: true;
  /** Also open to the metrics scraper's bearer token (SWARMSCOPE_METRICS_TOKEN) without a session: /metrics only. */
  scrapeToken?: true;
  handle(call: RouteCall): void | Promise<void>;
}
