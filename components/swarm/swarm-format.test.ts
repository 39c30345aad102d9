// The swarm page's fields: counts, raft, dispatcher and CA in docker info's words, and nothing secret.
import { describe, expect, it } from "vitest";
import type { SwarmDetail } from "@/lib/detail-types";
import { swarmSections } from "./swarm-format";

const NOW = Date.parse("2024-05-01T12:00:00Z");
const detail: SwarmDetail = {
  swarm: {
    id: "la45umegglwsfnk424m83un27",
    createdAt: "2024-04-30T12:00:00Z",
    updatedAt: "2024-04-30T12:00:00Z",
    managers: 3,
    workers: 2,
    taskHistoryLimit: 5,
    autolock: false,
    raft: { snapshotInterval: 10000, electionTick: 10, heartbeatTick: 1 },
    dispatcherHeartbeatSeconds: 5,
    nodeCertExpirySeconds: 7776000,
    defaultAddrPool: ["10.240.0.0/16"],
  },
  caCertificateExpiry: "2044-04-25T12:00:00Z",
  rootRotationInProgress: false,
  dataPathPort: 4789,
  subnetSize: 24,
};
const flat = (d: SwarmDetail) => Object.fromEntries(swarmSections(d, NOW).flatMap((s) => s.fields.map((f) => [f.label, f.value])));

describe("swarmSections", () => {
  it("says what docker info says", () => {
    expect(flat(detail)).toEqual({
      "Cluster ID": "la45umegglwsfnk424m83un27",
      Created: "2024-04-30 12:00:00 UTC (24 hours ago)",
      Managers: "3",
      Workers: "2",
      Nodes: "5",
      "Task history limit": "5 per slot",
      "Default address pool": "10.240.0.0/16",
      "Subnet size": "/24",
      "Data path port": "4789",
      "Snapshot interval": "10000 entries",
      "Heartbeat tick": "1",
      "Election tick": "10",
      "Dispatcher heartbeat": "5 seconds",
      "CA certificate expires": "2044-04-25 12:00:00 UTC (in 19 years)",
      "Node certificate expiry": "3 months",
      "Root rotation in progress": "No",
      "Autolock managers": "Off",
    });
  });
  it("fills missing values with a dash, never null", () => {
    const values = Object.values(
      flat({
        ...detail,
        swarm: {
          ...detail.swarm,
          taskHistoryLimit: null,
          raft: { snapshotInterval: null, electionTick: null, heartbeatTick: null },
          dispatcherHeartbeatSeconds: null,
          nodeCertExpirySeconds: null,
          defaultAddrPool: [],
        },
        caCertificateExpiry: null,
        dataPathPort: null,
        subnetSize: null,
      }),
    );
    expect(values.filter((v) => v === "—")).toHaveLength(10);
    expect(values.join(" ")).not.toMatch(/null|undefined|NaN/);
  });
  it("never lists join tokens or the unlock key", () => {
    expect(Object.keys(flat(detail)).join(" ")).not.toMatch(/token|unlock key/i);
  });
});
