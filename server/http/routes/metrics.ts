// GET /metrics: Prometheus text format; today the Engine API request counter the benchmarks read, and viewer count.
import { engineStats } from "../../engine/stats";
import type { Route } from "../route";
import { uncaught } from "../../process-guard";

export const metricsRoute: Route = {
  method: "GET",
  path: "/metrics",
  role: "viewer",
  scrapeToken: true,
  handle({ res, runtime }) {
    const snapshot = runtime.hub.snapshot();
    const lines = [
      "# HELP swarmscope_engine_requests_total Docker Engine API requests made by this server.",
      "# TYPE swarmscope_engine_requests_total counter",
      `swarmscope_engine_requests_total ${engineStats.requests}`,
      "# HELP swarmscope_model_version Version of the newest model delta.",
      "# TYPE swarmscope_model_version gauge",
      `swarmscope_model_version ${snapshot.version}`,
      "# HELP swarmscope_converging 1 while the swarm is converging (tasks are polled fast).",
      "# TYPE swarmscope_converging gauge",
      `swarmscope_converging ${runtime.hub.converging() ? 1 : 0}`,
      "# HELP swarmscope_engine_live 1 when the engine link is live.",
      "# TYPE swarmscope_engine_live gauge",
      `swarmscope_engine_live ${snapshot.state.engine.state === "live" ? 1 : 0}`,
      "# HELP swarmscope_uncaught_errors_total Exceptions and rejections no code caught (logged; the server kept running).",
      "# TYPE swarmscope_uncaught_errors_total counter",
      `swarmscope_uncaught_errors_total ${uncaught.count}`,
      "",
    ];
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4", "cache-control": "no-store" });
    res.end(lines.join("\n"));
  },
};
