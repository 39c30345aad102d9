// Unit tests of the create-service form: what is sent for what was typed, local problems by field, and server fields mapped to sections.
import { describe, expect, it } from "vitest";
import { createServiceRequest } from "@/components/operations/requests";
import { buildCreateBody, EMPTY_FORM, fieldSection } from "./form-model";

describe("buildCreateBody", () => {
  it("sends only what was filled in", () => {
    const { body, errors } = buildCreateBody({ ...EMPTY_FORM, name: " web ", image: "lab/busybox:1", replicas: "2", args: "sleep 1d" });
    expect(errors).toEqual({});
    expect(body).toEqual({ name: "web", image: "lab/busybox:1", mode: "replicated", replicas: 2, args: ["sleep", "1d"] });
  });

  it("turns rows into maps and lists, skipping empty rows", () => {
    const { body } = buildCreateBody({
      ...EMPTY_FORM,
      name: "web",
      image: "nginx",
      env: [
        { key: "GREETING", value: "hello world" },
        { key: "", value: "" },
      ],
      labels: [{ key: "team", value: "ops" }],
      ports: [
        { target: "80", published: "8080", protocol: "tcp", mode: "ingress" },
        { target: "", published: "", protocol: "udp", mode: "host" },
      ],
      networks: ["backend"],
      constraints: [" node.role==worker ", ""],
      mounts: [{ source: "data", target: "/data", readOnly: true }],
      restartCondition: "on-failure",
      restartMaxAttempts: "3",
      updateParallelism: "2",
      updateDelay: "10s",
      stopGracePeriod: "1",
    });
    expect(body).toMatchObject({
      env: { GREETING: "hello world" },
      labels: { team: "ops" },
      ports: [{ target: 80, published: 8080, protocol: "tcp", mode: "ingress" }],
      networks: ["backend"],
      constraints: ["node.role==worker"],
      mounts: [{ source: "data", target: "/data", readOnly: true }],
      restart: { condition: "on-failure", maxAttempts: 3 },
      update: { parallelism: 2, delay: 10 },
      stopGracePeriod: 1,
    });
    expect(createServiceRequest(body).cli).toBe(
      "docker service create --no-resolve-image --name web --replicas 1 --env 'GREETING=hello world' --publish published=8080,target=80,protocol=tcp,mode=ingress --network backend --constraint node.role==worker --restart-condition on-failure --restart-max-attempts 3 --update-parallelism 2 --update-delay 10s --label team=ops --mount type=volume,source=data,target=/data,readonly --stop-grace-period 1s nginx",
    );
  });

  it("leaves replicas out of a global service", () => {
    expect(buildCreateBody({ ...EMPTY_FORM, name: "agent", image: "nginx", mode: "global", replicas: "3" }).body).toEqual({ name: "agent", image: "nginx", mode: "global" });
  });

  it("names the field of each local problem", () => {
    const { errors } = buildCreateBody({
      ...EMPTY_FORM,
      replicas: "two",
      command: "sh -c 'x",
      env: [{ key: "", value: "orphan" }],
      ports: [{ target: "http", published: "", protocol: "tcp", mode: "ingress" }],
      updateDelay: "soon",
      stopGracePeriod: "-1",
    });
    expect(Object.keys(errors).sort()).toEqual(["command", "env", "image", "name", "ports", "replicas", "stopGracePeriod", "update"]);
  });
});

describe("fieldSection", () => {
  it.each([
    ["ports.0.target", "ports"],
    ["restart.delay", "restart"],
    ["name", "name"],
    ["body", null],
    [undefined, null],
  ])("maps the server's field path %j to the form's section %j", (field, section) => expect(fieldSection(field)).toBe(section));
});
