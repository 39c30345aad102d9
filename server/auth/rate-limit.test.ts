// Unit tests for the login failure limiter: per address, per (address, user), the softer per-user limit, and bounded memory.
import { describe, expect, it } from "vitest";
import { FailureLimiter, KNOWN_ADDRESS_MS, KnownAddresses, keysToCheck, LOGIN_RULES, loginKeys, MAX_KEYS_PER_KIND } from "./rate-limit";

const clock = () => {
  const c = { t: 0, now: () => c.t };
  return c;
};

describe("failure limiter", () => {
  it("holds one address back on one name after 5 failures, not the same name from another address", () => {
    const c = clock();
    const l = new FailureLimiter(LOGIN_RULES, c.now);
    for (let i = 0; i < 5; i++) {
      expect(l.retryAfter(loginKeys("10.0.0.1", "admin"))).toBe(0);
      l.fail(loginKeys("10.0.0.1", "admin"));
      c.t += 1000;
    }
    expect(l.check(loginKeys("10.0.0.1", "admin"))).toEqual({ wait: 295, kind: "addr+user", id: "10.0.0.1 admin" });
    expect(l.retryAfter(loginKeys("10.0.0.1", "ADMIN"))).toBe(295); // names without case
    expect(l.retryAfter(loginKeys("10.0.0.2", "admin"))).toBe(0); // the real admin elsewhere
    expect(l.retryAfter(loginKeys("10.0.0.1", "alice"))).toBe(0); // the address may still sign in others
    c.t = 300_001;
    expect(l.retryAfter(loginKeys("10.0.0.1", "admin"))).toBe(0);
  });

  it("holds an address back after 20 failures across names", () => {
    const c = clock();
    const l = new FailureLimiter(LOGIN_RULES, c.now);
    for (let i = 0; i < 20; i++) {
      expect(l.retryAfter(loginKeys("10.0.0.9", `guess${i}`))).toBe(0);
      l.fail(loginKeys("10.0.0.9", `guess${i}`));
    }
    expect(l.check(loginKeys("10.0.0.9", "admin"))).toMatchObject({ wait: 300, kind: "addr" });
    expect(l.retryAfter(loginKeys("10.0.0.8", "admin"))).toBe(0);
  });

  it("the per-user limit is softer: attackers on other addresses need 50 tries before the admin's own address waits", () => {
    const c = clock();
    const l = new FailureLimiter(LOGIN_RULES, c.now);
    let tries = 0;
    for (let addr = 0; l.retryAfter(loginKeys("192.168.1.1", "admin")) === 0; addr++) {
      for (let i = 0; i < 5; i++) {
        const keys = loginKeys(`10.1.0.${addr}`, "admin");
        if (l.retryAfter(keys) > 0) break;
        l.fail(keys);
        tries++;
      }
      expect(addr).toBeLessThan(100);
    }
    expect(tries).toBe(50);
    expect(l.check(loginKeys("192.168.1.1", "admin"))).toMatchObject({ wait: 900, kind: "user" });
    c.t = 15 * 60_000 + 1;
    expect(l.retryAfter(loginKeys("192.168.1.1", "admin"))).toBe(0);
  });

  it("counts only failures inside the window (sliding): the oldest ageing out frees one try", () => {
    const c = clock();
    const l = new FailureLimiter({ k: { max: 3, windowMs: 10_000 } }, c.now);
    for (const t of [0, 4000, 8000]) {
      c.t = t;
      l.fail([{ kind: "k", id: "x" }]);
    }
    c.t = 9000;
    expect(l.retryAfter([{ kind: "k", id: "x" }])).toBe(1);
    c.t = 10_001;
    expect(l.retryAfter([{ kind: "k", id: "x" }])).toBe(0);
    l.fail([{ kind: "k", id: "x" }]);
    expect(l.retryAfter([{ kind: "k", id: "x" }])).toBe(4); // now the one at 4000 is the oldest of three
  });

  it("forgets a key's failures after a success", () => {
    const l = new FailureLimiter({ k: { max: 2, windowMs: 1000 } }, () => 0);
    l.fail([{ kind: "k", id: "a" }]);
    l.fail([{ kind: "k", id: "a" }]);
    expect(l.retryAfter([{ kind: "k", id: "a" }])).toBe(1);
    l.succeed([{ kind: "k", id: "a" }]);
    expect(l.retryAfter([{ kind: "k", id: "a" }])).toBe(0);
  });

  it("stays bounded under a flood of 100k made-up names and addresses inside one window", () => {
    const l = new FailureLimiter(LOGIN_RULES, () => 0);
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      l.fail(loginKeys(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, `made-up-${i}`));
      max = Math.max(max, l.size);
    }
    expect(max).toBeLessThanOrEqual(3 * MAX_KEYS_PER_KIND);
    expect(max).toBeGreaterThan(2 * MAX_KEYS_PER_KIND); // it really was full
    console.log(`flood: 100000 distinct names and addresses, most keys on record at once: ${max} (bound ${3 * MAX_KEYS_PER_KIND})`);
  });

  it("a flood of names from one address fills only the per-user maps: the address stays held back", () => {
    const l = new FailureLimiter(LOGIN_RULES, () => 0, 100);
    for (let i = 0; i < 20; i++) l.fail(loginKeys("10.0.0.66", `n${i}`));
    for (let i = 0; i < 1000; i++)
      l.fail([
        { kind: "user", id: `other${i}` },
        { kind: "addr+user", id: `x ${i}` },
      ]);
    expect(l.retryAfter(loginKeys("10.0.0.66", "admin"))).toBe(300);
    expect(l.size).toBeLessThanOrEqual(201);
  });
});

describe("known addresses", () => {
  it("remembers a successful sign-in's address for 30 days, names without case, bounded", () => {
    let t = 0;
    const known = new KnownAddresses(() => t, 100);
    known.remember("10.0.0.1", "Admin");
    expect(known.has("10.0.0.1", "admin")).toBe(true);
    expect(known.has("10.0.0.2", "admin")).toBe(false);
    expect(known.has("10.0.0.1", "alice")).toBe(false);
    t = KNOWN_ADDRESS_MS + 1;
    expect(known.has("10.0.0.1", "admin")).toBe(false);
    for (let i = 0; i < 10_000; i++) known.remember(`10.0.${i >> 8}.${i & 255}`, `u${i}`);
    expect(known.size).toBe(100);
  });

  it("with the route's rule, attackers elsewhere reach the per-user limit but the user's known address is not held back", () => {
    const l = new FailureLimiter(LOGIN_RULES, () => 0);
    const known = new KnownAddresses(() => 0);
    known.remember("192.168.1.1", "admin");
    const checkFor = (addr: string) => l.retryAfter(keysToCheck(loginKeys(addr, "admin"), known.has(addr, "admin")));
    for (let addr = 0; addr < 10; addr++) for (let i = 0; i < 5; i++) l.fail(loginKeys(`10.2.0.${addr}`, "admin"));
    expect(checkFor("10.9.9.9")).toBe(900); // any new address: the per-user limit
    expect(checkFor("192.168.1.1")).toBe(0); // the admin's usual address
    for (let i = 0; i < 5; i++) l.fail(loginKeys("192.168.1.1", "admin"));
    expect(checkFor("192.168.1.1")).toBe(300); // but guessing there is still limited per (address, user)
  });
});
