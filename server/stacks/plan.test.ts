// Unit tests: the preview names exactly the fields that change, creates what is missing and keeps what is there.
import { describe, expect, it } from "vitest";
import type { EngineNetwork, EngineSecret, EngineService } from "../../lib/engine-types";
import type { ComposeFile } from "./compose-types";
import { planStack, portStrings } from "./plan";

const compose = (replicas: number, port: number): ComposeFile => ({
  services: {
    db: { image: "lab/busybox:1", command: ["sleep", "1d"], environment: { A: "1" }, secrets: ["pw"], networks: ["back"] },
    web: { image: "lab/busybox:2", ports: [`${port}:80`], networks: ["back"], deploy: { replicas } },
  },
  networks: { back: { driver: "overlay" } },
  secrets: { pw: { file: "./pw.txt" }, ext: { external: true } },
  volumes: { data: {} },
});

const label = { "com.docker.stack.namespace": "wp" };
const net: EngineNetwork = { Id: "n1", Name: "wp_back", Scope: "swarm", Driver: "overlay", Labels: label };
const svc = (name: string, spec: Partial<EngineService["Spec"]>): EngineService => ({
  ID: name,
  Version: { Index: 1 },
  CreatedAt: "",
  UpdatedAt: "",
  Spec: { Name: name, Labels: label, TaskTemplate: { Networks: [{ Target: "n1" }] }, Mode: { Replicated: { Replicas: 1 } }, ...spec },
});
const secret = (name: string): EngineSecret => ({ ID: name, Version: { Index: 1 }, CreatedAt: "", UpdatedAt: "", Spec: { Name: name } });

const live = {
  services: [
    svc("wp_db", {
      TaskTemplate: { Networks: [{ Target: "n1" }], ContainerSpec: { Image: "lab/busybox:1@sha256:abc", Args: ["sleep", "1d"], Env: ["A=1"], Secrets: [{ SecretName: "wp_pw" }] } },
    }),
    svc("wp_web", {
      TaskTemplate: { Networks: [{ Target: "n1" }], ContainerSpec: { Image: "lab/busybox:2" } },
      EndpointSpec: { Ports: [{ Protocol: "tcp", TargetPort: 80, PublishedPort: 8080, PublishMode: "ingress" }] },
    }),
    svc("wp_old", { TaskTemplate: { ContainerSpec: { Image: "x" } } }),
  ],
  networks: [net],
  secrets: [secret("wp_pw"), secret("ext")],
  configs: [],
};

describe("planStack", () => {
  it("creates everything for a new stack", () => {
    const p = planStack("wp", compose(1, 8080), { services: [], networks: [], secrets: [secret("ext")], configs: [] }, false);
    expect(p.problems).toEqual([]);
    expect(p.items.filter((i) => i.action === "create").map((i) => `${i.kind} ${i.name}`)).toEqual([
      "network wp_back",
      "secret wp_pw",
      "service wp_db",
      "service wp_web",
      "volume wp_data",
    ]);
  });

  it("lists exactly the changed fields of a redeploy", () => {
    const p = planStack("wp", compose(3, 80), live, false);
    const web = p.items.find((i) => i.name === "wp_web")!;
    expect(web.action).toBe("update");
    expect(web.changes).toEqual([
      { field: "replicas", from: "1", to: "3" },
      { field: "ports", from: "8080:80/tcp", to: "80:80/tcp" },
    ]);
    expect(p.items.find((i) => i.name === "wp_db")!.action).toBe("unchanged");
    expect(p.items.find((i) => i.name === "wp_old")).toMatchObject({ action: "unchanged", note: expect.stringContaining("prune") });
    expect(planStack("wp", compose(3, 80), live, true).items.find((i) => i.name === "wp_old")!.action).toBe("remove");
  });

  it("refuses a missing external secret", () => {
    const p = planStack("wp", compose(1, 8080), { ...live, secrets: [] }, false);
    expect(p.problems.map((x) => x.path)).toEqual(["secrets.ext"]);
  });

  it("reads the port syntaxes", () => {
    expect(portStrings(["8080:80", "53:53/udp", 9000, "127.0.0.1:81:81", { target: 90, published: "9090", mode: "host" }, "3000-3001:4000-4001"])).toEqual([
      "8080:80/tcp",
      "53:53/udp",
      "9000/tcp",
      "81:81/tcp",
      "9090:90/tcp host",
      "3000:4000/tcp",
      "3001:4001/tcp",
    ]);
  });
});
