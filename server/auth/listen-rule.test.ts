// Unit tests for the listening rule.
import { describe, expect, it } from "vitest";
import { isLoopback, listenRefusal } from "./listen-rule";

describe("listen rule", () => {
  it("knows loopback addresses", () => {
    for (const h of ["127.0.0.1", "127.3.2.1", "::1", "[::1]", "localhost", "LOCALHOST"]) expect(isLoopback(h), h).toBe(true);
    for (const h of ["0.0.0.0", "::", "10.0.0.1", "128.0.0.1", "localhost.example.com", "127.0.0.1.nip.io"]) expect(isLoopback(h), h).toBe(false);
  });
  it("refuses a public address without auth, with how to configure it", () => {
    expect(listenRefusal("0.0.0.0", false)).toMatch(/SWARMSCOPE_ADMIN_PASSWORD.*npm run users -- add NAME --role admin/);
    expect(listenRefusal("0.0.0.0", true)).toBeNull();
    expect(listenRefusal("127.0.0.1", false)).toBeNull();
  });
});
