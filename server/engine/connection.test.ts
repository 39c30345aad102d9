// Unit tests of reading DOCKER_HOST & co. like the docker CLI, and of API version negotiation.
import { describe, expect, it } from "vitest";
import { endpointFromEnv, modemOptions, negotiateApiVersion } from "./connection";

describe("endpointFromEnv", () => {
  it("defaults to the local unix socket", () => {
    expect(endpointFromEnv({})).toMatchObject({ kind: "unix", socketPath: "/var/run/docker.sock" });
  });
  it("reads unix:// paths", () => {
    expect(endpointFromEnv({ DOCKER_HOST: "unix:///run/lab/docker.sock" })).toMatchObject({
      kind: "unix",
      socketPath: "/run/lab/docker.sock",
      label: "unix:///run/lab/docker.sock",
    });
  });
  it("reads tcp:// without TLS on 2375 by default", () => {
    expect(endpointFromEnv({ DOCKER_HOST: "tcp://10.0.0.5" })).toMatchObject({ kind: "tcp", host: "10.0.0.5", port: 2375, tls: null });
  });
  it("turns TLS on for any non-empty DOCKER_TLS_VERIFY, with the cert path", () => {
    const ep = endpointFromEnv({ DOCKER_HOST: "tcp://m1:2376", DOCKER_TLS_VERIFY: "yes", DOCKER_CERT_PATH: "/certs" });
    expect(ep).toMatchObject({ kind: "tcp", host: "m1", port: 2376, tls: { verify: true, certPath: "/certs" } });
  });
  it("rejects schemes the CLI does not take for the API", () => {
    expect(() => endpointFromEnv({ DOCKER_HOST: "ftp://x" })).toThrow(/not supported/);
  });
  it("builds modem options that leave no room for the modem's own env reading", () => {
    const opts = modemOptions({ kind: "unix", socketPath: "/s.sock", label: "unix:///s.sock" }, "1.41");
    expect(opts).toMatchObject({ socketPath: "/s.sock", host: undefined, version: "v1.41" });
  });
});

describe("negotiateApiVersion", () => {
  it("uses the engine's version when it is older than ours", () => {
    expect(negotiateApiVersion({ ApiVersion: "1.41", MinAPIVersion: "1.12" })).toBe("1.41");
  });
  it("uses ours when the engine is newer", () => {
    expect(negotiateApiVersion({ ApiVersion: "1.51", MinAPIVersion: "1.24" })).toBe("1.47");
  });
  it("never goes below the engine's minimum", () => {
    expect(negotiateApiVersion({ ApiVersion: "1.60", MinAPIVersion: "1.50" })).toBe("1.50");
  });
  it("compares minor versions numerically", () => {
    expect(negotiateApiVersion({ ApiVersion: "1.9" })).toBe("1.9");
  });
});
