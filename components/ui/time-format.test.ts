// Pins the detail pages' time words: UTC date-times, relative ages both ways, Go durations and docker info periods.
import { describe, expect, it } from "vitest";
import { formatDateTime, goDuration, periodWords, relativeTime } from "./time-format";

const NOW = Date.parse("2024-05-01T12:00:00Z");

describe("formatDateTime", () => {
  it("prints UTC to the second, and a dash when missing", () => {
    expect(formatDateTime("2024-05-01T10:02:03.123456789Z")).toBe("2024-05-01 10:02:03 UTC");
    expect(formatDateTime(null)).toBe("—");
    expect(formatDateTime("0001-01-01T00:00:00Z")).toBe("—");
    expect(formatDateTime("garbage")).toBe("—");
  });
});

describe("relativeTime", () => {
  it("says ago for the past and in … for the future", () => {
    expect(relativeTime("2024-05-01T11:55:00Z", NOW)).toBe("5 minutes ago");
    expect(relativeTime("2024-07-30T12:00:00Z", NOW)).toBe("in 3 months");
    expect(relativeTime(undefined, NOW)).toBe("—");
  });
});

describe("goDuration", () => {
  it.each([
    [0, "0s"],
    [0.5, "500ms"],
    [5, "5s"],
    [1.5, "1.5s"],
    [60, "1m0s"],
    [90, "1m30s"],
    [3600, "1h0m0s"],
    [7776000, "2160h0m0s"],
  ])("%d s → %s", (s, text) => {
    expect(goDuration(s)).toBe(text);
  });
  it("gives a dash for a missing value", () => {
    expect(goDuration(null)).toBe("—");
  });
});

describe("periodWords", () => {
  it("uses docker info's words", () => {
    expect(periodWords(7776000)).toBe("3 months");
    expect(periodWords(5)).toBe("5 seconds");
    expect(periodWords(null)).toBe("—");
  });
});
