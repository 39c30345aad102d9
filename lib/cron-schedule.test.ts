// Unit tests: cron expressions parse like robfig/cron's (seconds optional, names, descriptors), read in words, and give the next run.
import { describe, expect, it } from "vitest";
import { type CronSchedule, describeCron, nextRun, parseCron } from "./cron-schedule";

const cron = (e: string) => {
  const s = parseCron(e);
  if ("error" in s) throw new Error(s.error);
  return s as CronSchedule;
};
const at = (iso: string) => new Date(iso);

describe("describeCron", () => {
  it.each([
    ["* * * * *", "every minute"],
    ["*/5 * * * *", "every 5 minutes"],
    ["*/10 * * * * *", "every 10 seconds"],
    ["15 * * * *", "every hour at minute 15"],
    ["30 2 * * *", "every day at 02:30 UTC"],
    ["0 8 * * MON,FRI", "at 08:00 UTC on Monday, Friday"],
    ["0 0 1 * *", "at 00:00 UTC on day 1 of the month"],
    ["@hourly", "every hour at minute 0"],
    ["@daily", "every day at 00:00 UTC"],
    ["@every 1h30m", "every 1h30m (from when swarm-cronjob started)"],
  ])("%s → %s", (e, words) => expect(describeCron(cron(e))).toBe(words));
});

describe("nextRun", () => {
  it("finds the next matching time after now (UTC)", () => {
    expect(nextRun(cron("* * * * *"), at("2026-11-28T20:00:30Z"))?.toISOString()).toBe("2026-11-28T20:01:00.000Z");
    expect(nextRun(cron("30 2 * * *"), at("2026-11-28T20:00:00Z"))?.toISOString()).toBe("2026-11-29T02:30:00.000Z");
    expect(nextRun(cron("*/10 * * * * *"), at("2026-11-28T20:00:05Z"))?.toISOString()).toBe("2026-11-28T20:00:10.000Z");
    expect(nextRun(cron("0 8 * * MON"), at("2026-11-28T20:00:00Z"))?.toISOString()).toBe("2026-11-30T08:00:00.000Z");
    expect(nextRun(cron("0 0 29 2 *"), at("2026-11-28T20:00:00Z"))?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(nextRun(cron("@every 90s"), at("2026-11-28T20:00:00Z"))?.toISOString()).toBe("2026-11-28T20:01:30.000Z");
  });
});

describe("parseCron", () => {
  it.each(["* * *", "61 * * * *", "* * * 13 *", "*/0 * * * *", "@sometimes", "@every 0s", "a b c d e"])("refuses %s", (e) => {
    expect(parseCron(e)).toHaveProperty("error");
  });
});
