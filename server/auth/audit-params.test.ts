// Unit tests for the audit sanitizer: env and labels by name only in every shape, every action field that carries them, secret keys dropped.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ACTIONS } from "../actions";
import { envMap, labelMap } from "../../lib/actions/schemas";
import { withoutSecrets } from "./audit";

const SECRET = "s3cret-VALUE";
const leaks = (v: unknown) => JSON.stringify(withoutSecrets(v)).includes(SECRET);

/** Unwraps optional/default/nullable to the schema inside. */
function inner(s: z.ZodType): z.ZodType {
  let cur = s as z.ZodType & { unwrap?: () => z.ZodType; def?: { innerType?: z.ZodType } };
  for (let i = 0; i < 5; i++) {
    const next = cur.def?.innerType;
    if (!next) break;
    cur = next as typeof cur;
  }
  return cur;
}

describe("audit params", () => {
  it("keeps env names only, whatever the shape", () => {
    expect(withoutSecrets({ env: { DB_PASSWORD: SECRET, MODE: "prod" } })).toEqual({ env: ["DB_PASSWORD", "MODE"] });
    expect(withoutSecrets({ env: [`DB_PASSWORD=${SECRET}`, "MODE=prod", "BARE"] })).toEqual({ env: ["DB_PASSWORD", "MODE", "BARE"] });
    expect(
      withoutSecrets({
        env: [
          { name: "API_TOKEN", value: SECRET },
          { Name: "X", Value: SECRET },
          { key: "K", val: SECRET },
        ],
      }),
    ).toEqual({ env: ["API_TOKEN", "X", "K"] });
    expect(withoutSecrets({ env: `A=${SECRET}\nB=${SECRET}=x\n${SECRET}` })).toEqual({ env: ["A", "B", "(not logged)"] });
    expect(withoutSecrets({ env: [42, null, [SECRET], { value: SECRET }] })).toEqual({ env: ["(not logged)", "(not logged)", "(not logged)", "(not logged)"] });
    expect(withoutSecrets({ env: 12345 })).toEqual({ env: "(not logged)" });
  });

  it("per field: create-service env/labels, update-service envAdd/labelAdd, node.labels add, network/secret/config labels, container labels", () => {
    const bodies: [string, Record<string, unknown>, Record<string, unknown>][] = [
      ["service.create", { name: "web", env: { DB_PASSWORD: SECRET }, labels: { team: SECRET } }, { name: "web", env: ["DB_PASSWORD"], labels: ["team"] }],
      [
        "service.update",
        { envAdd: { API_TOKEN: SECRET }, envRemove: ["OLD"], labelAdd: { "com.x": SECRET }, labelRemove: ["y"] },
        { envAdd: ["API_TOKEN"], envRemove: ["OLD"], labelAdd: ["com.x"], labelRemove: ["y"] },
      ],
      ["node.labels", { add: { zone: SECRET }, remove: ["rack"] }, { add: ["zone"], remove: ["rack"] }],
      ["network.create", { name: "n", labels: { owner: SECRET } }, { name: "n", labels: ["owner"] }],
      ["secret.create", { name: "s", data: SECRET, labels: { a: SECRET } }, { name: "s", data: "(not logged)", labels: ["a"] }],
      ["config.create", { name: "c", data: SECRET, encoding: "utf8", labels: { a: SECRET } }, { name: "c", data: "(not logged)", encoding: "utf8", labels: ["a"] }],
      [
        "engine-style spec",
        { TaskTemplate: { ContainerSpec: { Env: [`K=${SECRET}`], Labels: { l: SECRET } } }, containerLabels: { c: SECRET } },
        { TaskTemplate: { ContainerSpec: { Env: ["K"], Labels: ["l"] } }, containerLabels: ["c"] },
      ],
      ["network attach", { add: ["frontend", "backend"], remove: [] }, { add: ["frontend", "backend"], remove: [] }],
    ];
    for (const [what, body, want] of bodies) {
      expect(withoutSecrets(body), what).toEqual(want);
      expect(leaks(body), what).toBe(false);
    }
  });

  it("every action input field built from envMap or labelMap is reduced to names", () => {
    const fields: string[] = [];
    for (const action of ACTIONS) {
      const shape = (action.input as unknown as { shape?: Record<string, z.ZodType> }).shape;
      expect(shape, action.name).toBeDefined();
      for (const [key, schema] of Object.entries(shape!)) {
        const s = inner(schema);
        if (s !== envMap && s !== labelMap) continue;
        fields.push(`${action.name}.${key}`);
        expect(leaks({ [key]: { SOME_NAME: SECRET } }), `${action.name}.${key}`).toBe(false);
        expect(JSON.stringify(withoutSecrets({ [key]: { SOME_NAME: SECRET } }))).toContain("SOME_NAME");
      }
    }
    // The walk really found them (the list grows when an action gains such a field; it may not shrink unnoticed).
    expect(fields.sort()).toEqual(
      expect.arrayContaining([
        "config.create.labels",
        "network.create.labels",
        "node.labels.add",
        "secret.create.labels",
        "service.create.env",
        "service.create.labels",
        "service.update.envAdd",
        "service.update.labelAdd",
      ]),
    );
  });

  it("keeps the SECRET_KEYS rule at any depth, and other fields as they are", () => {
    expect(withoutSecrets({ name: "s", replicas: 3, nested: [{ password: "p", token: "t", ok: true }], files: { a: { data: "x" } } })).toEqual({
      name: "s",
      replicas: 3,
      nested: [{ password: "(not logged)", token: "(not logged)", ok: true }],
      files: "(not logged)",
    });
  });

  it("nesting beyond 100 levels is cut, never a stack overflow", () => {
    let deep: unknown = { env: { K: SECRET } };
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(leaks(deep)).toBe(false);
  });
});

describe("audit params: secrets inside other text", () => {
  it("masks URL passwords, secret flags and SECRET=… in commands and args, as viewers see them", () => {
    expect(withoutSecrets({ command: ["app", "--password", SECRET], args: [`--token=${SECRET}`, `postgres://u:${SECRET}@db`, "plain"], note: `API_KEY=${SECRET} x` })).toEqual({
      command: ["app", "--password", "••••••"], // a list of strings is read as an argv
      args: ["--token=••••••", "postgres://u:••••••@db", "plain"],
      note: "API_KEY=•••••• x",
    });
  });
});
