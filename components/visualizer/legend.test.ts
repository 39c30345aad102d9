// Unit tests: legend entries and their running/desired words.
import { describe, expect, it } from "vitest";
import { MISSING } from "@/components/ui/format";
import { countsText, legendEntries } from "./legend";
import { service } from "@/test/fixtures/views";
import { NO_FILTER } from "./view-filter";

describe("countsText", () => {
  it("shows running/desired with a dash for what the engine did not say", () => {
    expect(countsText({ running: 4, desired: 6 })).toBe("4/6");
    expect(countsText({ running: null, desired: 6 })).toBe(`${MISSING}/6`);
    expect(countsText({ running: null, desired: null })).toBe(MISSING);
  });
});

describe("legendEntries", () => {
  const services = [
    service({ id: "1", name: "web", running: 6, desired: 6 }),
    service({ id: "2", name: "agent", mode: "global", replicas: null, running: 4, desired: 5 }),
    service({ id: "3", name: "shop_db", stack: "shop", running: null, desired: null }),
    service({ id: "4", name: "batch", mode: "replicated-job", running: 0, desired: 0 }),
  ];

  it("sorts by stack then name and names non-replicated modes", () => {
    const entries = legendEntries(services, NO_FILTER);
    expect(entries.map((e) => e.service.name)).toEqual(["agent", "batch", "web", "shop_db"]);
    expect(entries.map((e) => e.modeTag)).toEqual(["global", "job", null, null]);
    expect(entries.map((e) => e.counts)).toEqual(["4/5", "0/0", "6/6", MISSING]);
    expect(entries.map((e) => e.healthy)).toEqual([false, false, true, false]);
  });

  it("keeps a stack's services together, each group labelled once, even when a service outside it sorts among them by name", () => {
    const grouped = [
      service({ id: "a", name: "shop_web", stack: "shop" }),
      service({ id: "b", name: "shop_legacy" }),
      service({ id: "c", name: "shop_db", stack: "shop" }),
      service({ id: "d", name: "blog_web", stack: "blog" }),
    ];
    const entries = legendEntries(grouped, NO_FILTER);
    expect(entries.map((e) => e.service.name)).toEqual(["shop_legacy", "blog_web", "shop_db", "shop_web"]);
    expect(entries.map((e) => e.stackStart)).toEqual([null, "blog", "shop", null]);
  });

  it("marks the selected service and the ones the filter hides", () => {
    const entries = legendEntries(services, { ...NO_FILTER, service: "web" });
    expect(entries.filter((e) => e.selected).map((e) => e.service.name)).toEqual(["web"]);
    expect(entries.filter((e) => e.matches).map((e) => e.service.name)).toEqual(["web"]);
  });
});

describe("legendEntries problems", () => {
  it("carries the reason of a service below desired, null for the others", () => {
    const services = [service({ id: "1", name: "web", running: 1, desired: 1 }), service({ id: "2", name: "bad", running: 0, desired: 1 })];
    const entries = legendEntries(services, NO_FILTER, new Map([["2", "No such image: lab/no-such-image:1"]]));
    expect(entries.map((e) => [e.service.name, e.problem])).toEqual([
      ["bad", "No such image: lab/no-such-image:1"],
      ["web", null],
    ]);
    expect(legendEntries(services, NO_FILTER).every((e) => e.problem === null)).toBe(true);
  });
});
