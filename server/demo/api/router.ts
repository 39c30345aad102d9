// The demo engine's routes: the Engine API paths (with or without /v1.NN), each to its handler; errors answer as the engine does ({"message": …}).
import type { IncomingMessage, ServerResponse } from "node:http";
import { EngineError } from "../../engine/client";
import { type ApiCall, type DemoContext, type Handler, ApiError, DEMO_ENGINE, STREAMED, isReply } from "./call";
import { events, info, ping, version } from "./system";
import { inspectNode, listNodes, removeNode, updateNode } from "./nodes";
import { createService, inspectService, listServices, removeService, updateService } from "./services";
import { inspectTask, listTasks } from "./tasks";
import { createNetwork, inspectNetwork, listNetworks, removeNetwork } from "./networks";
import { fileObjectHandlers } from "./secrets-configs";
import { initOrJoin, inspectSwarm, leave, unlock, unlockKey, updateSwarm } from "./swarm";
import { serviceLogs, taskLogs } from "./logs";
import { distribution, inspectContainer, inspectImage, listContainers, listImages, listPlugins, listVolumes, noContainers } from "./node-local";

const secrets = fileObjectHandlers("secret");
const configs = fileObjectHandlers("config");

/** "METHOD /path/:param" → handler; `*name` takes the rest of the path up to the next fixed segment (image names have slashes). */
const ROUTES: [string, Handler][] = [
  ["GET /_ping", ping],
  ["HEAD /_ping", ping],
  ["GET /version", version],
  ["GET /info", info],
  ["GET /events", events],
  ["GET /swarm", inspectSwarm],
  ["POST /swarm/update", updateSwarm],
  ["GET /swarm/unlockkey", unlockKey],
  ["POST /swarm/init", initOrJoin],
  ["POST /swarm/join", initOrJoin],
  ["POST /swarm/leave", leave],
  ["POST /swarm/unlock", unlock],
  ["GET /nodes", listNodes],
  ["GET /nodes/:id", inspectNode],
  ["POST /nodes/:id/update", updateNode],
  ["DELETE /nodes/:id", removeNode],
  ["GET /services", listServices],
  ["POST /services/create", createService],
  ["GET /services/:id", inspectService],
  ["POST /services/:id/update", updateService],
  ["DELETE /services/:id", removeService],
  ["GET /services/:id/logs", serviceLogs],
  ["GET /tasks", listTasks],
  ["GET /tasks/:id", inspectTask],
  ["GET /tasks/:id/logs", taskLogs],
  ["GET /networks", listNetworks],
  ["POST /networks/create", createNetwork],
  ["GET /networks/:id", inspectNetwork],
  ["DELETE /networks/:id", removeNetwork],
  ["GET /secrets", secrets.list],
  ["POST /secrets/create", secrets.create],
  ["GET /secrets/:id", secrets.inspect],
  ["DELETE /secrets/:id", secrets.remove],
  ["GET /configs", configs.list],
  ["POST /configs/create", configs.create],
  ["GET /configs/:id", configs.inspect],
  ["DELETE /configs/:id", configs.remove],
  ["GET /containers/json", listContainers],
  ["GET /containers/:id/json", inspectContainer],
  ["POST /containers/create", noContainers],
  ["POST /containers/:id/exec", noContainers],
  ["POST /containers/:id/attach", noContainers],
  ["GET /images/json", listImages],
  ["GET /images/*name/json", inspectImage],
  ["GET /distribution/*name/json", distribution],
  ["GET /volumes", listVolumes],
  ["GET /plugins", listPlugins],
];

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}
const TABLE: Route[] = ROUTES.map(([key, handler]) => {
  const [method, path] = key.split(" ");
  return { method, parts: path.split("/").slice(1), handler };
});

/** The route for `method path` and its parameters (percent-decoded), or null. */
export function matchRoute(method: string, path: string): { handler: Handler; params: Record<string, string> } | null {
  const segs = path.split("/").slice(1);
  for (const r of TABLE) {
    if (r.method !== method) continue;
    const params = matchParts(r.parts, segs);
    if (params) return { handler: r.handler, params };
  }
  return null;
}

function matchParts(parts: string[], segs: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  let i = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    if (part.startsWith("*")) {
      const rest = parts.length - p - 1;
      const take = segs.length - i - rest;
      if (take < 1) return null;
      params[part.slice(1)] = segs
        .slice(i, i + take)
        .map(decode)
        .join("/");
      i += take;
      continue;
    }
    if (i >= segs.length) return null;
    if (part.startsWith(":")) {
      if (segs[i] === "") return null;
      params[part.slice(1)] = decode(segs[i]);
    } else if (part !== segs[i]) return null;
    i++;
  }
  return i === segs.length ? params : null;
}

function decode(seg: string): string {
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

const MAX_BODY = 16 * 2 ** 20;
const VERSION_PREFIX = /^\/v(\d+)\.(\d+)(?=\/)/;

function headers(res: ServerResponse): void {
  res.setHeader("Api-Version", DEMO_ENGINE.apiVersion);
  res.setHeader("Docker-Experimental", "false");
  res.setHeader("Ostype", DEMO_ENGINE.os);
  res.setHeader("Server", `Docker/${DEMO_ENGINE.version} (${DEMO_ENGINE.os}) swarmscope-demo`);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  if (body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  const text = JSON.stringify(body) + "\n";
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new ApiError(413, "request body too large"));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Answers one request; never throws (an error the handler did not expect becomes a 500 with its message). */
export async function handleRequest(ctx: DemoContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  headers(res);
  try {
    const url = new URL(req.url ?? "/", "http://demo");
    let path = url.pathname;
    const v = VERSION_PREFIX.exec(path);
    if (v) {
      const [major, minor] = [Number(v[1]), Number(v[2])];
      const [maxMajor, maxMinor] = DEMO_ENGINE.apiVersion.split(".").map(Number);
      if (major > maxMajor || (major === maxMajor && minor > maxMinor))
        throw new ApiError(400, `client version ${v[1]}.${v[2]} is too new. Maximum supported API version is ${DEMO_ENGINE.apiVersion}`);
      path = path.slice(v[0].length);
    }
    if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
    const route = matchRoute(req.method ?? "GET", path);
    if (!route) throw new ApiError(404, "page not found");
    const raw = req.method === "POST" || req.method === "PUT" ? await readBody(req) : "";
    let body: unknown;
    if (raw.trim() !== "") {
      try {
        body = JSON.parse(raw);
      } catch (err) {
        throw new ApiError(400, `invalid JSON: ${(err as Error).message}`);
      }
    }
    const call: ApiCall = { ctx, method: req.method ?? "GET", params: route.params, query: url.searchParams, body, req, res };
    ctx.now();
    const result = await route.handler(call);
    if (result === STREAMED) return;
    if (isReply(result)) sendJson(res, result.status, result.body);
    else sendJson(res, 200, result);
  } catch (err) {
    if (err instanceof ApiError) sendJson(res, err.status, { message: err.message });
    else if (err instanceof EngineError) sendJson(res, err.status ?? 500, { message: err.message });
    else sendJson(res, 500, { message: (err as Error)?.message ?? String(err) });
  }
}
