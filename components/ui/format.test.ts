// Unit tests: formatting of bytes, CPUs, ids, clock times and ages.
import { describe, expect, it } from "vitest";
import { formatAgo, formatBytes, formatClock, formatCpus, MISSING, orDash, plural, shortId } from "./format";

describe("format", () => {
  it("never prints undefined or null", () => {
    expect(orDash(null)).toBe(MISSING);
    expect(orDash(undefined)).toBe(MISSING);
    expect(orDash("  ")).toBe(MISSING);
    expect(orDash(0)).toBe("0");
    expect(formatBytes(null)).toBe(MISSING);
    expect(formatCpus(undefined)).toBe(MISSING);
    expect(shortId(null)).toBe(MISSING);
    expect(formatClock(null)).toBe(MISSING);
    expect(formatClock("not a date")).toBe(MISSING);
    expect(formatClock("0001-01-01T00:00:00Z")).toBe(MISSING);
    expect(formatAgo(undefined, Date.now())).toBe(MISSING);
  });

  it("formats bytes in binary units", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(2 * 1024 ** 3)).toBe("2 GiB");
    expect(formatBytes(25_200_000_000)).toBe("23.5 GiB");
    expect(formatBytes(300 * 1024 ** 2)).toBe("300 MiB");
  });

  it("formats CPUs", () => {
    expect(formatCpus(4)).toBe("4 CPUs");
    expect(formatCpus(1)).toBe("1 CPU");
    expect(formatCpus(0.5)).toBe("0.5 CPU");
  });

  it("shortens ids like the docker CLI", () => {
    expect(shortId("vip4t0iphfycdfkzre9j446ul")).toBe("vip4t0iphfyc");
    expect(shortId("abcdef", 3)).toBe("abc");
  });

  it("shows local wall-clock time as HH:MM:SS", () => {
    const d = new Date(2024, 0, 2, 3, 4, 5);
    expect(formatClock(d.toISOString())).toBe("03:04:05");
  });

  it("says how long ago", () => {
    const now = Date.parse("2024-01-01T12:00:00Z");
    expect(formatAgo("2024-01-01T11:59:57Z", now)).toBe("3 s ago");
    expect(formatAgo("2024-01-01T12:00:05Z", now)).toBe("0 s ago"); // clock skew: never negative
    expect(formatAgo("2024-01-01T11:57:00Z", now)).toBe("3 min ago");
    expect(formatAgo("2024-01-01T09:00:00Z", now)).toBe("3 h ago");
    expect(formatAgo("2023-12-25T12:00:00Z", now)).toBe("7 d ago");
  });

  it("pluralises", () => {
    expect(plural(1, "task")).toBe("1 task");
    expect(plural(0, "task")).toBe("0 tasks");
  });
});
