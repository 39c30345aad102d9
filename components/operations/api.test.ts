// Unit tests of the API helper: reports, failures naming a field, and answers that are not the API's JSON.
import { describe, expect, it } from "vitest";
import { service } from "@/test/fixtures/views";
import { callAction, failureField } from "./api";
import { scaleRequest } from "./requests";

const request = scaleRequest(service({ id: "s1", name: "web" }), 3);
const answer = (status: number, body: string) => async () => new Response(body, { status, headers: { "content-type": "application/json" } });

describe("callAction", () => {
  it("sends the request's method, path and JSON body", async () => {
    let seen: { url: string; init: RequestInit } | null = null;
    await callAction(request, async (url, init) => {
      seen = { url, init };
      return new Response(JSON.stringify({ ok: true, cli: "x" }), { status: 200 });
    });
    expect(seen!.url).toBe("/api/v1/services/s1/scale");
    expect(seen!.init).toMatchObject({ method: "POST", body: '{"replicas":3}' });
  });

  it("returns a report and a failure as the server sent them", async () => {
    expect(await callAction(request, answer(200, '{"ok":true,"cli":"docker service scale web=3","message":"m"}'))).toMatchObject({ ok: true, message: "m" });
    const failure = await callAction(request, answer(400, '{"ok":false,"error":"replicas: Too big","field":"replicas"}'));
    expect(failure).toEqual({ ok: false, error: "replicas: Too big", field: "replicas" });
    expect(failureField(failure)).toBe("replicas");
  });

  it("turns a non-JSON answer or a network error into a failure", async () => {
    expect(await callAction(request, answer(502, "Bad Gateway"))).toMatchObject({
      ok: false,
      error: "the server answered HTTP 502: Bad Gateway",
      cli: "docker service scale web=3",
    });
    expect(
      await callAction(request, async () => {
        throw new TypeError("Failed to fetch");
      }),
    ).toMatchObject({ ok: false, error: "could not reach the Swarmscope server: Failed to fetch" });
  });
});
