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
