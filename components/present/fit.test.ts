// The projection view's fitting rules: from 3 nodes / 10 tasks to 10 nodes / 200 tasks at 1280×720 and 1920×1080, every task fits with readable text.
import { describe, expect, it } from "vitest";
import { fitBoard, textSize } from "./fit";

const SCREENS = [
  { width: 1280, height: 720, minText: 14, minNodeName: 14 },
  { width: 1920, height: 1080, minText: 18, minNodeName: 24 },
];
const NODES = [3, 4, 5, 7, 10];
const TOTALS = [10, 30, 60, 100, 150, 200];

/** The column heights and widths a fit uses, from its own numbers. */
function used(fit: ReturnType<typeof fitBoard>, columns: number, tasks: number) {
  const rows = Math.ceil(tasks / fit.perRow);
  const list = rows === 0 ? 0 : rows * fit.itemHeight + (rows - 1) * fit.itemGap;
  // As PresentView lays it out: bar, board (columns: borders, header, padded list; padding below), narration.
  const height = fit.barHeight + 2 * fit.border + fit.headerHeight + list + 2 * fit.itemGap + fit.pad + fit.narrationHeight;
  const width = 2 * fit.pad + columns * fit.columnWidth + (columns - 1) * fit.columnGap;
  const rowWidth = fit.perRow * fit.itemWidth + (fit.perRow - 1) * fit.itemGap;
  return { height, width, rowWidth };
}

describe("fitBoard", () => {
  for (const screen of SCREENS) {
    for (const nodes of NODES) {
      for (const total of TOTALS) {
        // Even spread, and the skewed case: one column holding three times its share (e.g. after a drain).
        for (const maxTasks of [Math.ceil(total / nodes), Math.min(total, 3 * Math.ceil(total / nodes))]) {
          it(`${screen.width}×${screen.height}: ${nodes} nodes, ${total} tasks (fullest column ${maxTasks})`, () => {
            const labelChars = total >= 100 ? 4 : 3;
            const fit = fitBoard({ width: screen.width, height: screen.height, columns: nodes, maxTasks, labelChars });
            expect(fit.fits).toBe(true);
            expect(fit.stacked).toBe(false);
            const u = used(fit, nodes, maxTasks);
            expect(u.height).toBeLessThanOrEqual(screen.height);
            expect(u.width).toBeLessThanOrEqual(screen.width);
            expect(u.rowWidth).toBeLessThanOrEqual(fit.columnWidth - 2 * fit.border - 2 * fit.itemGap);
            expect(fit.text).toBeGreaterThanOrEqual(screen.minText);
            expect(fit.nodeName).toBeGreaterThanOrEqual(screen.minNodeName);
          });
        }
      }
    }
  }

  it("shrinks cards to lines, chips and dots as a column fills", () => {
    const at = (maxTasks: number) => fitBoard({ width: 1280, height: 720, columns: 5, maxTasks, labelChars: 3 }).mode;
    expect(at(3)).toBe("card");
    expect(at(14)).toBe("line");
    expect(at(40)).toBe("chip");
    expect(at(200)).toBe("dot");
  });

  it("gives node columns the whole width", () => {
    const fit = fitBoard({ width: 1920, height: 1080, columns: 5, maxTasks: 4, labelChars: 3 });
    const u = used(fit, 5, 4);
    expect(1920 - u.width).toBeLessThan(5 + 2); // rounding only
  });

  it("stacks the columns on a phone and keeps the text readable", () => {
    const fit = fitBoard({ width: 390, height: 844, columns: 5, maxTasks: 40, labelChars: 3 });
    expect(fit.stacked).toBe(true);
    expect(fit.fits).toBe(true);
    expect(fit.text).toBeGreaterThanOrEqual(14);
    expect(fit.perRow * fit.itemWidth).toBeLessThanOrEqual(390);
    expect(fit.mode).not.toBe("dot");
  });

  it("text grows with the screen's height: 14 px at 720, at least 18 px at 1080", () => {
    expect(textSize(1280, 720)).toBe(14);
    expect(textSize(1920, 1080)).toBeGreaterThanOrEqual(18);
    expect(textSize(390, 844)).toBeGreaterThanOrEqual(14);
    expect(textSize(800, 400)).toBe(14);
  });
});
