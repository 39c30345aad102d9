// Unit tests of the networks API client: answers, refusals, and failures turned into words.
import { describe, expect, it } from "vitest";
import { readJson, sendNetworkAction } from "./network-api";

const answer = (status: number, body: string) => async () => new Response(body, { status, headers: { "content-type": "application/json" } });

describe("sendNetworkAction", () => {
  it("passes the server's report and its refusals through, with the field", async () => {
    const report = { ok: true, action: "network.create", cli: "docker network create --driver overlay x", message: "created", target: null, done: [], notDone: [], warnings: [] };
    expect(await sendNetworkAction("network.create", "POST", "/api/v1/networks", {}, answer(200, JSON.stringify(report)))).toEqual(report);
    const refusal = { ok: false, action: "network.create", error: "subnet 10.0.0.0/8 overlaps …", field: "subnet" };
    expect(await sendNetworkAction("network.create", "POST", "/api/v1/networks", {}, answer(409, JSON.stringify(refusal)))).toEqual(refusal);
  });
  it("turns non-JSON answers and a lost server into failures in words", async () => {
    expect(await sendNetworkAction("network.remove", "DELETE", "/x", {}, answer(502, "Bad gateway"))).toEqual({
      ok: false,
      action: "network.remove",
      error: "the server answered HTTP 502: Bad gateway",
    });
    const lost = await sendNetworkAction("network.remove", "DELETE", "/x", {}, async () => {
      throw new Error("Failed to fetch");
    });
    expect(lost).toEqual({ ok: false, action: "network.remove", error: "could not reach the Swarmscope server: Failed to fetch" });
  });
});

describe("readJson", () => {
  it("returns the value, or the server's error with its status", async () => {
    expect(await readJson("/a", answer(200, '{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
    expect(await readJson("/a", answer(404, '{"error":"no such network: x","field":"id"}'))).toEqual({ ok: false, status: 404, error: "no such network: x" });
    expect(await readJson("/a", answer(500, ""))).toEqual({ ok: false, status: 500, error: "the server answered HTTP 500" });
  });
});
