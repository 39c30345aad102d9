// Unit tests for masking secret-looking environment variables.
import { describe, expect, it } from "vitest";
import { MASK, looksSecret, maskEnv } from "./mask";

describe("env masking", () => {
  it("masks values whose names look secret, keeps the rest", () => {
    for (const n of ["DB_PASSWORD", "POSTGRES_PASSWD", "API_TOKEN", "AWS_SECRET_ACCESS_KEY", "ssh_private", "api_key"]) expect(looksSecret(n), n).toBe(true);
    for (const n of ["MODE", "GREETING", "PATH"]) expect(looksSecret(n), n).toBe(false);
    expect(maskEnv([{ name: "MODE", value: "prod" }, { name: "DB_PASSWORD", value: "hunter2" }, { name: "EMPTY_TOKEN", value: "" }])).toEqual([
      { name: "MODE", value: "prod" },
      { name: "DB_PASSWORD", value: MASK },
      { name: "EMPTY_TOKEN", value: "" },
    ]);
  });
});
