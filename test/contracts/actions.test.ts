// Unit tests: the action contracts (lib/actions) are what the server runs, and the API docs name every one of them.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTRACTS } from "@/lib/actions";
import { ACTIONS } from "@/server/actions";
import { ROUTES } from "@/server/http/router";

describe("action contracts", () => {
  it("the server runs exactly the contracts, with their name, method, path and role", () => {
    expect(ACTIONS.map((a) => [a.name, a.method, a.path, a.role])).toEqual(CONTRACTS.map((c) => [c.name, c.method, c.path, c.role]));
    for (const c of CONTRACTS) {
      const route = ROUTES.find((r) => r.method === c.method && r.path === c.path);
      expect(route, c.name).toMatchObject({ role: c.role, audit: c.name });
    }
  });

  it("docs/api.md names every action's method and path", () => {
    const docs = fs.readFileSync("docs/api.md", "utf8");
    for (const c of CONTRACTS) expect(docs, `${c.method} ${c.path}`).toContain(`${c.method} ${c.path}`);
  });
});
