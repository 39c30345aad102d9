// Unit tests: stack, service and settings-set names follow Docker's rules, refuse shell and option payloads, and match in linear time.
import { describe, expect, it } from "vitest";
import { serviceName } from "./actions/schemas";
import { DNS_COMPONENT, settingsSetName, stackName } from "./docker-names";

const M = "/tmp/swarmscope-pwned-x";
const PAYLOADS = [`x;touch ${M}`, `$(touch ${M})`, `\`touch ${M}\``, "a|b", "a&&b", "a\nb", `'"`, "../../etc/passwd", "--help", "-c=/etc/passwd", "a b", "", "a\u0000b"];

describe("names", () => {
  it("accepts Docker's names", () => {
    for (const n of ["wp", "my-stack", "a_b-c1", "A1"]) expect(stackName.safeParse(n).success).toBe(true);
    for (const n of ["prod", "dev", "eu-west.2", "Staging_1"]) expect(settingsSetName.safeParse(n).success).toBe(true);
  });

  it.each(PAYLOADS)("refuses %j as a stack, service or set name", (p) => {
    expect(stackName.safeParse(p).success).toBe(false);
    expect(serviceName.safeParse(p).success).toBe(false);
    expect(settingsSetName.safeParse(p).success).toBe(false);
  });

  it("is the engine's own service-name rule, without its exponential backtracking", () => {
    const engine = /^[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*$/; // swarmkit's form: fine on short strings only
    // Every string of up to 7 characters over a, -, _ and ; gives the same answer.
    let words = [""];
    for (let len = 1; len <= 7; len++) {
      words = words.flatMap((w) => ["a", "-", "_", ";"].map((c) => w + c));
      for (const w of words) if (DNS_COMPONENT.test(w) !== engine.test(w)) throw new Error(`rules differ on ${w}`);
    }
    const start = performance.now();
    for (const s of [`${"a".repeat(40)}!`, `${"a".repeat(63)}!`, `${"a-".repeat(30)}!`]) {
      expect(stackName.safeParse(s).success).toBe(false);
      expect(serviceName.safeParse(s).success).toBe(false);
    }
    expect(performance.now() - start).toBeLessThan(50);
  });
});
