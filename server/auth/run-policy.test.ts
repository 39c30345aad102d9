// Unit tests: the run policy — every host-access field is admin-only through the compose file and the Engine spec alike; the bind allow-list.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { EngineServiceSpec } from "../../lib/engine-types";
import type { ComposeFile } from "../stacks/compose-types";
import { runsOfCompose } from "../stacks/compose-run";
import { isRootUser, runOfSpec, runRefusal, type RunPolicy } from "./run-policy";

const operator: RunPolicy = { role: "operator", bindPaths: ["/srv/shared"] };
const admin: RunPolicy = { role: "admin", bindPaths: [] };
const compose = (service: string, extra = "") => parse(`services:\n  web:\n    image: lab/busybox:1\n${service}${extra}`) as ComposeFile;
const refusal = (c: ComposeFile, p: RunPolicy = operator) => runRefusal(runsOfCompose(c), p);

/** Each compose field that reaches the node, by the rule it breaks: the case's name → its lines in the service (and after it). */
const BY_RULE: Record<string, Record<string, string | [string, string]>> = {
  "docker socket": {
    "bind, short form (the finding: / holds the docker socket too)": '    volumes: ["/:/host:ro"]\n',
    "docker socket": '    volumes: ["/var/run/docker.sock:/var/run/docker.sock"]\n',
    "docker socket at /run": '    volumes: ["/run/docker.sock:/s"]\n',
    "folder holding the socket": '    volumes: ["/var/run:/r"]\n',
    "whole disk holds the socket": '    volumes: ["/:/host"]\n',
  },
  "bind mount": {
    "bind of /etc": '    volumes: ["/etc:/x"]\n',
    "relative bind": '    volumes: ["./data:/x"]\n',
    "home bind": '    volumes: ["~/x:/x"]\n',
    "bind, long form": "    volumes:\n      - type: bind\n        source: /var/lib/docker\n        target: /x\n",
    "allow-listed path escaping with ..": '    volumes: ["/srv/shared/../../etc:/x"]\n',
    "volume bound by driver options": ['    volumes: ["data:/x"]\n', "volumes:\n  data:\n    driver_opts: { type: none, o: bind, device: /etc }\n"],
  },
  privileged: {
    privileged: "    privileged: true\n",
  },
  capabilities: {
    cap_add: "    cap_add: [SYS_ADMIN]\n",
  },
  devices: {
    devices: '    devices: ["/dev/sda:/dev/sda"]\n',
  },
  "host namespaces": {
    "pid host": "    pid: host\n",
    "ipc host": "    ipc: host\n",
    "network_mode host": "    network_mode: host\n",
    "network_mode of another container": '    network_mode: "container:abc"\n',
    "userns_mode host": "    userns_mode: host\n",
    cgroup_parent: "    cgroup_parent: /\n",
  },
  "host network": {
    "host network": ["    networks: [hostnet]\n", "networks:\n  hostnet:\n    external: true\n    name: host\n"],
  },
  "root user": {
    "user root": "    user: root\n",
    "user 0:0": '    user: "0:0"\n',
  },
  "security options": {
    security_opt: '    security_opt: ["seccomp:unconfined"]\n',
  },
};
const COMPOSE_CASES = Object.entries(BY_RULE).flatMap(([rule, cases]) =>
  Object.entries(cases).map(([name, lines]) => {
    const [service, extra] = typeof lines === "string" ? [lines] : lines;
    return [name, service, rule, extra] as const;
  }),
);

