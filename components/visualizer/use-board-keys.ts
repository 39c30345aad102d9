"use client";
// Arrow keys and Enter on the board: move the focus between column headers and task cards (board-keys.ts), Enter opens what the focused one links to.
import { type RefObject, useEffect } from "react";
import { type Cell, isBoardKey, nextCell } from "./board-keys";

/** A column of the board and a focusable cell in it (a column's header, a card that is not a leaving ghost). */
export const COLUMN_ATTR = "data-board-column";
export const CELL_ATTR = "data-board-cell";

function boardCells(board: HTMLElement): HTMLElement[][] {
  return [...board.querySelectorAll<HTMLElement>(`[${COLUMN_ATTR}]`)].map((column) => [...column.querySelectorAll<HTMLElement>(`[${CELL_ATTR}]`)]);
}

function locate(cells: HTMLElement[][], cell: Element | null): Cell | null {
  if (!cell) return null;
  for (let column = 0; column < cells.length; column++) {
    const row = cells[column].indexOf(cell as HTMLElement);
    if (row >= 0) return { column, row };
  }
  return null;
}

/** Listens while mounted. Keys count when the focus is on the board, or on nothing (the page itself: arrows then enter the board). */
export function useBoardKeys(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const board = ref.current;
      if (!board || e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const inBoard = active !== null && board.contains(active) && active !== board;
      const onPage = active === null || active === document.body || active === board;
      if (!inBoard && !onPage) return;
      const cell = inBoard ? active.closest(`[${CELL_ATTR}]`) : null;
      if (e.key === "Enter") {
        // On the cell itself (a link inside it follows itself): open what it links to.
        const link = cell === active ? cell?.querySelector<HTMLAnchorElement>("a[href]") : null;
        if (link) {
          e.preventDefault();
          link.click();
        }
        return;
      }
      if (!isBoardKey(e.key) || (!inBoard && !e.key.startsWith("Arrow"))) return;
      const cells = boardCells(board);
      const next = nextCell(
        cells.map((c) => c.length),
        locate(cells, cell),
        e.key,
      );
      if (inBoard) e.preventDefault(); // at an edge too: the board does not scroll under a focused card
      if (!next) return;
      e.preventDefault();
      const target = cells[next.column]?.[next.row];
      target?.focus();
      target?.scrollIntoView({ block: "nearest", inline: "nearest" });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [ref]);
}
