// Unit tests: the view filter's URL form and which services it lets through.
import { describe, expect, it } from "vitest";
import { service } from "@/test/fixtures/views";
import { filterFromParams, narrowsServices, NO_FILTER, queryWithFilter, serviceMatches } from "./view-filter";

const params = (query: string) => new URLSearchParams(query);

describe("filterFromParams", () => {
  it("reads q, service, stack and history", () => {
    expect(filterFromParams(params(""))).toEqual(NO_FILTER);
    expect(filterFromParams(params("q=%20Web%20&service=api&stack=shop&history=1"))).toEqual({
      q: "Web",
      service: "api",
      stack: "shop",
      history: true,
    });
    expect(filterFromParams(params("history=0&service=")).history).toBe(false);
    expect(filterFromParams(params("service=")).service).toBeNull();
  });
});

describe("queryWithFilter", () => {
  it("sets and clears parameters, keeping ones it does not own", () => {
    expect(queryWithFilter("", { q: "web" })).toBe("q=web");
    expect(queryWithFilter("q=web&other=1", { q: "" })).toBe("other=1");
    expect(queryWithFilter("q=web", { history: true })).toBe("q=web&history=1");
    expect(queryWithFilter("history=1", { history: false })).toBe("");
    expect(queryWithFilter("service=api", { service: null })).toBe("");
    expect(queryWithFilter("", { service: "my web", stack: "shop" })).toBe("service=my+web&stack=shop");
  });

  it("round-trips through filterFromParams", () => {
    const filter = { q: "a&b", service: "x=y", stack: "s", history: true };
    expect(filterFromParams(params(queryWithFilter("", filter)))).toEqual(filter);
  });
});

describe("serviceMatches", () => {
  const web = service({ id: "1", name: "shop_web", stack: "shop" });
  const api = service({ id: "2", name: "api", stack: null });

  it("lets everything through without a filter (history does not narrow)", () => {
    expect(narrowsServices({ ...NO_FILTER, history: true })).toBe(false);
    expect(serviceMatches(web, NO_FILTER)).toBe(true);
    expect(serviceMatches(undefined, NO_FILTER)).toBe(true);
  });

  it("matches q case-insensitively against service or stack name", () => {
    expect(serviceMatches(web, { ...NO_FILTER, q: "WEB" })).toBe(true);
    expect(serviceMatches(web, { ...NO_FILTER, q: "sho" })).toBe(true);
    expect(serviceMatches(api, { ...NO_FILTER, q: "sho" })).toBe(false);
    expect(serviceMatches(undefined, { ...NO_FILTER, q: "x" })).toBe(false);
  });

  it("matches service and stack exactly, and all parts together", () => {
    expect(serviceMatches(web, { ...NO_FILTER, service: "shop_web" })).toBe(true);
    expect(serviceMatches(web, { ...NO_FILTER, service: "shop_we" })).toBe(false);
    expect(serviceMatches(web, { ...NO_FILTER, stack: "shop" })).toBe(true);
    expect(serviceMatches(web, { ...NO_FILTER, stack: "sho" })).toBe(false);
    expect(serviceMatches(api, { ...NO_FILTER, stack: "shop" })).toBe(false);
    expect(serviceMatches(web, { ...NO_FILTER, stack: "shop", q: "api" })).toBe(false);
  });
});
