// A filtering socket proxy for tests, like docker-socket-proxy with writes forbidden: GET/HEAD go through to an engine socket, everything else gets 403.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

export interface ReadOnlyProxy {
  /** DOCKER_HOST form: unix:///tmp/…/proxy.sock */
  dockerHost: string;
  /** Requests refused with 403, as "METHOD /path". */
  refused: string[];
  close(): Promise<void>;
}

/** HAProxy's page, the one docker-socket-proxy sends: HTML, not the engine's JSON. */
const FORBIDDEN_PAGE = "<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n";

export async function startReadOnlyProxy(engineSocket: string): Promise<ReadOnlyProxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ro-proxy-"));
  const socketPath = path.join(dir, "proxy.sock");
  const refused: string[] = [];
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      refused.push(`${req.method} ${req.url}`);
      req.resume();
      res.writeHead(403, { "content-type": "text/html", "cache-control": "no-cache", connection: "close" });
      res.end(FORBIDDEN_PAGE);
      return;
    }
    const upstream = http.request({ socketPath: engineSocket, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      // Send the head now, as HAProxy does: writeHead alone holds it until the first body byte, and GET /events has none
      // until something happens (the client's connect timeout then ends a stream the engine had answered).
      res.flushHeaders();
      answer.pipe(res); // streams too (GET /events)
    });
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end("engine unreachable");
    });
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve());
  });
  return {
    dockerHost: `unix://${socketPath}`,
    refused,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
