// GET /metrics: Prometheus text format: the Engine API request counter the benchmarks read, the engine link, the manager in use and its switches.
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
      "# HELP swarmscope_engine_manager 1 for the manager in use, 0 for the other addresses of SWARMSCOPE_MANAGERS.",
      "# TYPE swarmscope_engine_manager gauge",
      ...runtime.managers.endpoints.map(
        (e) => `swarmscope_engine_manager{address="${labelValue(e.label)}",name="${labelValue(runtime.managers.nameOf(e.label))}"} ${e === runtime.managers.current ? 1 : 0}`,
      ),
      "# HELP swarmscope_engine_manager_switches_total Switches to another manager of SWARMSCOPE_MANAGERS after the one in use failed.",
      "# TYPE swarmscope_engine_manager_switches_total counter",
      `swarmscope_engine_manager_switches_total ${runtime.managers.switches}`,
      "# HELP swarmscope_engine_read_only 1 once the engine (or a proxy in front of it) refused a write with 403.",
      "# TYPE swarmscope_engine_read_only gauge",
      `swarmscope_engine_read_only ${snapshot.state.engine.readOnly ? 1 : 0}`,
      "# HELP swarmscope_uncaught_errors_total Exceptions and rejections no code caught (logged; the server kept running).",
      "# TYPE swarmscope_uncaught_errors_total counter",
      `swarmscope_uncaught_errors_total ${uncaught.count}`,
      "",
    ];
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4", "cache-control": "no-store" });
    res.end(lines.join("\n"));
  },
};

/** A Prometheus label value: backslash, double quote and newline escaped. */
function labelValue(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}
