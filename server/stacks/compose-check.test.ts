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
    expect(r.problems).toEqual([{ source: "compose", path: "services.web.replicaz", line: 14, message: 'services.web.replicaz: unknown key "replicaz" (not in the compose specification)' }]);
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
