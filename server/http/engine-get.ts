// A GET route that reads from the engine: `read` returns the 200 JSON body, or nothing when it has answered itself (a 404).
import type { Role } from "../../lib/roles";
import type { EngineClient } from "../engine/client";
import { sendJson } from "./json";
import type { Route, RouteCall } from "./route";

export function engineGet(path: string, role: Role, read: (engine: EngineClient, call: RouteCall) => Promise<object | void>): Route {
  return {
    method: "GET",
    path,
    role,
    async handle(call) {
      const body = await read(await call.runtime.engine(), call);
      if (body !== undefined) sendJson(call.res, 200, body);
    },
  };
}
