// Unit tests: YAML errors with lines, schema errors named by path and line, stack rules (images, declared secrets/networks, file paths).
import { describe, expect, it } from "vitest";
import { checkCompose, formatPath, normalizeFilePath } from "./compose-check";

const GOOD = `version: "3.8"
services:
  db:
    image: lab/busybox:1
    command: ["sleep", "1d"]
    volumes:
      - db_data:/var/lib/mysql
    secrets:
      - db_password
    networks: [back]
  web:
    image: lab/busybox:2
    depends_on: [db]
    ports:
      - "8080:80"
    networks: [back]
    deploy:
      replicas: 2
networks:
  back:
    driver: overlay
volumes:
  db_data: {}
secrets:
  db_password:
    file: ./db_password.txt
`;

describe("checkCompose", () => {
  it("accepts a WordPress-shaped stack and lists its images", () => {
    const r = checkCompose(GOOD);
    expect(r.problems).toEqual([]);
    expect(r.images).toEqual(["lab/busybox:1", "lab/busybox:2"]);
    expect(Object.keys(r.compose!.services)).toEqual(["db", "web"]);
  });

  it("names the line of a YAML syntax error", () => {
    const r = checkCompose("services:\n  web:\n    image: [a\n");
    expect(r.compose).toBeNull();
    expect(r.problems[0]).toMatchObject({ source: "compose", line: expect.any(Number) });
    expect(r.problems[0].message).toMatch(/^YAML syntax/);
  });

  it("names the path and line of a wrong port", () => {
    const r = checkCompose(GOOD.replace('- "8080:80"', '- "eighty"'));
    expect(r.problems).toEqual([{ source: "compose", path: "services.web.ports[0]", line: 15, message: expect.stringContaining("services.web.ports[0]: must be a port like") }]);
  });

  it("names a wrong type deep inside a long-syntax port", () => {
    const r = checkCompose(GOOD.replace('- "8080:80"', "- { target: abc, published: 8080 }"));
    expect(r.problems.map((p) => [p.path, p.line])).toEqual([["services.web.ports[0].target", 15]]);
    expect(r.problems[0].message).toBe("services.web.ports[0].target: must be integer");
  });

  it("names an unknown key with its own line", () => {
    const r = checkCompose(GOOD.replace("    depends_on: [db]", "    depends_on: [db]\n    replicaz: 3"));
    expect(r.problems).toEqual([
      { source: "compose", path: "services.web.replicaz", line: 14, message: 'services.web.replicaz: unknown key "replicaz" (not in the compose specification)' },
    ]);
  });

  it("names a wrong type", () => {
    const r = checkCompose(GOOD.replace("replicas: 2", "replicas: two"));
    expect(r.problems[0]).toMatchObject({ path: "services.web.deploy.replicas", line: 18, message: "services.web.deploy.replicas: must be integer" });
  });

  it("refuses version 2, a missing image, undeclared references, files outside the folder", () => {
    expect(checkCompose(GOOD.replace('"3.8"', '"2.4"')).problems[0].message).toMatch(/version 3\.x/);
    expect(checkCompose(GOOD.replace("    image: lab/busybox:2\n", "")).problems[0].message).toBe("services.web: needs an image (docker stack deploy does not build images)");
    expect(checkCompose(GOOD.replace("      - db_password\n", "      - other\n")).problems[0]).toMatchObject({ path: "services.db.secrets[0]", line: 9 });
    expect(checkCompose(GOOD.replace("networks: [back]\n  web", "networks: [front]\n  web")).problems[0].path).toBe("services.db.networks[0]");
    expect(checkCompose(GOOD.replace("- db_data:/var", "- nodata:/var")).problems[0].path).toBe("services.db.volumes[0]");
    expect(checkCompose(GOOD.replace("./db_password.txt", "../../etc/shadow")).problems[0].path).toBe("secrets.db_password.file");
    expect(checkCompose("services: {}").problems[0].message).toMatch(/at least one service/);
    expect(checkCompose("").problems[0].message).toMatch(/empty/);
    expect(checkCompose("- a\n- b").problems[0].message).toMatch(/mapping/);
    expect(checkCompose("a: 1\n---\nb: 2").problems[0].message).toMatch(/2 YAML documents/);
  });

  it("refuses a compose file over 1 MB", () => {
    const big = GOOD + `x-pad: "${"a".repeat(1024 * 1024)}"\n`;
    expect(checkCompose(big).problems[0].message).toMatch(/limit is 1048576 bytes \(1 MB\)/);
  });
});

describe("paths", () => {
  it("formats paths like docker's messages", () => {
    expect(formatPath(["services", "web", "ports", 0, "target"])).toBe("services.web.ports[0].target");
  });
  it("keeps file secrets next to the compose file", () => {
    expect(normalizeFilePath("./a/b.txt")).toBe("a/b.txt");
    for (const bad of ["/etc/passwd", "../x", "a/../../x", "~/x", "", "a b.txt", "$(id)"]) expect(normalizeFilePath(bad)).toBeNull();
  });
});

