// Unit tests: image references by Docker's grammar (registry, path, tag, digest), shell payloads refused, and linear time on hostile input.
import { describe, expect, it } from "vitest";
import { imageRefProblem, isImageRef } from "./image-ref";

const HEX = "a".repeat(64);
const M = "/tmp/swarmscope-pwned-x";

describe("imageRefProblem", () => {
  it.each([
    "busybox",
    "lab/busybox:1",
    "nginx:1.25-alpine",
    "library/nginx:latest",
    "registry:5000/team/app",
    `registry:5000/team/app@sha256:${HEX}`,
    `nginx:1.25@sha256:${HEX}`,
    "localhost:5000/a",
    "[::1]:5000/a/b:c",
    "ghcr.io/org/a.b_c__d-e---f:V1.0_x",
    "Docker.io/x",
    "a:_tag",
    `a:${"t".repeat(128)}`,
  ])("accepts %s", (ref) => expect(imageRefProblem(ref)).toBeNull());

  it.each([
    ["", /empty/],
    [`x;touch ${M}`, /path component/],
    [`$(touch ${M})`, /path component/],
    [`\`touch ${M}\``, /path component/],
    ["a|b", /path component/],
    ["a&&b", /path component/],
    ["a\nb", /path component/],
    [`'"`, /path component/],
    ["--help", /path component/],
    ["-c=/etc/passwd", /path component/],
    ["../../etc/passwd", /path component/],
    ["lab/BusyBox:1", /"BusyBox" is not a repository path component/],
    ["a b", /path component/],
    ["a//b", /path component/],
    ["/a", /path component/],
    ["a/", /path component/],
    ["a:", /tag "" must be/],
    ["a:.x", /tag/],
    ["a:-x", /tag/],
    ["a:x;y", /tag/],
    [`a:${"t".repeat(129)}`, /tag/],
    ["a@sha256:abc", /digest/],
    [`a@sha256:${HEX}@x`, /digest/],
    [`a@$(id):${HEX}`, /digest/],
    [HEX, /image ID/],
    [`${"a".repeat(256)}:1`, /over 255/],
    ["x".repeat(513), /at most 512/],
  ])("refuses %j", (ref, why) => expect(imageRefProblem(ref)).toMatch(why));

  it("answers in linear time on input that makes backtracking regexes explode", () => {
    const hostile = ["a".repeat(500) + "!", `${"a-".repeat(120)}!`, `${"a.".repeat(120)}A`, `a@${"a-".repeat(200)}!`, `${"a".repeat(200)}.${"b".repeat(200)}/!`];
    const start = performance.now();
    for (const ref of hostile) expect(isImageRef(ref)).toBe(false);
    expect(performance.now() - start).toBeLessThan(50);
  });
});
