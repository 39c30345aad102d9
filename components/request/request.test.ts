// Unit tests of the browser's request client against a fake fetch: what is sent, and one vocabulary for every way a request can fail.
import { describe, expect, it } from "vitest";
import { reportOf, request } from "./request";

const answering = (status: number, body: string) => async () => new Response(body, { status, headers: { "content-type": "application/json" } });

describe("request", () => {
  it("sends the method, JSON body and headers, and gives the 2xx JSON with its status", async () => {
    let seen: { url: string; init: RequestInit } | null = null;
    const answer = await request<{ users: string[] }>(
      "POST",
      "/api/v1/users",
      { name: "bob" },
      {
        fetchImpl: async (url, init) => {
          seen = { url, init };
          return new Response('{"users":["bob"]}', { status: 201 });
        },
      },
    );
    expect(answer).toEqual({ ok: true, status: 201, data: { users: ["bob"] } });
    expect(seen!.url).toBe("/api/v1/users");
    expect(seen!.init).toMatchObject({ method: "POST", body: '{"name":"bob"}', cache: "no-store", headers: { "content-type": "application/json", accept: "application/json" } });
  });

  it("sends no body and no content-type on a GET", async () => {
    let init: RequestInit | null = null;
    await request("GET", "/api/v1/me", undefined, {
      fetchImpl: async (_url, i) => {
        init = i;
        return new Response("{}", { status: 200 });
      },
    });
    expect(init!.body).toBeUndefined();
    expect(init!.headers).toEqual({ accept: "application/json" });
  });

  it("names the field of a 4xx and keeps the rest of the body", async () => {
    const answer = await request(
      "POST",
      "/api/v1/services/s1/scale",
      { replicas: -1 },
      { fetchImpl: answering(400, '{"ok":false,"error":"replicas: Too small","field":"replicas","cli":"docker service scale web=-1"}') },
    );
    expect(answer).toEqual({
      ok: false,
      status: 400,
      error: "replicas: Too small",
      field: "replicas",
      body: { ok: false, error: "replicas: Too small", field: "replicas", cli: "docker service scale web=-1" },
    });
  });

  it("says the status and the start of the text when the answer is not JSON", async () => {
    expect(await request("GET", "/api/v1/swarm", undefined, { fetchImpl: answering(502, "Bad Gateway") })).toEqual({
      ok: false,
      status: 502,
      error: "the server answered HTTP 502: Bad Gateway",
      body: null,
    });
    expect(await request("GET", "/api/v1/swarm", undefined, { fetchImpl: answering(500, "") })).toEqual({
      ok: false,
      status: 500,
      error: "the server answered HTTP 500",
      body: null,
    });
    const long = await request("GET", "/x", undefined, { fetchImpl: answering(503, "y".repeat(1000)) });
    expect(!long.ok && long.error).toBe(`the server answered HTTP 503: ${"y".repeat(200)}`);
  });

  it("does not throw on a 2xx answer that is not JSON", async () => {
    expect(await request("GET", "/x", undefined, { fetchImpl: answering(200, "<html>") })).toEqual({ ok: true, status: 200, data: null });
  });

  it("turns a JSON error without an error text into the status line", async () => {
    expect(await request("GET", "/x", undefined, { fetchImpl: answering(403, '{"reason":1}') })).toEqual({
      ok: false,
      status: 403,
      error: 'the server answered HTTP 403: {"reason":1}',
      body: { reason: 1 },
    });
    expect(await request("GET", "/x", undefined, { fetchImpl: answering(404, "[1]") })).toMatchObject({ ok: false, status: 404, body: null });
  });

  it("turns a network failure into the one unreachable sentence, status null", async () => {
    const answer = await request("GET", "/api/v1/me", undefined, {
      fetchImpl: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    expect(answer).toEqual({ ok: false, status: null, error: "could not reach the Swarmscope server: Failed to fetch", body: null });
  });

  it("turns a body that breaks while being read into the same sentence", async () => {
    const broken = new Response(new ReadableStream({ start: (c) => c.error(new Error("connection reset")) }), { status: 200 });
    expect(await request("GET", "/x", undefined, { fetchImpl: async () => broken })).toMatchObject({
      ok: false,
      status: null,
      error: "could not reach the Swarmscope server: connection reset",
    });
  });
});

describe("reportOf", () => {
  it("gives the 2xx JSON, or the server's failure as it wrote it", async () => {
    expect(reportOf(await request("POST", "/a", {}, { fetchImpl: answering(200, '{"ok":true,"message":"m"}') }))).toEqual({ ok: true, message: "m" });
    expect(reportOf(await request("POST", "/a", {}, { fetchImpl: answering(409, '{"ok":false,"error":"e","notDone":["x"]}') }), { cli: "c" })).toEqual({
      ok: false,
      error: "e",
      notDone: ["x"],
    });
  });
  it("turns a 2xx answer that is no report into a failure with the caller's fields", async () => {
    expect(reportOf(await request("POST", "/a", {}, { fetchImpl: answering(200, "<html>") }), { cli: "c" })).toEqual({
      ok: false,
      cli: "c",
      error: "the server answered HTTP 200",
    });
    expect(reportOf(await request("POST", "/a", {}, { fetchImpl: answering(200, '{"users":[]}') }))).toEqual({ ok: false, error: 'the server answered HTTP 200: {"users":[]}' });
  });
  it("adds the caller's fields when the body was no report", async () => {
    expect(reportOf(await request("POST", "/a", {}, { fetchImpl: answering(502, "Bad Gateway") }), { cli: "c" })).toEqual({
      ok: false,
      cli: "c",
      error: "the server answered HTTP 502: Bad Gateway",
    });
  });
});
