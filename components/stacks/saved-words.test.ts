// Unit tests: the editor names the last deploy's fate — deployed, still running, failed, interrupted by a restart.
import { describe, expect, it } from "vitest";
import type { SavedStack } from "@/lib/stack-types";
import { savedStackWords } from "./saved-words";

const saved = (over: Partial<SavedStack>): SavedStack => ({
  name: "wp",
  compose: "",
  settings: "",
  settingsSet: null,
  files: [],
  prune: false,
  deployedAt: "2026-12-03T06:00:00Z",
  state: "deployed",
  by: "ann",
  outcome: null,
  pid: null,
  ...over,
});

describe("savedStackWords", () => {
  it("names each state", () => {
    // One date format on every page: UTC, as the detail pages write it.
    expect(savedStackWords(saved({}))).toBe("Opened the compose file and settings last deployed 2026-12-03 06:00:00 UTC.");
    expect(savedStackWords(saved({ state: "deploying" }))).toMatch(/by ann started .* still running/);
    expect(savedStackWords(saved({ state: "failed", outcome: "docker stack deploy failed (exit code 1)" }))).toMatch(/failed: docker stack deploy failed \(exit code 1\)/);
    expect(savedStackWords(saved({ state: "interrupted", outcome: "the server stopped while docker stack deploy ran" }))).toMatch(
      /^The last deploy of these files was interrupted: the server stopped/,
    );
    expect(savedStackWords(saved({ files: ["pw.txt"] }))).toMatch(/upload the secret files again: pw\.txt/);
  });
  it("records from before deploys had a state read as deployed", () => {
    const old = saved({});
    delete (old as Partial<SavedStack>).state;
    expect(savedStackWords(old)).toMatch(/^Opened/);
  });
});
