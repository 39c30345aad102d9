// Unit tests: settings sets override defaults, variables render with their forms, unresolved ones are named with their line.
import { describe, expect, it } from "vitest";
import { applySettings, lookup, mergeSettings, parseSettings, renderCompose } from "./settings";

const SETTINGS = `
mysql:
  image:
    version: "1"
wordpress:
  port: 8080
  replicas: 1
sets:
  prod:
    wordpress:
      port: 80
      replicas: 3
  dev: {}
`;

describe("parseSettings / mergeSettings", () => {
  it("splits defaults from named sets and merges a set deeply", () => {
    const p = parseSettings(SETTINGS);
    expect(p.problems).toEqual([]);
    expect(Object.keys(p.sets)).toEqual(["prod", "dev"]);
    const prod = mergeSettings(p.defaults, p.sets.prod);
    expect(lookup(prod, "wordpress.port")).toBe(80);
    expect(lookup(prod, "mysql.image.version")).toBe("1");
    expect(lookup(prod, "wordpress.missing")).toBeUndefined();
  });

  it("reports YAML errors with their line and a non-mapping document", () => {
    expect(parseSettings("a: 1\nb: [\n").problems[0]).toMatchObject({ source: "settings", line: expect.any(Number) });
    expect(parseSettings("- a\n- b").problems[0].message).toMatch(/mapping/);
    expect(parseSettings("a: 1\na: 2").problems[0].message).toMatch(/YAML/);
  });
});

describe("renderCompose", () => {
  const values = { wordpress: { port: 8080, tag: "" }, NAME: "x" };
  it("fills dotted, bare and defaulted variables and keeps $$", () => {
    const r = renderCompose("p: ${wordpress.port}\nn: $NAME\nd: ${nope:-5}\ne: ${wordpress.tag:-latest}\nf: ${wordpress.tag-latest}\ng: $$HOME\nh: ${wordpress.port:+yes}", values);
    expect(r.text).toBe("p: 8080\nn: x\nd: 5\ne: latest\nf: \ng: $$HOME\nh: yes");
    expect(r.unresolved).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it("names unresolved variables with their line, once each", () => {
    const r = renderCompose("a: 1\nb: ${db.password}\nc: ${db.password}", values);
    expect(r.unresolved).toEqual(["db.password"]);
    expect(r.problems).toEqual([{ source: "compose", path: null, line: 2, message: expect.stringContaining("${db.password} has no value") }]);
  });

  it("refuses groups, bad syntax and required values", () => {
    expect(renderCompose("a: ${wordpress}", values).problems[0].message).toMatch(/group of settings/);
    expect(renderCompose("a: ${1bad}", values).problems[0].message).toMatch(/invalid variable/);
    expect(renderCompose("a: ${x:?set x please}", values).problems[0].message).toMatch(/set x please/);
  });
});

describe("applySettings", () => {
  const compose = "services:\n  web:\n    image: lab/busybox:${mysql.image.version}\n    deploy:\n      replicas: ${wordpress.replicas}\n";
  it("renders with the defaults, or with a named set on top", () => {
    expect(applySettings(compose, SETTINGS, null).rendered).toContain("replicas: 1");
    const prod = applySettings(compose, SETTINGS, "prod");
    expect(prod.rendered).toContain("replicas: 3");
    expect(prod.sets).toEqual(["prod", "dev"]);
  });
  it("refuses an unknown set, naming the ones there are", () => {
    expect(applySettings(compose, SETTINGS, "staging").problems[0].message).toBe("no settings set named staging (the settings offer: prod, dev)");
  });
});

describe("values that would reach docker stack deploy", () => {
  it("writes a value's $ as $$, so the CLI's own interpolation reads it literally", () => {
    const r = renderCompose("a: ${pw}\nb: ${cmd}\nc: ${x:-lit$$}", { pw: "pa$word", cmd: "$(touch /tmp/p) ${HOME}" });
    expect(r.text).toBe("a: pa$$word\nb: $$(touch /tmp/p) $${HOME}\nc: lit$$");
    expect(r.problems).toEqual([]);
  });

  it("reads only the settings' own keys (constructor, __proto__ and toString are not settings)", () => {
    for (const name of ["constructor", "__proto__", "toString", "a.constructor"]) {
      expect(renderCompose(`x: \${${name}}`, { a: { b: 1 } }).unresolved).toEqual([name]);
    }
    const sets = applySettings("x: 1\n", SETTINGS, "constructor");
    expect(sets.problems[0]).toMatchObject({ source: "settings", path: "sets.constructor", message: expect.stringMatching(/^no settings set named constructor/) });
  });

  it("refuses set names a request could not choose", () => {
    const p = parseSettings('sets:\n  "x;touch /tmp/p": {}\n  "--help": {}\n  ok: {}\n');
    expect(p.problems.map((x) => x.path)).toEqual(["sets.x;touch /tmp/p", "sets.--help"]);
    expect(Object.keys(p.sets)).toEqual(["ok"]);
  });
});
