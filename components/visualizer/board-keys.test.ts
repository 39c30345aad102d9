// Arrow keys on the board: where each key goes from a cell, at the board's edges and between columns of different lengths.
import { describe, expect, it } from "vitest";
import { isBoardKey, nextCell } from "./board-keys";

// Three columns: a header with 3 cards, a header alone (an empty node), a header with 1 card.
const rows = [4, 1, 2];

describe("nextCell", () => {
  it("starts at the first column's first card, or its header when it has none", () => {
    expect(nextCell(rows, null, "ArrowDown")).toEqual({ column: 0, row: 1 });
    expect(nextCell([1, 3], null, "ArrowRight")).toEqual({ column: 0, row: 0 });
    expect(nextCell([], null, "ArrowDown")).toBeNull();
  });

  it("moves up and down within a column and stops at its ends", () => {
    expect(nextCell(rows, { column: 0, row: 1 }, "ArrowDown")).toEqual({ column: 0, row: 2 });
    expect(nextCell(rows, { column: 0, row: 3 }, "ArrowDown")).toBeNull();
    expect(nextCell(rows, { column: 0, row: 1 }, "ArrowUp")).toEqual({ column: 0, row: 0 });
    expect(nextCell(rows, { column: 0, row: 0 }, "ArrowUp")).toBeNull();
  });

  it("goes to the neighbouring column at the same row, or to its last cell when it is shorter", () => {
    expect(nextCell(rows, { column: 0, row: 3 }, "ArrowRight")).toEqual({ column: 1, row: 0 });
    expect(nextCell(rows, { column: 1, row: 0 }, "ArrowRight")).toEqual({ column: 2, row: 0 });
    expect(nextCell(rows, { column: 2, row: 1 }, "ArrowLeft")).toEqual({ column: 1, row: 0 });
    expect(nextCell(rows, { column: 0, row: 2 }, "ArrowLeft")).toBeNull();
    expect(nextCell(rows, { column: 2, row: 1 }, "ArrowRight")).toBeNull();
  });

  it("Home and End go to the column's header and last card", () => {
    expect(nextCell(rows, { column: 0, row: 2 }, "Home")).toEqual({ column: 0, row: 0 });
    expect(nextCell(rows, { column: 0, row: 2 }, "End")).toEqual({ column: 0, row: 3 });
    expect(nextCell(rows, { column: 1, row: 0 }, "End")).toBeNull();
  });

  it("a cell that is gone (its card left) counts as the nearest one still there", () => {
    expect(nextCell(rows, { column: 2, row: 5 }, "ArrowUp")).toEqual({ column: 2, row: 0 });
    expect(nextCell(rows, { column: 7, row: 0 }, "ArrowLeft")).toEqual({ column: 1, row: 0 });
  });

  it("knows its keys", () => {
    expect(isBoardKey("ArrowLeft")).toBe(true);
    expect(isBoardKey("Enter")).toBe(false);
    expect(isBoardKey("a")).toBe(false);
  });
});