describe("files the CLI would read from the server's disk", () => {
  it("refuses absolute or escaping env_file paths and extends", () => {
    const withEnv = (v: string) => GOOD.replace("    depends_on: [db]", `    depends_on: [db]\n    env_file: ${v}`);
    expect(checkCompose(withEnv("/etc/passwd")).problems[0]).toMatchObject({ path: "services.web.env_file[0]", line: 14 });
    expect(checkCompose(withEnv("[ok.env, ../../x.env]")).problems.map((p) => p.path)).toEqual(["services.web.env_file[1]"]);
    expect(checkCompose(withEnv("./web.env")).problems).toEqual([]);
  });
});

describe("values that reach the engine's names and the CLI's interpolation", () => {
  const M = "/tmp/swarmscope-pwned-x";
  const PAYLOADS = [`x;touch ${M}`, `$(touch ${M})`, `\`touch ${M}\``, "a|b", "a&&b", "a\nb", `'"`, "--help", "-c=/etc/passwd"];

  it.each(PAYLOADS)("refuses the image %j at services.web.image", (p) => {
    const r = checkCompose(
      GOOD.replace("image: lab/busybox:2", () => `image: ${JSON.stringify(p)}`),
      "wp",
    );
    expect(r.problems.map((x) => x.path)).toEqual(["services.web.image"]);
    expect(r.problems[0].line).toBe(12);
  });

  it("names every object by Docker's rules once the stack's name is known", () => {
    const key = "w".repeat(30);
    expect(checkCompose(GOOD.replace("  web:\n", `  ${key}:\n`), "s".repeat(40)).problems.map((p) => [p.path, p.line])).toEqual([[`services.${key}`, 11]]);
    expect(checkCompose(GOOD.replace("  web:\n", `  ${key}:\n`), "s").problems).toEqual([]);
    expect(checkCompose(GOOD.replace("  web:\n", "  web.x:\n"), "wp").problems[0]).toMatchObject({
      path: "services.web.x",
      line: 11,
      message: expect.stringMatching(/service name "wp_web\.x" breaks Docker's rule/),
    });
    expect(checkCompose(GOOD.replace("    driver: overlay", '    name: "x;touch /tmp/p"'), "wp").problems.map((p) => p.path)).toEqual(["networks.back.name"]);
    expect(checkCompose(GOOD.replace("    file: ./db_password.txt", '    external:\n      name: "--help"'), "wp").problems.map((p) => p.path)).toEqual([
      "secrets.db_password.external.name",
    ]);
    expect(checkCompose(GOOD.replace("  db_data: {}", '  db_data:\n    name: "a|b"'), "wp").problems.map((p) => p.path)).toEqual(["volumes.db_data.name"]);
    expect(checkCompose(`${GOOD}configs:\n  c:\n    file: ./c.txt\n    name: "c."\n`, "wp").problems.map((p) => p.path)).toEqual(["configs.c.name"]);
    // A bridge network may have dots (the overlay rule is swarmkit's); a network key outside the spec's pattern may not.
    expect(checkCompose(GOOD.replace("    driver: overlay", "    driver: bridge\n    name: my.bridge"), "wp").problems).toEqual([]);
    expect(checkCompose(GOOD.replace("networks:\n  back:", 'networks:\n  "back;id": {}\n  back:'), "wp").problems.map((p) => p.path)).toEqual(["networks.back;id"]);
  });

  it("says a section key is not a name (not an unknown key of the specification)", () => {
    const r = checkCompose(GOOD.replace("  web:\n", `  "web;touch ${M}":\n`));
    expect(r.problems[0]).toMatchObject({ path: `services.web;touch ${M}`, message: expect.stringContaining("services names are letters, digits, . _ or -") });
  });

  it("refuses a $ the CLI would fill from the server's environment, even one written as a YAML escape, and reads $$ as $", () => {
    // (a function as replace's second argument: a string one would read $$ as $)
    const withEnv = (v: string) => GOOD.replace("    depends_on: [db]", () => `    depends_on: [db]\n    environment:\n      A: ${v}`);
    for (const v of [`"$(touch ${M})"`, '"\\x24{HOME}"', '"\\u0024HOME"', '"a$$$b"', "$1"]) {
      expect(checkCompose(withEnv(v)).problems.map((p) => [p.path, p.line])).toEqual([["services.web.environment.A", 15]]);
    }
    const ok = checkCompose(withEnv('"pa$$word; $$(kept for the container)"'));
    expect(ok.problems).toEqual([]);
    expect(ok.compose!.services.web.environment).toEqual({ A: "pa$word; $(kept for the container)" });
  });

  it("accepts shell characters where they only reach the container (command, env values, labels)", () => {
    const r = checkCompose(
      GOOD.replace(
        "    depends_on: [db]",
        `    depends_on: [db]\n    command: ["sh", "-c", "echo a; echo b | cat && touch /tmp/in-the-container"]\n    environment:\n      Q: "'\\"|&;<>\`"\n    labels:\n      note: "a;b"`,
      ),
    );
    expect(r.problems).toEqual([]);
  });

  it("turns an alias bomb into a problem, not a crash", () => {
    let y = 'x-a: &a ["x","x","x","x","x","x","x","x","x","x"]\n';
    let prev = "a";
    for (const n of "bcdefghij") {
      y += `x-${n}: &${n} [${Array(10).fill(`*${prev}`).join(",")}]\n`;
      prev = n;
    }
    expect(checkCompose(`${y}services:\n  web:\n    image: lab/busybox:1\n`).problems[0].message).toMatch(/^YAML: .*alias/);
  });
});
