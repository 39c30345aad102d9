// Unit tests: the whole check — settings, compose, uploads — gives problems by source, the rendered file and a plan only when all is well.
import { describe, expect, it } from "vitest";
import { checkStack, stackInput } from "./input";

const live = { services: [], networks: [], secrets: [], configs: [] };
const COMPOSE = `services:
  db:
    image: lab/busybox:\${db.tag}
    secrets: [pw]
    env_file: ./db.env
secrets:
  pw:
    file: ./secrets/pw.txt
`;
const input = (patch: object) => stackInput.parse({ name: "wp", compose: COMPOSE, settings: "db:\n  tag: '1'\n", ...patch });
const files = { "./secrets/pw.txt": { data: "cHc=", encoding: "base64" }, "db.env": { data: "A=1\n" } };

describe("checkStack", () => {
  it("renders, validates and plans when the uploads are all there", () => {
    const r = checkStack(input({ files }), live);
    expect(r.problems).toEqual([]);
    expect(r.rendered).toContain("image: lab/busybox:1");
    expect(r.plan!.map((i) => `${i.action} ${i.kind} ${i.name}`)).toEqual(["create network wp_default", "create secret wp_pw", "create service wp_db"]);
    expect([...r.files.keys()].sort()).toEqual(["db.env", "secrets/pw.txt"]);
    expect(r.files.get("secrets/pw.txt")!.toString()).toBe("pw");
  });

  it("without the engine (no live objects): the files are checked and rendered, but nothing is planned and it is not ok to deploy", () => {
    const good = checkStack(input({ files }), null);
    expect(good).toMatchObject({ ok: false, problems: [], plan: null, compose: null });
    expect(good.rendered).toContain("image: lab/busybox:1");
    const bad = checkStack(input({}), null);
    expect(bad.problems.map((p) => p.path)).toEqual(["services.db.env_file", "secrets.pw.file"]);
  });

  it("names every missing upload, and plans nothing", () => {
    const r = checkStack(input({}), live);
    expect(r.ok).toBe(false);
    expect(r.plan).toBeNull();
    expect(r.problems.map((p) => [p.source, p.path])).toEqual([
      ["files", "services.db.env_file"],
      ["files", "secrets.pw.file"],
    ]);
  });

  it("refuses uploads with bad paths or sizes, never echoing their content", () => {
    const r = checkStack(input({ files: { ...files, "../x": { data: "secret-content" }, "empty.txt": { data: "" } } }), live);
    expect(r.problems.map((p) => p.path)).toEqual(["../x", "empty.txt"]);
    expect(JSON.stringify(r.problems)).not.toContain("secret-content");
  });

  it("reports settings problems and unresolved variables together", () => {
    const r = checkStack(input({ settings: "", files }), live);
    expect(r.unresolved).toEqual(["db.tag"]);
    expect(r.problems[0]).toMatchObject({ source: "compose", line: 3 });
  });
});

describe("names and paths that reach the CLI or the deploy folder", () => {
  it.each(["x;touch /tmp/p", "$(id)", "--help", "-c=/etc/passwd", "a\nb", "../x"])("refuses the settings set %j before anything is read", (set) => {
    const r = stackInput.safeParse({ name: "wp", compose: COMPOSE, settingsSet: set });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(["settingsSet"]);
  });

  it("checks the names the stack's objects get with the stack's own name", () => {
    const long = stackInput.parse({ name: "s".repeat(40), compose: COMPOSE.replace("  db:", `  ${"d".repeat(30)}:`), settings: "db:\n  tag: '1'\n", files });
    expect(checkStack(long, live).problems.map((p) => p.path)).toEqual([`services.${"d".repeat(30)}`]);
  });

  it("never lets an upload replace the compose file, share a path, or need a folder where a file is", () => {
    const extra = { "docker-compose.yml": { data: "services: {}" }, "./docker-compose.yml/x": { data: "x" }, "./db.env": { data: "B=2\n" }, "secrets/pw.txt/inner": { data: "x" } };
    const r = checkStack(input({ files: { ...files, ...extra } }), live);
    expect(r.ok).toBe(false);
    expect(r.problems.filter((p) => p.source === "files").map((p) => [p.path, p.message.replace(/^file "[^"]*": /, "")])).toEqual([
      ["docker-compose.yml", "the name docker-compose.yml is kept for the compose file itself"],
      ["./docker-compose.yml/x", "the name docker-compose.yml is kept for the compose file itself"],
      ["./db.env", 'the same file as "db.env"'],
      ["secrets/pw.txt/inner", "its folder secrets/pw.txt is another upload"],
    ]);
  });
});
