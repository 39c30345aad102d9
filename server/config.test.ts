// Unit tests for server settings from the environment: the audit file's size limit.
import { describe, expect, it } from "vitest";
import { DEFAULT_AUDIT_MAX_BYTES } from "./auth/audit";
import { configFromEnv } from "./config";

describe("config", () => {
  it("SWARMSCOPE_AUDIT_MAX_BYTES: default 10 MB, whole bytes ≥ 1024, anything else refused at start", () => {
    expect(configFromEnv({}, []).auditMaxBytes).toBe(DEFAULT_AUDIT_MAX_BYTES);
    expect(DEFAULT_AUDIT_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(configFromEnv({ SWARMSCOPE_AUDIT_MAX_BYTES: " 4096 " }, []).auditMaxBytes).toBe(4096);
    for (const bad of ["1023", "-5", "1e6", "10MB", "0x1000", "12.5", "99999999999999999999"]) {
      expect(() => configFromEnv({ SWARMSCOPE_AUDIT_MAX_BYTES: bad }, []), bad).toThrow(/SWARMSCOPE_AUDIT_MAX_BYTES/);
    }
  });
});
