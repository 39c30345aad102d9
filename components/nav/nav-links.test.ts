// Unit tests of which nav link a path belongs to.
import { describe, expect, it } from "vitest";
import { activeHref } from "./nav-links";

describe("activeHref", () => {
  it("matches a page and the pages under it, and / only exactly", () => {
    expect(activeHref("/")).toBe("/");
    expect(activeHref("/networks")).toBe("/networks");
    expect(activeHref("/networks/abc123")).toBe("/networks");
    expect(activeHref("/networksx")).toBeNull();
    expect(activeHref("/services/web")).toBeNull();
    expect(activeHref("/services/new")).toBe("/services/new");
    expect(activeHref("/swarm")).toBe("/swarm");
    expect(activeHref(null)).toBeNull();
  });
});
