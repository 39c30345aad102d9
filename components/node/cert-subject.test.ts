// Reading the engine's base64 DER issuer subject as "CN=…" text.
import { describe, expect, it } from "vitest";
import { distinguishedName } from "./cert-subject";

describe("distinguishedName", () => {
  it("reads a swarm CA subject as docker node inspect's lab shows it", () => {
    expect(distinguishedName("MBMxETAPBgNVBAMTCHN3YXJtLWNh")).toBe("CN=swarm-ca");
  });
  it("reads several attributes in order, including UTF-8 strings (made with openssl req -utf8)", () => {
    expect(distinguishedName("MEcxCzAJBgNVBAYTAkRFMRcwFQYDVQQKDA5BY21lIMOcbsOvY29kZTEMMAoGA1UECwwDb3BzMREwDwYDVQQDDAhzd2FybS1jYQ==")).toBe(
      "C=DE, O=Acme Ünïcode, OU=ops, CN=swarm-ca",
    );
  });
  it("answers null for nothing, non-base64 or bytes that are not a name", () => {
    expect(distinguishedName(null)).toBeNull();
    expect(distinguishedName("")).toBeNull();
    expect(distinguishedName("!!!")).toBeNull();
    expect(distinguishedName("AAAA")).toBeNull();
    expect(distinguishedName("MBMxETAPBgNVBAMTCHN3YXJt")).toBeNull(); // cut short
  });
});
