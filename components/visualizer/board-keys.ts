// Arrow keys on the board, pure: the cells of each column (its header first, then its cards) and a key → the cell to focus next.

/** A cell on the board: column `column`, row `row` (row 0 is the column's header). */
export interface Cell {
  column: number;
  row: number;
}

export type BoardKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End";

export const BOARD_KEYS: readonly BoardKey[] = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"];

export function isBoardKey(key: string): key is BoardKey {
  return (BOARD_KEYS as readonly string[]).includes(key);
}

/**
 * The cell to focus after `key` from `at`, given how many cells each column has (`rows[c]` ≥ 1: the header).
 * Up/Down move within the column (stopping at its ends), Left/Right go to the neighbouring column at the same row
 * (or its last cell when it is shorter), Home/End to the column's header / last card. `at` null (nothing on the board
 * focused yet): the first card (or header) of the first column. Null when there is nowhere to go.
 */
export function nextCell(rows: readonly number[], at: Cell | null, key: BoardKey): Cell | null {
  if (rows.length === 0) return null;
  if (!at) return { column: 0, row: Math.min(1, rows[0] - 1) };
  const column = Math.min(Math.max(at.column, 0), rows.length - 1);
  const last = rows[column] - 1;
  const row = Math.min(Math.max(at.row, 0), last);
  switch (key) {
    case "ArrowUp":
      return row > 0 ? { column, row: row - 1 } : null;
    case "ArrowDown":
      return row < last ? { column, row: row + 1 } : null;
    case "Home":
      return row > 0 ? { column, row: 0 } : null;
    case "End":
      return row < last ? { column, row: last } : null;
    case "ArrowLeft":
    case "ArrowRight": {
      const to = column + (key === "ArrowLeft" ? -1 : 1);
      if (to < 0 || to >= rows.length) return null;
      return { column: to, row: Math.min(row, rows[to] - 1) };
    }
  }
}
