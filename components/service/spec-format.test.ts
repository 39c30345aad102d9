// The readable service spec: mode, replicas, command, ports, mounts, policies with Docker's defaults, UpdateStatus words.
import { describe, expect, it } from "vitest";
import { service } from "@/test/fixtures/views";
import { labelEntries } from "@/components/ui/field";
import { commandText, modeText, mountLine, policyFields, portLine, replicasText, restartFields, updateStatusText } from "./spec-format";

describe("mode and replicas", () => {
  it("names the mode and shows running/desired like docker service ls", () => {
    expect(modeText("replicated")).toBe("Replicated");
    expect(modeText("global-job")).toBe("Global job");
    expect(replicasText(service({ id: "s", name: "web", running: 2, desired: 3 }))).toBe("2/3");
    expect(replicasText(service({ id: "s", name: "web", running: null, desired: null }))).toBe("—");
    expect(replicasText(service({ id: "s", name: "web", running: 1, desired: null }))).toBe("1/—");
  });
});

describe("commandText", () => {
  it("quotes arguments for a shell, or says the image decides", () => {
    expect(commandText({ command: ["sh", "-c"], args: ["echo hi; sleep 1"] })).toBe("sh -c 'echo hi; sleep 1'");
    expect(commandText({ command: [], args: [] })).toBe("(the image's default command)");
  });
});

describe("ports and mounts", () => {
  it("prints published ports like the CLI, with the mode", () => {
    expect(portLine({ protocol: "tcp", target: 80, published: 8080, mode: "ingress" })).toBe("*:8080->80/tcp · ingress");
    expect(portLine({ protocol: "udp", target: 53, published: null, mode: "ingress" })).toBe("53/udp · not published");
    expect(portLine({ protocol: "tcp", target: 80, published: 0, mode: "host" })).toBe("80/tcp · host, random port");
  });
  it("prints mounts as type source → target", () => {
    expect(mountLine({ type: "volume", source: "data", target: "/data", readOnly: true })).toBe("volume data → /data (read-only)");
    expect(mountLine({ type: "volume", source: "", target: "/cache", readOnly: false })).toBe("volume anonymous → /cache");
  });
});

describe("policies", () => {
  it("lists the restart policy in words", () => {
    expect(restartFields({ condition: "on-failure", delaySeconds: 5, maxAttempts: 0, windowSeconds: 0 }).map((f) => `${f.label}: ${f.value}`)).toEqual([
      "Condition: on-failure",
      "Delay: 5s",
      "Max attempts: unlimited",
      "Window: unbounded",
    ]);
  });
  it("lists an update policy, and Docker's defaults (marked) when the spec has none", () => {
    const set = policyFields({ parallelism: 2, delaySeconds: 10, monitorSeconds: null, failureAction: "rollback", order: "start-first" });
    expect(set.map((f) => f.value)).toEqual(["2", "10s", "rollback", "5s", "start-first"]);
    expect(set.every((f) => f.title === undefined)).toBe(true);
    const defaults = policyFields(null);
    expect(defaults.map((f) => f.value)).toEqual(["1", "0s", "pause", "5s", "stop-first"]);
    expect(defaults[0].title).toMatch(/defaults/);
  });
});

describe("updateStatusText", () => {
  it("words every UpdateStatus state with a tone", () => {
    expect(updateStatusText(null)).toEqual({ text: "No update yet", tone: "idle", message: null });
    expect(updateStatusText({ state: "updating", message: "update in progress", startedAt: null, completedAt: null })).toMatchObject({
      text: "Updating",
      tone: "busy",
      message: "update in progress",
    });
    expect(updateStatusText({ state: "rollback_paused", message: null, startedAt: null, completedAt: null })).toMatchObject({ text: "Rollback paused", tone: "bad" });
    expect(updateStatusText({ state: "completed", message: null, startedAt: null, completedAt: null }).tone).toBe("good");
  });
});

describe("labelEntries", () => {
  it("sorts by key and prints key=value, or the key alone", () => {
    expect(labelEntries({ b: "2", a: "", c: "<script>" }).map((e) => e.text)).toEqual(["a", "b=2", "c=<script>"]);
  });
});
