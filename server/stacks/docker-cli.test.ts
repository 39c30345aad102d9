// Unit tests: the CLI's environment points at the watched engine (TLS included), and a missing CLI is reported with how to install it.
import { describe, expect, it } from "vitest";
import { endpointFromEnv } from "../engine/connection";
import { cliEnv, runDocker } from "./docker-cli";
import { stackDeployArgs } from "../../lib/stack-deploy-cli";

describe("cliEnv", () => {
  it("sets DOCKER_HOST from the endpoint and passes nothing else of the server's environment", () => {
    const env = cliEnv(endpointFromEnv({ DOCKER_HOST: "unix:///run/lab/docker.sock" }), { PATH: "/bin", HOME: "/root", SECRET_TOKEN: "x", DOCKER_CONTEXT: "other" });
    expect(env).toEqual({ PATH: "/bin", HOME: "/root", DOCKER_HOST: "unix:///run/lab/docker.sock" });
  });
  it("carries TLS verification and the certificate folder", () => {
    const ep = endpointFromEnv({ DOCKER_HOST: "tcp://manager1:2376", DOCKER_TLS_VERIFY: "1", DOCKER_CERT_PATH: "/certs" });
    expect(cliEnv(ep, { PATH: "/bin", HOME: "/h" })).toEqual({ PATH: "/bin", HOME: "/h", DOCKER_HOST: "tcp://manager1:2376", DOCKER_CERT_PATH: "/certs", DOCKER_TLS_VERIFY: "1" });
  });
});

describe("stackDeployArgs", () => {
  it("never asks a registry, and prunes only when asked", () => {
    expect(stackDeployArgs("wp", "-", false)).toEqual(["stack", "deploy", "--compose-file", "-", "--resolve-image", "never", "wp"]);
    expect(stackDeployArgs("wp", "/tmp/x/docker-compose.yml", true)).toEqual([
      "stack",
      "deploy",
      "--compose-file",
      "/tmp/x/docker-compose.yml",
      "--resolve-image",
      "never",
      "--prune",
      "wp",
    ]);
  });
});

describe("runDocker", () => {
  it("says how to install the CLI when it is not on PATH", async () => {
    const run = await runDocker(["version"], { env: { PATH: "/nonexistent", HOME: "/tmp", DOCKER_HOST: "unix:///x" }, onLine: () => undefined });
    expect(run.code).toBeNull();
    expect(run.error).toMatch(/not installed.*apt-get install docker\.io/);
  });
});
