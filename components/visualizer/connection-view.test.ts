// Unit tests: the banner's state and words, and when to show the problem panel or dim the board.
import { describe, expect, it } from "vitest";
import type { ClusterState, EngineLink } from "@/lib/model-types";
import type { SyncedModel } from "@/lib/stream-sync";
import { connectionView, isStale, needsProblemPanel } from "./connection-view";
import { byId, node } from "@/test/fixtures/views";

function model(engine: Partial<EngineLink>, withNodes = true): SyncedModel {
  const cluster: ClusterState = {
    nodes: withNodes ? byId(node({ id: "n1" })) : {},
    services: {},
    tasks: {},
    networks: {},
    secrets: {},
    configs: {},
    swarm: null,
    engine: {
      state: "live",
      host: "unix:///var/run/docker.sock",
      message: null,
      hint: null,
      apiVersion: "1.41",
      engineVersion: "24.0.7",
      simulated: false,
      since: "2024-01-01T00:00:00Z",
      lastSyncAt: "2024-01-01T00:00:00Z",
      failover: null,
      readOnly: null,
      ...engine,
    },
  };
  return { version: 1, cluster, updatedAt: "2024-01-01T00:00:00Z" };
}

describe("connectionView", () => {
  it("is live and green when socket and engine are fine", () => {
    const view = connectionView("connected", model({}));
    expect(view).toMatchObject({ state: "live", tone: "green", message: null, hint: null });
  });

  it("says reconnecting (amber) when the browser lost the server, whatever the engine said", () => {
    const view = connectionView("disconnected", model({}));
    expect(view).toMatchObject({ state: "reconnecting", tone: "amber", serverLost: true });
    expect(connectionView("disconnected", null).state).toBe("reconnecting");
  });

  it("says the session ended (red, not reconnecting) when the server no longer accepts the page's session", () => {
    const view = connectionView("ended", model({}));
    expect(view).toMatchObject({ state: "session-ended", tone: "red", title: "Session ended", serverLost: true });
    expect(view.hint).toContain("share link");
    expect(isStale("ended", model({}))).toBe(true);
  });

  it("is connecting until the socket is up and a model arrived", () => {
    expect(connectionView("connecting", null).state).toBe("connecting");
    expect(connectionView("connected", null).state).toBe("connecting");
  });

  it("passes the engine's state, message and hint through when not live", () => {
    for (const state of ["unreachable", "not-swarm", "not-manager", "locked"] as const) {
      const view = connectionView("connected", model({ state, message: "m", hint: "h" }));
      expect(view).toMatchObject({ state, tone: "red", message: "m", hint: "h", host: "unix:///var/run/docker.sock" });
    }
    expect(connectionView("connected", model({ state: "reconnecting", message: "lost" }))).toMatchObject({
      state: "reconnecting",
      tone: "amber",
      message: "lost",
    });
  });
});

describe("needsProblemPanel / isStale", () => {
  it("never draws an empty cluster as if it were real", () => {
    expect(needsProblemPanel(null)).toBe(true);
    expect(needsProblemPanel(model({ state: "unreachable" }, false))).toBe(true);
    expect(needsProblemPanel(model({ state: "connecting" }, false))).toBe(true);
    expect(needsProblemPanel(model({ state: "unreachable" }, true))).toBe(false);
    expect(needsProblemPanel(model({ state: "live" }, false))).toBe(false);
  });

  it("dims the board when not live", () => {
    expect(isStale("connected", model({}))).toBe(false);
    expect(isStale("disconnected", model({}))).toBe(true);
    expect(isStale("connected", model({ state: "reconnecting" }))).toBe(true);
  });
  it("says which manager took over after a failover, and that the engine is read-only once it refused a write", () => {
    const at = "2024-01-01T00:00:01Z";
    const view = connectionView(
      "connected",
      model({ failover: { from: "manager1", to: "manager2", why: "unreachable", reason: "ECONNREFUSED", at }, readOnly: "HTTP 403: Forbidden" }),
    );
    expect(view.failover).toBe("manager1 unreachable — now watching manager2");
    expect(view.readOnly).toBe("HTTP 403: Forbidden");
    expect(connectionView("connected", model({ state: "reconnecting", failover: { from: "a", to: "b", why: "locked", reason: "", at } })).failover).toBeNull();
  });
});
