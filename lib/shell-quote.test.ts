// Unit tests: every CLI command shown to users, pasted into a real /bin/sh, gives back exactly its arguments and runs nothing else.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliCommand, shellQuote } from "./shell-quote";

const marker = path.join(os.tmpdir(), `swarmscope-pwned-${process.pid}-${Math.random().toString(36).slice(2)}`);
const PAYLOADS = [
  `x;touch ${marker}`,
  `$(touch ${marker})`,
  `\`touch ${marker}\``,
  "a|b",
  "a&&b",
  "a\nb",
  `'"`,
  "it's",
  "'",
  "",
  "  spaced  ",
  "$HOME",
  "${HOME}",
  "a\\b",
  "*",
  "~root",
  "#comment",
  "!1",
  "=ls",
  "{a,b}",
  "a>b",
  "<(id)",
  "--help",
  "-c=/etc/passwd",
  "../../etc/passwd",
  "\t",
  "ünïcødé",
];

/** What /bin/sh makes of the rendered command: its words, NUL-separated by printf. */
function shellWords(command: string): string[] {
  const out = execFileSync("/bin/sh", ["-c", `printf '%s\\0' ${command}`], { encoding: "utf8" });
  return out.split("\0").slice(0, -1);
}

afterAll(() => fs.rmSync(marker, { force: true }));

describe("shellQuote", () => {
  it("leaves plain words bare", () => {
    expect(cliCommand(["docker", "service", "scale", "web=3"])).toBe("docker service scale web=3");
    expect(shellQuote("registry:5000/team/app@sha256:abc")).toBe("registry:5000/team/app@sha256:abc");
    expect(shellQuote("--label-add")).toBe("--label-add");
  });

  it("quotes every value with a shell character, and the empty string", () => {
    const bare = ["--help", "-c=/etc/passwd", "../../etc/passwd"];
    for (const p of PAYLOADS.filter((p) => !bare.includes(p))) expect(shellQuote(p)).toMatch(/^'.*'$/s);
    for (const p of bare) expect(shellQuote(p)).toBe(p); // no shell character: the shell passes them on as they are
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote("=ls")).toBe("'=ls'");
  });

  it.each(PAYLOADS)("round-trips %j through /bin/sh as one argument, running nothing", (p) => {
    expect(shellWords(cliCommand(["docker", "node", "update", "--label-add", `k=${p}`, p]))).toEqual(["docker", "node", "update", "--label-add", `k=${p}`, p]);
    expect(fs.existsSync(marker)).toBe(false);
  });
});
