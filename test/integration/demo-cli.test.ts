// The Docker swarm lab's CLI sequence run against the real lab swarm AND the demo engine's socket: what docker node ls, service ls and service ps print must agree in shape, columns and states (IDs and times differ).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SimulatedSwarm } from "../../server/engine/simulated/swarm";
import { DemoEngine } from "../../server/demo/demo-engine";
import { dockerOn, LAB_IMAGE, labDockerHost, uniqueName } from "../support/docker-cli";
import { masked, parseCliTable, stateWord } from "../support/cli-table";

let demo: DemoEngine;
let dir: string;
const lab = () => labDockerHost();
const hosts = () => ({ lab: lab(), demo: demo.dockerHost });
const svc = uniqueName("lab-seq");
const stack = uniqueName("labstack").replace(/-/g, "");
const secret = uniqueName("lab-secret");
const net = uniqueName("lab-net");

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "demo-cli-"));
  demo = await DemoEngine.start(new SimulatedSwarm({ seed: 11, start: Date.now() - 600_000 }), { socketPath: path.join(dir, "demo.sock") });
});

afterAll(async () => {
  const cleanup = [
    ["service", "rm", svc],
    ["stack", "rm", stack],
    ["secret", "rm", secret],
    ["network", "rm", net],
    ["node", "update", "--availability", "active", "worker2"],
  ];
  for (const args of cleanup) await dockerOn(lab(), ...args).catch(() => undefined);
  await demo.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The same command on both engines. */
async function both(...args: string[]): Promise<{ lab: string; demo: string }> {
  const h = hosts();
  const [a, b] = await Promise.all([dockerOn(h.lab, ...args), dockerOn(h.demo, ...args)]);
  return { lab: a, demo: b };
}

/** Polls `args` on both until `done` holds for each output (the lab and the demo converge at their own pace). */
async function untilBoth(args: string[], done: (out: string) => boolean): Promise<{ lab: string; demo: string }> {
  let last = { lab: "", demo: "" };
  await expect
    .poll(
      async () => {
        last = await both(...args);
        return done(last.lab) && done(last.demo);
      },
      { timeout: 90_000, interval: 500 },
    )
    .toBe(true);
  return last;
}

/** `docker service ps` rows reduced to what both swarms must agree on. */
function psShape(out: string) {
  const t = parseCliTable(out);
  return {
    header: t.header,
    rows: t.rows
      .map((r) => ({ name: r.NAME, image: r.IMAGE, desired: r["DESIRED STATE"], current: stateWord(r["CURRENT STATE"]), error: r.ERROR, placed: r.NODE !== "" }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.desired.localeCompare(b.desired) || a.image.localeCompare(b.image)),
  };
}

const running = (n: number) => (out: string) => parseCliTable(out).rows.filter((r) => r["DESIRED STATE"] === "Running" && stateWord(r["CURRENT STATE"]) === "Running").length === n;
/** Every task meant to run runs, and every one meant to stop has stopped. */
const settled = (n: number) => (out: string) =>
  running(n)(out) && parseCliTable(out).rows.every((r) => (r["DESIRED STATE"] === "Running") === (stateWord(r["CURRENT STATE"]) === "Running"));

describe("the swarm lab's CLI sequence, on the lab and on the demo", () => {
  it("docker version and docker info say which is which", async () => {
    const v = await both("version", "--format", "{{.Server.Platform.Name}}|{{.Server.APIVersion}}");
    expect(v.demo.trim()).toBe("Swarmscope demo swarm (simulated)|1.41");
    expect(v.lab.trim().split("|")[1]).toBe("1.41");
    const info = await both("info", "--format", "{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}} {{.Swarm.Nodes}} {{.Swarm.Managers}}");
    expect(info.demo).toBe(info.lab);
  });

  it("docker node ls: same columns, hostnames, states, availability and manager statuses", async () => {
    const out = await both("node", "ls");
    const [a, b] = [parseCliTable(out.lab), parseCliTable(out.demo)];
    expect(b.header).toEqual(a.header);
    const shape = (t: typeof a) =>
      t.rows.map((r) => [
        r.HOSTNAME,
        r.STATUS,
        r.AVAILABILITY,
        r["MANAGER STATUS"] === "Leader" ? "Reachable-or-Leader" : r["MANAGER STATUS"] || "-",
        masked(r.ID).replace(/<id> \*/, "<id> *"),
      ]);
    expect(shape(b).map((r) => r.slice(0, 3))).toEqual(shape(a).map((r) => r.slice(0, 3)));
    expect(b.rows.filter((r) => r["MANAGER STATUS"] === "Leader")).toHaveLength(1);
    expect(b.rows.filter((r) => r.ID.endsWith("*"))).toHaveLength(1);
    const pretty = await both("node", "inspect", "--pretty", "worker1");
    const keys = (s: string) =>
      s
        .split("\n")
        .filter((l) => l.includes(":") && !/^\s/.test(l))
        .map((l) => l.split(":")[0]);
    expect(keys(pretty.demo)).toEqual(keys(pretty.lab));
  });

  it("service create → ls and ps agree", async () => {
    await both("service", "create", "--detach", "--no-resolve-image", "--stop-grace-period", "1s", "--name", svc, "--replicas", "3", LAB_IMAGE, "sleep", "86400");
    const ps = await untilBoth(["service", "ps", svc], settled(3));
    expect(psShape(ps.demo)).toEqual(psShape(ps.lab));
    const ls = await untilBoth(["service", "ls", "--filter", `name=${svc}`], (o) => o.includes("3/3"));
    const [a, b] = [parseCliTable(ls.lab), parseCliTable(ls.demo)];
    expect(b.header).toEqual(a.header);
    expect(b.rows.map((r) => ({ ...r, ID: masked(r.ID) }))).toEqual(a.rows.map((r) => ({ ...r, ID: masked(r.ID) })));
  });

  it("scale 3 → 5", async () => {
    await both("service", "scale", "--detach", `${svc}=5`);
    const ps = await untilBoth(["service", "ps", svc], settled(5));
    expect(psShape(ps.demo)).toEqual(psShape(ps.lab));
  });

  it("drain worker2: its tasks shut down and run elsewhere; active again", async () => {
    await both("node", "update", "--availability", "drain", "worker2");
    const ps = await untilBoth(["service", "ps", "--filter", "desired-state=running", svc], (o) => running(5)(o) && !parseCliTable(o).rows.some((r) => r.NODE === "worker2"));
    expect(psShape(ps.demo).rows.map((r) => r.desired)).toEqual(psShape(ps.lab).rows.map((r) => r.desired));
    const nodes = await both("node", "ls", "--filter", "name=worker2", "--format", "{{.Hostname}} {{.Availability}}");
    expect(nodes.demo).toBe(nodes.lab);
    expect(nodes.demo.trim()).toBe("worker2 Drain");
    await both("node", "update", "--availability", "active", "worker2");
  });

  it("update the image, then roll back: the same history per slot", async () => {
    await both("service", "update", "--detach", "--image", "lab/busybox:2", svc);
    const updated = await untilBoth(
      ["service", "ps", "--filter", "desired-state=running", svc],
      (o) => running(5)(o) && parseCliTable(o).rows.every((r) => r.IMAGE === "lab/busybox:2"),
    );
    expect(psShape(updated.demo)).toEqual(psShape(updated.lab));
    await both("service", "rollback", "--detach", svc);
    const rolled = await untilBoth(["service", "ps", "--filter", "desired-state=running", svc], (o) => running(5)(o) && parseCliTable(o).rows.every((r) => r.IMAGE === LAB_IMAGE));
    expect(psShape(rolled.demo)).toEqual(psShape(rolled.lab));
    const inspect = await both("service", "inspect", "--format", "{{.Spec.TaskTemplate.ContainerSpec.Image}} {{.PreviousSpec.TaskTemplate.ContainerSpec.Image}}", svc);
    expect(inspect.demo).toBe(inspect.lab);
  });

  it("service rm: gone from ls, ps says so", async () => {
    await both("service", "rm", svc);
    const ls = await both("service", "ls", "--filter", `name=${svc}`, "-q");
    expect(ls).toEqual({ lab: "", demo: "" });
    const h = hosts();
    const errors = await Promise.all(
      [h.lab, h.demo].map((host) =>
        dockerOn(host, "service", "ps", svc).then(
          () => "",
          (e: { stderr?: string }) => e.stderr ?? "",
        ),
      ),
    );
    expect(errors[1].trim()).toBe(errors[0].trim());
    expect(errors[1]).toContain(`no such service: ${svc}`);
  });

  it("stack deploy / ls / services / ps / rm", async () => {
    const file = path.join(dir, "stack.yml");
    fs.writeFileSync(
      file,
      `version: "3.8"\nservices:\n  web:\n    image: ${LAB_IMAGE}\n    command: sleep 86400\n    stop_grace_period: 1s\n    ports: ["18080:80"]\n    deploy:\n      replicas: 2\n  worker:\n    image: ${LAB_IMAGE}\n    command: sleep 86400\n    stop_grace_period: 1s\n    networks: [back]\nnetworks:\n  back: {}\n`,
    );
    const deployed = await both("stack", "deploy", "--resolve-image", "never", "-c", file, stack);
    expect(deployed.demo.split("\n").sort()).toEqual(deployed.lab.split("\n").sort());
    const ls = await both("stack", "ls");
    const row = (o: string) => parseCliTable(o).rows.find((r) => r.NAME === stack);
    expect(row(ls.demo)).toEqual(row(ls.lab));
    const services = await untilBoth(["stack", "services", stack], (o) => o.includes("2/2") && o.includes("1/1"));
    const strip = (o: string) => parseCliTable(o).rows.map((r) => ({ ...r, ID: "" }));
    expect(strip(services.demo)).toEqual(strip(services.lab));
    const ps = await untilBoth(["stack", "ps", stack], settled(3));
    expect(psShape(ps.demo)).toEqual(psShape(ps.lab));
    const removed = await both("stack", "rm", stack);
    expect(removed.demo.split("\n").sort()).toEqual(removed.lab.split("\n").sort());
    await untilBoth(["network", "ls", "--filter", `label=com.docker.stack.namespace=${stack}`, "-q"], (o) => o.trim() === "");
  });

  it("secret create / ls / rm and network create -d overlay / ls / rm", async () => {
    const h = hosts();
    const { execFile } = await import("node:child_process");
    const createSecret = (host: string) =>
      new Promise<string>((resolve, reject) => {
        const child = execFile("docker", ["secret", "create", secret, "-"], { env: { ...process.env, DOCKER_HOST: host } }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
        child.stdin!.end("s3cret value");
      });
    const ids = await Promise.all([createSecret(h.lab), createSecret(h.demo)]);
    expect(ids.map((id) => masked(id.trim()))).toEqual(["<id>", "<id>"]);
    const ls = await both("secret", "ls", "--filter", `name=${secret}`);
    expect(parseCliTable(ls.demo).header).toEqual(parseCliTable(ls.lab).header);
    expect(parseCliTable(ls.demo).rows.map((r) => r.NAME)).toEqual([secret]);
    const inspect = await both("secret", "inspect", "--format", "{{.Spec.Name}} {{.Spec.Data}}", secret);
    expect(inspect.demo).toBe(inspect.lab); // the engine never gives the data back
    expect(await both("secret", "rm", secret)).toEqual({ lab: `${secret}\n`, demo: `${secret}\n` });

    const created = await both("network", "create", "-d", "overlay", net);
    expect(masked(created.demo.trim())).toBe(masked(created.lab.trim()));
    const nls = await both("network", "ls", "--filter", `name=${net}`);
    const netRows = (o: string) => parseCliTable(o).rows.map((r) => ({ ...r, "NETWORK ID": "" }));
    expect(netRows(nls.demo)).toEqual(netRows(nls.lab));
    expect(await both("network", "rm", net)).toEqual({ lab: `${net}\n`, demo: `${net}\n` });
  });

  it("bad input answers alike: unknown service, stale version, duplicate name, unknown node", async () => {
    const h = hosts();
    const err = (host: string, ...args: string[]) =>
      dockerOn(host, ...args).then(
        () => "(no error)",
        (e: { stderr?: string }) => (e.stderr ?? "").trim(),
      );
    const cases = [
      ["service", "scale", "--detach", "no-such-service-x=2"],
      ["node", "update", "--availability", "drain", "no-such-node"],
      ["network", "rm", "no-such-network-x"],
      ["secret", "rm", "no-such-secret-x"],
    ];
    for (const args of cases) {
      const [a, b] = await Promise.all([err(h.lab, ...args), err(h.demo, ...args)]);
      expect(b, args.join(" ")).toBe(a);
    }
    const dup = uniqueName("dup");
    await both("service", "create", "--detach", "--no-resolve-image", "--stop-grace-period", "1s", "--name", dup, LAB_IMAGE, "sleep", "86400");
    try {
      const [a, b] = await Promise.all([h.lab, h.demo].map((host) => err(host, "service", "create", "--detach", "--no-resolve-image", "--name", dup, LAB_IMAGE)));
      expect(b).toBe(a);
    } finally {
      await both("service", "rm", dup);
    }
  });
});
