// Unit tests for the Content-Security-Policy values (server/auth/csp.ts).
import { describe, expect, it } from "vitest";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { API_CSP, newNonce, pageCsp } from "./csp";

const directives = (csp: string) =>
  new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe("newNonce", () => {
  it("is 16 random bytes in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("pageCsp", () => {
  const nonce = "AAECAwQFBgcICQoLDA0ODw==";

  it("lets only this server's script files and nonce'd inline scripts run, in production without eval", () => {
    const d = directives(pageCsp(nonce, { dev: false }));
    expect(d.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(pageCsp(nonce, { dev: false })).not.toContain("unsafe-eval");
  });

  it("adds 'unsafe-eval' to script-src in dev mode only", () => {
    expect(directives(pageCsp(nonce, { dev: true })).get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'unsafe-eval'"]);
  });

  it("never allows inline scripts by 'unsafe-inline' (only styles), nor scripts inserted by script ('strict-dynamic')", () => {
    for (const dev of [false, true]) {
      const d = directives(pageCsp(nonce, { dev }));
      expect(d.get("script-src")).not.toContain("'unsafe-inline'");
      expect(d.get("script-src")).not.toContain("'strict-dynamic'");
      expect(d.get("style-src")).toContain("'unsafe-inline'");
    }
  });

  it("is what Next reads the nonce from", () => {
    const fresh = newNonce();
    expect(getScriptNonceFromHeader(pageCsp(fresh, { dev: false }))).toBe(fresh);
  });

  it("refuses a nonce that is not base64 (it could inject directives)", () => {
    expect(() => pageCsp("abc'; script-src *", { dev: false })).toThrow(/base64/);
    expect(() => pageCsp("", { dev: false })).toThrow(/base64/);
  });
});

describe("API_CSP", () => {
  it("loads nothing and refuses framing", () => {
    expect(directives(API_CSP)).toEqual(
      new Map([
        ["default-src", ["'none'"]],
        ["frame-ancestors", ["'none'"]],
      ]),
    );
  });
});
