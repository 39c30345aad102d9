// Resolving a typed reference like the docker CLI: ID, name, unique ID prefix.
import { describe, expect, it } from "vitest";
import { decodeParam, resolveRef } from "./resolve-ref";

const items = {
  abc123: { id: "abc123", name: "web" },
  abd456: { id: "abd456", name: "api" },
  zzz999: { id: "zzz999", name: "abc123x" },
};
const nameOf = (i: { name: string }) => i.name;

describe("resolveRef", () => {
  it("finds by full ID, then name, then unique prefix", () => {
    expect(resolveRef(items, "abc123", nameOf)?.name).toBe("web");
    expect(resolveRef(items, "api", nameOf)?.id).toBe("abd456");
    expect(resolveRef(items, "abd", nameOf)?.id).toBe("abd456");
    expect(resolveRef(items, "zz", nameOf)?.name).toBe("abc123x");
  });
  it("answers null for unknown, empty or ambiguous references", () => {
    expect(resolveRef(items, "nope", nameOf)).toBeNull();
    expect(resolveRef(items, "", nameOf)).toBeNull();
    expect(resolveRef(items, "ab", nameOf)).toBeNull();
  });
});

describe("decodeParam", () => {
  it("decodes percent escapes and keeps malformed ones", () => {
    expect(decodeParam("my%20svc")).toBe("my svc");
    expect(decodeParam("100%")).toBe("100%");
  });
});
