// Small builders of model objects for the visualizer's unit tests.
import type { NodeView, ServiceView, TaskView } from "@/lib/model-types";

export function node(patch: Partial<NodeView> & { id: string }): NodeView {
  return {
    version: 1,
    hostname: patch.id,
    role: "worker",
    availability: "active",
    status: "ready",
    statusMessage: null,
    addr: "10.0.0.1",
    manager: null,
    engineVersion: "24.0.7",
    os: "linux",
    arch: "x86_64",
    cpus: 2,
    memoryBytes: 2 * 1024 ** 3,
    labels: {},
    createdAt: "2024-01-01T00:00:00Z",
    updatedAt: "2024-01-01T00:00:00Z",
    ...patch,
  };
}

export function manager(id: string, leader: boolean, patch: Partial<NodeView> = {}): NodeView {
  return node({ id, role: "manager", manager: { leader, reachability: "reachable", addr: "10.0.0.1:2377" }, ...patch });
}

export function service(patch: Partial<ServiceView> & { id: string; name: string }): ServiceView {
  return {
    version: 1,
    mode: "replicated",
    replicas: 1,
    desired: 1,
    running: 1,
    completed: null,
    image: "nginx:1.25",
    ports: [],
    stack: null,
    labels: {},
    networks: [],
    constraints: [],
    update: null,
    createdAt: "2024-01-01T00:00:00Z",
    updatedAt: "2024-01-01T00:00:00Z",
    ...patch,
  };
}

export function task(patch: Partial<TaskView> & { id: string; serviceId: string }): TaskView {
  return {
    version: 1,
    slot: 1,
    nodeId: "n1",
    state: "running",
    desiredState: "running",
    message: "started",
    error: null,
    image: "nginx:1.25",
    containerId: null,
    exitCode: null,
    stateSince: "2024-01-01T00:00:00Z",
    networks: [],
    createdAt: "2024-01-01T00:00:00Z",
    updatedAt: "2024-01-01T00:00:00Z",
    ...patch,
  };
}

export function byId<T extends { id: string }>(...items: T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}
