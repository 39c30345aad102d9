// Unit tests of the network action requests: paths, bodies and the docker commands they stand for.
import { describe, expect, it } from "vitest";
import { service } from "@/test/fixtures/views";
import { createNetworkRequest, removeNetworkRequest, serviceNetworksRequest } from "./network-requests";

describe("network requests", () => {
  it("creates with the form's body and docker network create", () => {
    const r = createNetworkRequest({ name: "collabnet", driver: "overlay", attachable: true, subnet: "10.250.9.0/24" });
    expect(r).toMatchObject({
      action: "network.create",
      title: "Create overlay network collabnet",
      method: "POST",
      path: "/api/v1/networks",
      body: { name: "collabnet", driver: "overlay", attachable: true, subnet: "10.250.9.0/24" },
      cli: "docker network create --driver overlay --attachable --subnet 10.250.9.0/24 collabnet",
      follow: { kind: "none" },
    });
  });
  it("removes by ID, showing the name in the command", () => {
    expect(removeNetworkRequest({ id: "abc 1", name: "collab net" })).toMatchObject({
      method: "DELETE",
      path: "/api/v1/networks/abc%201",
      body: {},
      cli: "docker network rm 'collab net'",
    });
  });
  it("attaches and detaches as a service update, following the service from its current version", () => {
    const web = service({ id: "s1", name: "web", version: 42 });
    expect(serviceNetworksRequest(web, { add: ["collabnet"] })).toMatchObject({
      title: "Attach web to collabnet",
      path: "/api/v1/services/s1/networks",
      body: { add: ["collabnet"] },
      cli: "docker service update --network-add collabnet web",
      follow: { kind: "service", sinceVersion: 42 },
    });
    expect(serviceNetworksRequest(web, { remove: ["collabnet"] })).toMatchObject({
      title: "Detach web from collabnet",
      body: { remove: ["collabnet"] },
      cli: "docker service update --network-rm collabnet web",
    });
  });
});
