// Unit tests for the login failure limiter.
import { describe, expect, it } from "vitest";
import { FailureLimiter } from "./rate-limit";

describe("failure limiter", () => {
  it("allows 5 failures per 5 minutes per key, then says how long to wait", () => {
    let t = 0;
    const l = new FailureLimiter(5, 300_000, () => t);
    for (let i = 0; i < 5; i++) {
      expect(l.retryAfter(["ip:a", "user:x"])).toBe(0);
      l.fail(["ip:a", "user:x"]);
      t += 1000;
    }
    expect(l.retryAfter(["ip:a"])).toBe(295);
    expect(l.retryAfter(["ip:b", "user:x"])).toBe(295);
    expect(l.retryAfter(["ip:b", "user:y"])).toBe(0);
    t = 300_001;
    expect(l.retryAfter(["ip:a"])).toBe(0);
  });
  it("forgets a key's failures after a success", () => {
    const l = new FailureLimiter(2, 1000, () => 0);
    l.fail(["k"]);
    l.fail(["k"]);
    expect(l.retryAfter(["k"])).toBe(1);
    l.succeed(["k"]);
    expect(l.retryAfter(["k"])).toBe(0);
  });
  it("forgets aged-out keys when many are on record", () => {
    let t = 0;
    const l = new FailureLimiter(5, 1000, () => t);
    for (let i = 0; i <= 10_000; i++) l.fail([`user:${i}`]);
    t = 2000;
    l.fail(["user:new"]);
    expect(l.size).toBe(1);
  });
});
