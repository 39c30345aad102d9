// Unit tests: the audited path records every outcome — body refusals, validation refusals, run refusals, success — with its target.
import { Readable } from "node:stream";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ActionError } from "../actions/action";
import { auditedRoute } from "./audited-route";
import type { RouteCall } from "./route";

function call(body: string, params: Record<string, string> = {}) {
  const req = Object.assign(Readable.from([Buffer.from(body)]), { headers: { "content-type": "application/json" } }) as unknown as IncomingMessage;
  const sent: { status: number; body: any }[] = [];
  const res = { writeHead: (status: number) => sent.push({ status, body: null }), end: (text: string) => (sent.at(-1)!.body = JSON.parse(text)) } as unknown as ServerResponse;
  const records: any[] = [];
  const security = { record: (_who: unknown, what: unknown) => records.push(what) };
  return { c: { req, res, params, who: { name: "ann", role: "admin", local: false }, security, runtime: {} } as unknown as RouteCall, sent, records };
}

const route = auditedRoute({
  method: "POST",
  path: "/api/v1/things",
  role: "admin",
  audit: "thing.add",
  input: z.strictObject({ name: z.string().min(2) }),
  run({ name }) {
    if (name === "taken") throw new ActionError(409, "thing taken already exists", "name");
    return { body: { ok: true, name }, target: `thing-${name}` };
  },
});

describe("auditedRoute", () => {
  it("records and answers each outcome once, naming the field", async () => {
    const cases = [
      { body: "{not json", status: 400, field: "body", target: undefined },
      { body: "[1]", status: 400, field: "body", target: undefined },
      { body: '{"name":"x"}', status: 400, field: "name", target: "x" },
      { body: '{"name":"taken"}', status: 409, field: "name", target: "taken" },
      { body: '{"name":"ok"}', status: 200, field: undefined, target: "thing-ok" },
    ];
    for (const k of cases) {
      const { c, sent, records } = call(k.body);
      await route.handle(c);
      expect(sent, k.body).toHaveLength(1);
      expect(sent[0].status, k.body).toBe(k.status);
      expect(sent[0].body.field).toBe(k.field);
      expect(records, k.body).toEqual([expect.objectContaining({ action: "thing.add", status: k.status, ok: k.status === 200, target: k.target })]);
    }
  });

  it("a field the URL gives may not come in the body", async () => {
    const { c, sent, records } = call('{"id":"other"}', { id: "t1" });
    await route.handle(c);
    expect(sent[0]).toMatchObject({ status: 400, body: { field: "id", error: "id comes from the URL, not the body" } });
    expect(records[0]).toMatchObject({ target: "t1", ok: false });
  });
});
