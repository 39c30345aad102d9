// Projection themes and service marks: every text colour ≥ 4.5:1 on what it sits on; letters and colour + pattern pairs unique.
import { describe, expect, it } from "vitest";
import { contrast, PALETTE, serviceMarks, THEMES } from "./theme";

describe("themes", () => {
  for (const theme of Object.values(THEMES)) {
    it(`${theme.name}: text colours reach 4.5:1 on page, column and card`, () => {
      for (const fg of [theme.text, theme.muted, theme.bad, theme.good]) {
        for (const bg of [theme.page, theme.column, theme.card]) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
  it("contrast is WCAG's", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 1);
  });
});

describe("serviceMarks", () => {
  it("ink on every palette colour reaches 4.5:1", () => {
    for (const mark of serviceMarks(PALETTE.map((_, i) => `svc${i}`)).values()) expect(contrast(mark.ink, mark.color)).toBeGreaterThanOrEqual(4.5);
  });
  it("gives letters from the names, unique, and colour + pattern pairs unique for 40 services", () => {
    const marks = serviceMarks(["web", "worker", "db", "db"]);
    expect(marks.get("db")?.letter).toBe("D");
    expect(marks.get("web")?.letter).toBe("W");
    expect(marks.get("worker")?.letter).toBe("O");
    const many = serviceMarks(Array.from({ length: 40 }, (_, i) => `s${i}`));
    expect(new Set([...many.values()].map((m) => m.letter)).size).toBe(36 + 1); // 36 letters and digits, then "?"
    expect(new Set([...many.values()].map((m) => `${m.color}/${m.pattern}`)).size).toBe(40);
  });
  it("is the same whatever order the names come in", () => {
    expect([...serviceMarks(["b", "a", "c"]).entries()].sort()).toEqual([...serviceMarks(["c", "b", "a"]).entries()].sort());
  });
});
