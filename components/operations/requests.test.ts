// Unit tests of the action requests: paths, bodies, the docker CLI commands (as the server prints them) and what each follows.
import { describe, expect, it } from "vitest";
import { byId, node, service, task } from "@/test/fixtures/views";
import {
  availabilityRequest,
  createServiceRequest,
  nodeLabelsRequest,
  redeployRequest,
  removeNodeRequest,
  removeServiceRequest,
  roleRequest,
  rollbackRequest,
  scaleRequest,
  autolockRequest,
  rotateRequest,
  updateImageRequest,
} from "./requests";

const web = service({ id: "s1", name: "web", version: 41 });
const worker2 = node({ id: "w2", hostname: "worker2" });

describe("service requests", () => {
  it("scale", () => {
    expect(scaleRequest(web, 5)).toMatchObject({
      method: "POST",
      path: "/api/v1/services/s1/scale",
      body: { replicas: 5 },
      cli: "docker service scale web=5",
      follow: { kind: "service", sinceVersion: 41 },
    });
  });
  it("update image, rollback, redeploy, remove", () => {
    expect(updateImageRequest(web, "lab/busybox:2")).toMatchObject({ body: { image: "lab/busybox:2" }, cli: "docker service update --no-resolve-image --image lab/busybox:2 web" });
    expect(rollbackRequest(web)).toMatchObject({ path: "/api/v1/services/s1/rollback", cli: "docker service rollback web" });
    expect(redeployRequest(web)).toMatchObject({ path: "/api/v1/services/s1/redeploy", cli: "docker service update --force web" });
    expect(removeServiceRequest(web, "web")).toMatchObject({
      method: "DELETE",
      path: "/api/v1/services/s1",
      body: { confirm: "web" },
      cli: "docker service rm web",
      follow: { kind: "service-removal" },
    });
  });
  it("create uses the server's own docker service create rendering", () => {
    const r = createServiceRequest({
      name: "api",
      image: "lab/busybox:1",
      mode: "replicated",
      replicas: 2,
      args: ["sleep", "1d"],
      constraints: ["node.labels.zone==nowhere"],
      stopGracePeriod: 1,
    });
    expect(r.cli).toBe("docker service create --no-resolve-image --name api --replicas 2 --constraint node.labels.zone==nowhere --stop-grace-period 1s lab/busybox:1 sleep 1d");
    expect(r).toMatchObject({ method: "POST", path: "/api/v1/services", follow: { kind: "service", sinceVersion: null } });
  });
});

describe("node requests", () => {
  it("drain follows the tasks that have to move; active and pause follow nothing", () => {
    const tasks = byId(task({ id: "t1", serviceId: "s1", nodeId: "w2" }), task({ id: "t2", serviceId: "s1", nodeId: "w1" }));
    expect(availabilityRequest(worker2, "drain", tasks, byId(web))).toMatchObject({
      path: "/api/v1/nodes/w2/availability",
      body: { availability: "drain" },
      cli: "docker node update --availability drain worker2",
      follow: { kind: "drain", taskIds: ["t1"] },
    });
    expect(availabilityRequest(worker2, "active", tasks, byId(web)).follow).toEqual({ kind: "none" });
  });
  it("promote, demote, labels, remove", () => {
    expect(roleRequest(worker2, "manager")).toMatchObject({ body: { role: "manager" }, cli: "docker node promote worker2" });
    expect(roleRequest(worker2, "worker").cli).toBe("docker node demote worker2");
    expect(nodeLabelsRequest(worker2, { zone: "east" }, [])).toMatchObject({ body: { add: { zone: "east" } }, cli: "docker node update --label-add zone=east worker2" });
    expect(nodeLabelsRequest(worker2, {}, ["zone"])).toMatchObject({ body: { remove: ["zone"] }, cli: "docker node update --label-rm zone worker2" });
    expect(removeNodeRequest(worker2, "worker2")).toMatchObject({ method: "DELETE", path: "/api/v1/nodes/w2", cli: "docker node rm worker2" });
  });
  it("builds the admin's swarm requests with the CLI the server answers with", () => {
    expect(autolockRequest(true)).toMatchObject({ method: "POST", path: "/api/v1/swarm/autolock", body: { autolock: true }, cli: "docker swarm update --autolock=true" });
    expect(autolockRequest(false).cli).toBe("docker swarm update --autolock=false");
    expect(rotateRequest("worker-token")).toMatchObject({ path: "/api/v1/swarm/rotate", body: { what: "worker-token" }, cli: "docker swarm join-token --rotate -q worker" });
    expect(rotateRequest("unlock-key")).toMatchObject({ title: "Rotate the unlock key", cli: "docker swarm unlock-key --rotate -q" });
  });
});
