// Unit tests of how the request client reads the API's answers, errors and non-JSON refusals (moved from components/admin).
import { describe, expect, it } from "vitest";
import { readAnswer } from "./request";

describe("readAnswer", () => {
  it("gives the JSON of a 2xx answer", () => {
    expect(readAnswer(200, '{"users":[]}')).toEqual({ ok: true, data: { users: [] } });
    expect(readAnswer(201, '{"ok":true,"url":"/share/x"}')).toEqual({ ok: true, data: { ok: true, url: "/share/x" } });
  });
  it("gives the server's error and field", () => {
    expect(readAnswer(409, '{"ok":false,"error":"user bob already exists","field":"name"}')).toEqual({ ok: false, error: "user bob already exists", field: "name" });
    expect(readAnswer(404, '{"error":"no API route /api/v1/share-links"}')).toEqual({ ok: false, error: "no API route /api/v1/share-links" });
  });
  it("says the status (and the start of the text) when the answer is not the API's JSON", () => {
    expect(readAnswer(502, "Bad Gateway")).toEqual({ ok: false, error: "the server answered HTTP 502: Bad Gateway" });
    expect(readAnswer(500, "")).toEqual({ ok: false, error: "the server answered HTTP 500" });
  });
});
