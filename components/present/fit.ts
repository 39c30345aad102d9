// How the projection view fits the board on one screen: text sizes from the screen's height, and cards → lines → chips → dots as columns fill up; pure.

/** What a task looks like on /present: a two-line card, a one-line card, a chip (letter + slot) or a dot (colour + pattern, no text). */
export type ItemMode = "card" | "line" | "chip" | "dot";

export interface FitInput {
  width: number;
  height: number;
  /** Columns on the board (nodes, plus "Unassigned" when shown). */
  columns: number;
  /** Tasks in the fullest column. */
  maxTasks: number;
  /** Longest chip label in characters (service letter + slot, e.g. "W12" = 3). */
  labelChars: number;
}

export interface Fit {
  /** Phone-sized screen: node columns stacked, the page scrolls vertically. */
  stacked: boolean;
  /** The smallest text on the board (px). */
  text: number;
  /** Node names (px). */
  nodeName: number;
  /** Heights of the fixed parts (px): title bar, narration strip, a node column's header. */
  barHeight: number;
  narrationHeight: number;
  headerHeight: number;
  /** Board padding and the gap between columns (px); a column's border width. */
  pad: number;
  border: number;
  columnGap: number;
  columnWidth: number;
  /** Height a column's tasks may use (px); Infinity when stacked. */
  listHeight: number;
  mode: ItemMode;
  /** One item's box (px) and how many sit side by side in a column. */
  itemWidth: number;
  itemHeight: number;
  perRow: number;
  itemGap: number;
  /** Whether everything fits without scrolling (always true when stacked). */
  fits: boolean;
}

/** Below this width the columns are stacked (phones). */
export const STACK_BELOW = 640;
const LINE = 1.3;
/** Average glyph width of the UI font, in em (for sizing chip labels). */
const GLYPH_EM = 0.62;
const MIN_DOT = 6;
const BORDER = 2;
const MAX_DOT = 28;

/** The smallest text size for a screen: 14 px at 720 px high, growing with the height (18+ px at 1080). */
export function textSize(width: number, height: number): number {
  const byHeight = (14 * height) / 720;
  // A wide-but-short or phone screen still keeps 14 px.
  return Math.max(14, Math.floor(Math.min(byHeight, (18 * Math.max(width, 1280)) / 1280)));
}

interface Sizes {
  text: number;
  itemGap: number;
}

function cardHeight({ text }: Sizes): number {
  return Math.ceil(text * LINE * 2 + 10);
}
function lineHeight({ text }: Sizes): number {
  return Math.ceil(text * LINE + 6);
}
function chipWidth({ text }: Sizes, labelChars: number): number {
  // pattern band + label + padding
  return Math.ceil(Math.max(3, labelChars) * text * GLYPH_EM + text * 0.5 + 10);
}

/** How many items of `width` fit side by side in `columnWidth`. */
function perRowOf(columnWidth: number, width: number, gap: number): number {
  return Math.max(1, Math.floor((columnWidth + gap) / (width + gap)));
}

function rowsHeight(count: number, perRow: number, height: number, gap: number): number {
  const rows = Math.ceil(count / perRow);
  return rows === 0 ? 0 : rows * height + (rows - 1) * gap;
}

export function fitBoard(input: FitInput): Fit {
  const { width, height, labelChars } = input;
  const columns = Math.max(1, input.columns);
  const maxTasks = Math.max(0, input.maxTasks);
  const stacked = width < STACK_BELOW;
  const text = textSize(width, height);
  const nodeName = Math.max(Math.round(text * 1.35), text + 2);
  const pad = Math.round(text * 0.6);
  const columnGap = Math.round(text * 0.5);
  const itemGap = Math.max(2, Math.round(text * 0.2));
  const barHeight = Math.ceil(text * 1.4 * LINE + pad);
  const narrationHeight = Math.ceil(text * LINE * 2 + text * 1.2 + pad);
  const headerHeight = Math.ceil(nodeName * LINE + text * LINE + text * 0.9);
  const columnWidth = stacked ? width - 2 * pad : Math.floor((width - 2 * pad - (columns - 1) * columnGap) / columns);
  const listHeight = stacked ? Infinity : height - barHeight - narrationHeight - headerHeight - 3 * pad;
  const sizes = { text, itemGap };
  const base = { stacked, text, nodeName, barHeight, narrationHeight, headerHeight, pad, border: BORDER, columnGap, columnWidth, listHeight, itemGap };
  // What a row of items may use: the column less its borders and the list's padding.
  const inner = columnWidth - 2 * BORDER - 2 * itemGap;

  const card = cardHeight(sizes);
  if (inner >= text * 7 && rowsHeight(maxTasks, 1, card, itemGap) <= listHeight) {
    return { ...base, mode: "card", itemWidth: inner, itemHeight: card, perRow: 1, fits: true };
  }
  const line = lineHeight(sizes);
  const lineWidth = Math.ceil(text * 6.5);
  if (inner >= lineWidth) {
    const perRow = Math.min(2, perRowOf(inner, lineWidth, itemGap));
    if (rowsHeight(maxTasks, perRow, line, itemGap) <= listHeight) {
      const w = Math.floor((inner - (perRow - 1) * itemGap) / perRow);
      return { ...base, mode: "line", itemWidth: w, itemHeight: line, perRow, fits: true };
    }
  }
  const chipW = chipWidth(sizes, labelChars);
  if (inner >= chipW) {
    const perRow = perRowOf(inner, chipW, itemGap);
    if (stacked || rowsHeight(maxTasks, perRow, line, itemGap) <= listHeight) {
      return { ...base, mode: "chip", itemWidth: chipW, itemHeight: line, perRow, fits: true };
    }
  }
  // Dots: the largest square that fits every task of the fullest column.
  for (let d = MAX_DOT; d >= MIN_DOT; d--) {
    const perRow = perRowOf(inner, d, itemGap);
    if (rowsHeight(maxTasks, perRow, d, itemGap) <= listHeight) return { ...base, mode: "dot", itemWidth: d, itemHeight: d, perRow, fits: true };
  }
  const perRow = perRowOf(inner, MIN_DOT, itemGap);
  return { ...base, mode: "dot", itemWidth: MIN_DOT, itemHeight: MIN_DOT, perRow, fits: stacked };
}
