// The script nonce read back from a page's CSP header, and nothing read from policies without one.
import { describe, expect, it } from "vitest";
import { cspNonce } from "./nonce";

describe("cspNonce", () => {
  it("reads the nonce of script-src", () => {
    const csp = "default-src 'self'; script-src 'self' 'nonce-AbC+/123456789012345=='; style-src 'self' 'unsafe-inline'";
    expect(cspNonce(csp)).toBe("AbC+/123456789012345==");
  });

  it.each([null, undefined, "", "default-src 'self'", "style-src 'nonce-abcdefabcdefabcdef'", "script-src 'self'", "script-src 'nonce-a\"b'"])("no nonce in %o", (csp) => {
    expect(cspNonce(csp)).toBeUndefined();
  });
});
