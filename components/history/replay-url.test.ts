import { describe, expect, it } from "vitest";
import { boardAt, isoAt, momentFromParams, queryWithMoment, replayPath } from "./replay-url";

describe("the board's moment in the URL", () => {
  it("is live without ?at= (or with an empty one)", () => {
    expect(momentFromParams(new URLSearchParams(""))).toEqual({ live: true });
    expect(momentFromParams(new URLSearchParams("at=%20"))).toEqual({ live: true });
  });

  it("reads an ISO time with its zone", () => {
    expect(momentFromParams(new URLSearchParams("at=2026-12-03T18:40:00.250%2B01:00"))).toEqual({
      live: false,
      raw: "2026-12-03T18:40:00.250+01:00",
      ms: Date.parse("2026-12-03T17:40:00.250Z"),
    });
  });

  it("keeps an unreadable one as written, for the server to refuse by name", () => {
    expect(momentFromParams(new URLSearchParams("at=yesterday"))).toEqual({ live: false, raw: "yesterday", ms: null });
    expect(replayPath("yesterday")).toBe("/api/v1/cluster?at=yesterday");
    expect(replayPath("2026-12-03T18:40:00+01:00")).toBe("/api/v1/cluster?at=2026-12-03T18%3A40%3A00%2B01%3A00");
  });

  it("writes a moment as ISO, keeping the other parameters, and drops it for live", () => {
    const ms = Date.parse("2026-12-03T17:40:00.000Z");
    expect(isoAt(ms + 0.4)).toBe("2026-12-03T17:40:00.000Z");
    expect(new URLSearchParams(queryWithMoment("service=web&history=1", ms)).get("at")).toBe("2026-12-03T17:40:00.000Z");
    expect(new URLSearchParams(queryWithMoment("service=web&history=1", ms)).get("service")).toBe("web");
    expect(queryWithMoment("service=web&at=2026-12-03T17%3A40%3A00.000Z", null)).toBe("service=web");
  });

  it("links the board and /present at an entry's moment", () => {
    expect(boardAt("2026-12-03T17:41:02.120Z")).toBe("/?at=2026-12-03T17%3A41%3A02.120Z");
    expect(boardAt("2026-12-03T17:41:02.120Z", "/present")).toBe("/present?at=2026-12-03T17%3A41%3A02.120Z");
  });
});
