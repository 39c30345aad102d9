// Unit tests: the names actions send to the Engine API (and show in their CLI commands) refuse shell and option payloads, naming the field.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { imageRef, labelMap, objectName, serviceName } from "./schemas";
import { dataName } from "./swarm-data";

const M = "/tmp/swarmscope-pwned-x";
const PAYLOADS = [`x;touch ${M}`, `$(touch ${M})`, `\`touch ${M}\``, "a|b", "a&&b", "a\nb", `'"`, "--help", "-c=/etc/passwd", "../../etc/passwd"];

describe("action input names", () => {
  it.each(PAYLOADS)("refuses %j as a service, network, secret/config name, image and label key", (p) => {
    for (const rule of [serviceName, objectName, dataName, imageRef]) expect(rule.safeParse(p).success).toBe(false);
    const labels = z.strictObject({ add: labelMap }).safeParse({ add: { [p]: "v" } });
    expect(labels.error?.issues[0].path).toEqual(["add", p]);
  });

  it("keeps the label keys people use, and any value", () => {
    const keys = ["zone", "com.example.team", "traefik.http.routers.web-1.rule", "Team_Name", "example.com/owner", "a:b", "0"];
    expect(labelMap.safeParse(Object.fromEntries(keys.map((k) => [k, "x;touch /tmp/p $(id) `id` | && '\""]))).success).toBe(true);
  });

  it("says why an image reference is refused", () => {
    expect(imageRef.safeParse("lab/BusyBox:1").error?.issues[0].message).toMatch(/^not a valid image reference: "BusyBox" is not a repository path component/);
    expect(imageRef.safeParse("lab/busybox:1").success).toBe(true);
  });
});
