import { describe, expect, it } from "vitest";
import { demoDecision, demoSizeFromEnv } from "./start-rule";

const noSocket = () => false;
const socket = () => true;

describe("demoDecision", () => {
  it("starts the demo with no DOCKER_HOST and no default socket", () => {
    expect(demoDecision({}, noSocket)).toEqual({ demo: true, why: "no DOCKER_HOST and no /var/run/docker.sock" });
  });
  it("never falls back to the demo when DOCKER_HOST is set or the default socket is present", () => {
    expect(demoDecision({ DOCKER_HOST: "tcp://10.0.0.1:2375" }, noSocket).demo).toBe(false);
    expect(demoDecision({ DOCKER_HOST: "unix:///missing.sock" }, noSocket).demo).toBe(false);
    expect(demoDecision({}, socket).demo).toBe(false);
  });
  it("SWARMSCOPE_DEMO=1 forces it, =0 never starts it", () => {
    expect(demoDecision({ SWARMSCOPE_DEMO: "1", DOCKER_HOST: "tcp://10.0.0.1:2375" }, socket).demo).toBe(true);
    expect(demoDecision({ SWARMSCOPE_DEMO: "0" }, noSocket).demo).toBe(false);
  });
  it.each(["yes", "true", "2", "-1"])("refuses SWARMSCOPE_DEMO=%s with a message naming it", (v) => {
    expect(() => demoDecision({ SWARMSCOPE_DEMO: v }, noSocket)).toThrow(/SWARMSCOPE_DEMO/);
  });
});

describe("demoSizeFromEnv", () => {
  it("reads NODESxTASKS", () => {
    expect(demoSizeFromEnv({ SWARMSCOPE_DEMO_SIZE: "1000x30000" })).toEqual({ nodes: 1000, tasks: 30000 });
    expect(demoSizeFromEnv({})).toBeNull();
  });
  it.each(["1000", "x5", "0x10", "10x", "5x5x5", "9999x10", "10x999999", " 1e3x5"])("refuses %s naming the variable", (v) => {
    expect(() => demoSizeFromEnv({ SWARMSCOPE_DEMO_SIZE: v })).toThrow(/SWARMSCOPE_DEMO_SIZE/);
  });
});