describe("stack files", () => {
  for (const [name, service, rule, extra] of COMPOSE_CASES) {
    it(`${name}: refused for an operator naming the field and "${rule}", allowed for an admin`, () => {
      const c = compose(service, extra);
      const r = refusal(c);
      expect(r).toMatchObject({ rule, field: expect.stringMatching(/^(services\.web\.|volumes\.)/) });
      expect(r!.message).toMatch(/admin only/);
      expect(refusal(c, admin)).toBeNull();
    });
  }

  it("what is not host access passes for an operator", () => {
    const fine = [
      '    volumes: ["data:/x", "/anonymous"]\n',
      "    volumes:\n      - type: tmpfs\n        target: /t\n",
      '    volumes: ["/srv/shared:/s", "/srv/shared/sub/dir:/t:ro"]\n',
      "    user: app\n",
      '    user: "1000:1000"\n',
      "    ipc: private\n",
      "    networks: [back]\n",
    ];
    for (const f of fine) expect(refusal(compose(f, "networks:\n  back: {}\nvolumes:\n  data: {}\n")), f).toBeNull();
  });

  it("a volume bound by its driver options is refused even when no service uses it", () => {
    expect(refusal(compose("", "volumes:\n  data:\n    driver_opts: { o: bind, device: /root }\n"))).toMatchObject({ field: "volumes.data.driver_opts", rule: "bind mount" });
  });

  it("the bind allow-list is exact: a sibling folder with the same prefix is outside it, and the socket is never allowed", () => {
    expect(refusal(compose('    volumes: ["/srv/shared-not:/x"]\n'))).toMatchObject({ rule: "bind mount" });
    expect(runRefusal(runsOfCompose(compose('    volumes: ["/var/run/docker.sock:/s"]\n')), { role: "operator", bindPaths: ["/var/run"] })).toMatchObject({
      rule: "docker socket",
    });
  });
});

describe("Engine specs (service create, update, rollback)", () => {
  const spec = (cs: NonNullable<EngineServiceSpec["TaskTemplate"]["ContainerSpec"]>, networks: string[] = []): EngineServiceSpec => ({
    Name: "s",
    TaskTemplate: { ContainerSpec: { Image: "lab/busybox:1", ...cs }, Networks: networks.map((Target) => ({ Target })) },
    Mode: { Replicated: { Replicas: 1 } },
  });
  const hostNet = (t: string) => t === "host" || t === "hostid";
  const cases: [string, EngineServiceSpec, string][] = [
    ["bind", spec({ Mounts: [{ Type: "bind", Source: "/etc", Target: "/x" }] }), "bind mount"],
    ["socket", spec({ Mounts: [{ Type: "bind", Source: "/var/run/docker.sock", Target: "/x" }] }), "docker socket"],
    [
      "volume with bind options",
      spec({ Mounts: [{ Type: "volume", Source: "v", Target: "/x", VolumeOptions: { DriverConfig: { Options: { type: "none", o: "bind", device: "/" } } } }] }),
      "bind mount",
    ],
    ["root user", spec({ User: "root" }), "root user"],
    ["capabilities", spec({ CapabilityAdd: ["CAP_SYS_ADMIN"] }), "capabilities"],
    ["seccomp unconfined", spec({ Privileges: { Seccomp: { Mode: "unconfined" } } }), "security options"],
    ["host network", spec({}, ["hostid"]), "host network"],
  ];
  for (const [name, s, rule] of cases) {
    it(`${name}: ${rule} refused for an operator, allowed for an admin`, () => {
      expect(runRefusal([runOfSpec(s, hostNet)], operator)).toMatchObject({ rule });
      expect(runRefusal([runOfSpec(s, hostNet)], admin)).toBeNull();
    });
  }
  it("named volumes, tmpfs, plain users and overlay networks pass", () => {
    expect(
      runRefusal(
        [
          runOfSpec(
            spec(
              {
                Mounts: [
                  { Type: "volume", Source: "v", Target: "/x" },
                  { Type: "tmpfs", Target: "/t" },
                ],
                User: "nobody",
              },
              ["overlayid"],
            ),
            hostNet,
          ),
        ],
        operator,
      ),
    ).toBeNull();
  });
  it("root users are spelled many ways", () => {
    for (const u of ["root", "0", "0:0", "root:root", " root"]) expect(isRootUser(u), u).toBe(true);
    for (const u of ["rooter", "1000", "app:0", "10"]) expect(isRootUser(u), u).toBe(false);
  });
});
