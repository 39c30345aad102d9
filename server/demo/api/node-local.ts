// What a node's own engine would answer about containers, images and volumes: the demo runs no containers, so lists are empty and the rest says so in words.
import type { EngineNetwork } from "../../../lib/engine-types";
import { type Handler, ApiError } from "./call";
import { imageRefProblem } from "../../../lib/image-ref";
import { DEMO_NO_CONTAINERS } from "../../../lib/demo-engine";

export const listContainers: Handler = () => [];
export const inspectContainer: Handler = ({ params }) => {
  throw new ApiError(404, `No such container: ${params.id}`);
};
export const noContainers: Handler = () => {
  throw new ApiError(501, DEMO_NO_CONTAINERS);
};

/** The demo's nodes have every image (there is no registry to pull from, and nothing runs). */
const IMAGES = ["lab/busybox:1", "lab/busybox:2"];
function imageObject(name: string) {
  const id = `sha256:${Buffer.from(name).toString("hex").padEnd(64, "0").slice(0, 64)}`;
  return { Id: id, RepoTags: [name], RepoDigests: [], Created: "2026-01-01T00:00:00Z", Size: 1_300_000, Os: "linux", Architecture: "amd64", Config: { Labels: null } };
}
export const listImages: Handler = () =>
  IMAGES.map((name) => {
    const o = imageObject(name);
    return { Id: o.Id, RepoTags: o.RepoTags, RepoDigests: [], Created: 1767225600, Size: o.Size, SharedSize: -1, Labels: null, Containers: -1, ParentId: "" };
  });
export const inspectImage: Handler = ({ params }) => {
  if (imageRefProblem(params.name)) throw new ApiError(404, `No such image: ${params.name}`);
  return imageObject(params.name);
};
export const distribution: Handler = ({ params }) => {
  throw new ApiError(500, `the demo swarm has no image registry: ${params.name} was not resolved to a digest`);
};

export const listVolumes: Handler = () => ({ Volumes: [], Warnings: null });
export const listPlugins: Handler = () => [];

/** The networks every engine has on its own node (scope local), listed with the swarm's as GET /networks does. */
export const LOCAL_NETWORKS: EngineNetwork[] = [
  { name: "bridge", driver: "bridge", subnet: "172.17.0.0/16", gateway: "172.17.0.1" },
  { name: "docker_gwbridge", driver: "bridge", subnet: "172.18.0.0/16", gateway: "172.18.0.1" },
  { name: "host", driver: "host" },
  { name: "none", driver: "null" },
].map((n) => ({
  Id: Buffer.from(`swarmscope-demo-${n.name}`).toString("hex").padEnd(64, "0").slice(0, 64),
  Name: n.name,
  Created: "2026-01-01T00:00:00Z",
  Scope: "local",
  Driver: n.driver,
  EnableIPv6: false,
  Internal: false,
  Attachable: false,
  Ingress: false,
  IPAM: { Driver: "default", Config: n.subnet ? [{ Subnet: n.subnet, Gateway: n.gateway }] : [] },
  Options: {},
  Labels: {},
}));

export function localNetwork(ref: string): EngineNetwork | null {
  return LOCAL_NETWORKS.find((n) => n.Id === ref || n.Name === ref) ?? (ref.length >= 3 ? (LOCAL_NETWORKS.find((n) => n.Id.startsWith(ref)) ?? null) : null);
}
