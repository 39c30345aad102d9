// Unit tests of the pure halves of create and update: the Engine spec and the docker CLI command they stand for.
import { describe, expect, it } from "vitest";
import type { EngineServiceSpec } from "../../lib/engine-types";
import { createCli, serviceSpec } from "./create-service";
import { applyUpdate, updateCli } from "./update-service";

describe("create", () => {
  const input = {
    name: "web",
    image: "nginx:1.25",
    mode: "replicated" as const,
    replicas: 3,
    env: { A: "1 2" },
    ports: [{ target: 80, published: 8080, protocol: "tcp" as const, mode: "ingress" as const }],
    update: { parallelism: 2, delay: 10 },
    command: ["nginx", "-g", "daemon off;"],
  };
  it("builds the spec the Engine API wants", () => {
    const spec = serviceSpec(input);
    expect(spec.Mode).toEqual({ Replicated: { Replicas: 3 } });
    expect(spec.TaskTemplate.ContainerSpec?.Env).toEqual(["A=1 2"]);
    expect(spec.UpdateConfig).toEqual({ Parallelism: 2, Delay: 10e9 });
    expect(spec.EndpointSpec?.Ports).toEqual([{ Protocol: "tcp", TargetPort: 80, PublishedPort: 8080, PublishMode: "ingress" }]);
  });
  it("prints the docker service create command, quoted for a shell; the command replaces the entrypoint, so it is --entrypoint (one value the CLI splits as a shell would)", () => {
    expect(serviceSpec(input).TaskTemplate.ContainerSpec?.Command).toEqual(["nginx", "-g", "daemon off;"]);
    expect(createCli(input)).toBe(
      String.raw`docker service create --no-resolve-image --name web --replicas 3 --env 'A=1 2' --publish published=8080,target=80,protocol=tcp,mode=ingress --update-parallelism 2 --update-delay 10s --entrypoint 'nginx -g '\''daemon off;'\''' nginx:1.25`,
    );
    expect(createCli({ ...input, command: undefined, args: ["nginx", "-g", "daemon off;"] })).toMatch(/ nginx:1\.25 nginx -g 'daemon off;'$/);
  });
});

describe("update", () => {
  const spec: EngineServiceSpec = {
    Name: "web",
    Labels: { a: "1" },
    TaskTemplate: { ContainerSpec: { Image: "nginx:1.25@sha256:abc", Env: ["A=1", "B=2"] }, Placement: { Constraints: ["node.role==worker"] } },
    Mode: { Replicated: { Replicas: 2 } },
    UpdateConfig: { Parallelism: 1, Monitor: 5e9 },
  };
  it("changes only what was asked, keeping the rest of the spec", () => {
    const next = applyUpdate(spec, { id: "web", image: "nginx:1.26", envAdd: { B: "3" }, envRemove: ["A"], constraintRemove: ["node.role == worker"], update: { delay: 5 } });
    expect(next.TaskTemplate.ContainerSpec?.Image).toBe("nginx:1.26");
    expect(next.TaskTemplate.ContainerSpec?.Env).toEqual(["B=3"]);
    expect(next.TaskTemplate.Placement?.Constraints).toEqual([]);
    expect(next.UpdateConfig).toEqual({ Parallelism: 1, Monitor: 5e9, Delay: 5e9 });
    expect(next.Mode).toEqual(spec.Mode);
    expect(next.Labels).toEqual({ a: "1" });
  });
  it("prints the docker service update command", () => {
    expect(updateCli("web", { id: "web", image: "nginx:1.26", labelRemove: ["a"], update: { parallelism: 2 } })).toBe(
      "docker service update --no-resolve-image --image nginx:1.26 --label-rm a --update-parallelism 2 web",
    );
  });
});
