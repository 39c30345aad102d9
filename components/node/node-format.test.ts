// The node page's fields follow docker node inspect --pretty: words, manager status, plugins by type, TLS subject and expiry.
import { describe, expect, it } from "vitest";
import { manager, node } from "@/test/fixtures/views";
import { identityFields, managerFields, platformFields, pluginGroups, statusFields, tlsFields } from "./node-format";

const NOW = Date.parse("2024-05-01T12:00:00Z");
const text = (fields: { label: string; value: string }[]) => fields.map((f) => `${f.label}: ${f.value}`);

describe("node fields", () => {
  it("describes identity and status in the CLI's words", () => {
    const n = node({ id: "n1", hostname: "worker1", createdAt: "2024-05-01T11:00:00Z", status: "down", statusMessage: "heartbeat failure", availability: "drain" });
    expect(text(identityFields(n, NOW))).toEqual(["ID: n1", "Hostname: worker1", "Role: Worker", "Joined at: 2024-05-01 11:00:00 UTC (about an hour ago)"]);
    expect(text(statusFields(n))).toEqual(["State: Down", "Message: Heartbeat failure", "Availability: Drain", "Address: 10.0.0.1"]);
    expect(text(statusFields(node({ id: "n2", addr: null })))).toEqual(["State: Ready", "Availability: Active", "Address: —"]);
  });
  it("has manager status for managers only", () => {
    expect(managerFields(node({ id: "w" }))).toBeNull();
    expect(text(managerFields(manager("m", true))!)).toEqual(["Leader: Yes", "Raft status: Reachable", "Address: 10.0.0.1:2377"]);
  });
  it("shows platform and resources, with dashes for what the engine did not say", () => {
    expect(text(platformFields(node({ id: "n", cpus: 2, memoryBytes: 2 * 1024 ** 3 })))).toEqual([
      "Operating system: linux",
      "Architecture: x86_64",
      "CPUs: 2 CPUs",
      "Memory: 2 GiB",
      "Engine version: 24.0.7",
    ]);
    expect(text(platformFields(node({ id: "n", os: null, cpus: null, memoryBytes: null, engineVersion: null })))).toContain("Engine version: —");
  });
});

describe("pluginGroups", () => {
  it("groups by type, types sorted, names in the engine's order", () => {
    expect(
      pluginGroups([
        { type: "Volume", name: "local" },
        { type: "Network", name: "overlay" },
        { type: "Network", name: "bridge" },
        { type: "Log", name: "json-file" },
      ]),
    ).toEqual([
      { type: "Log", names: ["json-file"] },
      { type: "Network", names: ["overlay", "bridge"] },
      { type: "Volume", names: ["local"] },
    ]);
    expect(pluginGroups([])).toEqual([]);
  });
});

describe("tlsFields", () => {
  it("decodes the issuer subject and says when the root CA expires", () => {
    const fields = tlsFields({ certIssuerSubject: "MBMxETAPBgNVBAMTCHN3YXJtLWNh", trustRootExpiry: "2044-05-01T12:00:00Z" }, NOW);
    expect(text(fields)).toEqual(["Issuer subject: CN=swarm-ca", "Root CA expires: 2044-05-01 12:00:00 UTC (in 20 years)"]);
  });
  it("shows dashes when the node has no TLS info", () => {
    expect(text(tlsFields({ certIssuerSubject: null, trustRootExpiry: null }, NOW))).toEqual(["Issuer subject: —", "Root CA expires: —"]);
  });
});
