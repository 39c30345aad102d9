// The projection view's light and dark themes, the colour-blind-safe service palette (Okabe–Ito) with a letter and a pattern per service, and WCAG contrast; pure.

export type ThemeName = "light" | "dark";

export interface Theme {
  name: ThemeName;
  page: string;
  column: string;
  columnBorder: string;
  /** Main and secondary text: both ≥ 4.5:1 on page and column. */
  text: string;
  muted: string;
  /** Card background (text on it ≥ 4.5:1). */
  card: string;
  bad: string;
  good: string;
}

export const THEMES: Record<ThemeName, Theme> = {
  dark: { name: "dark", page: "#0b0d12", column: "#161a22", columnBorder: "#3a4150", text: "#f4f6fa", muted: "#b9c0cc", card: "#232936", bad: "#ff9c8f", good: "#7ee0a8" },
  light: { name: "light", page: "#ffffff", column: "#f1f3f6", columnBorder: "#9aa3b2", text: "#10131a", muted: "#3e4552", card: "#ffffff", bad: "#a8200d", good: "#0b6b36" },
};

export function isThemeName(value: unknown): value is ThemeName {
  return value === "light" || value === "dark";
}

/** Okabe & Ito's palette, told apart by people with the common colour-vision deficiencies; grey stands in for black. */
export const PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"] as const;
export const PATTERNS = ["solid", "stripes", "dots", "checks", "cross"] as const;
export type Pattern = (typeof PATTERNS)[number];

export interface ServiceMark {
  /** One letter (or digit) naming the service on chips. */
  letter: string;
  color: string;
  /** Text colour on `color`, black or white, whichever contrasts more. */
  ink: string;
  pattern: Pattern;
}

function channel(hex: string, i: number): number {
  const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 … 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export function inkOn(background: string): string {
  return contrast(background, "#000000") >= contrast(background, "#ffffff") ? "#000000" : "#ffffff";
}

/**
 * Marks for every service, by name (sorted, so every screen agrees): colour from the palette in turn, a pattern that
 * changes every time the palette comes round (so colour + pattern pairs stay unique for 40 services), and a letter
 * from the name (the first not yet taken; else any free one).
 */
export function serviceMarks(names: readonly string[]): Map<string, ServiceMark> {
  const sorted = [...new Set(names)].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const taken = new Set<string>();
  const free = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  const marks = new Map<string, ServiceMark>();
  sorted.forEach((name, i) => {
    const fromName = [...name.toUpperCase()].find((c) => free.includes(c) && !taken.has(c));
    const letter = fromName ?? [...free].find((c) => !taken.has(c)) ?? "?";
    taken.add(letter);
    const color = PALETTE[i % PALETTE.length];
    marks.set(name, { letter, color, ink: inkOn(color), pattern: PATTERNS[Math.floor(i / PALETTE.length) % PATTERNS.length] });
  });
  return marks;
}

/** A CSS background drawing the pattern in `ink` over `color` (for the chip's band and for dots). */
export function patternBackground(pattern: Pattern, color: string, ink: string): string {
  const line = `${ink}99`;
  switch (pattern) {
    case "solid":
      return color;
    case "stripes":
      return `repeating-linear-gradient(45deg, ${line} 0 2px, ${color} 2px 6px)`;
    case "dots":
      return `radial-gradient(${line} 1.5px, ${color} 1.6px) 0 0 / 6px 6px`;
    case "checks":
      return `repeating-conic-gradient(${line} 0 25%, ${color} 0 50%) 0 0 / 8px 8px`;
    case "cross":
      return `repeating-linear-gradient(0deg, ${line} 0 2px, transparent 2px 6px), repeating-linear-gradient(90deg, ${line} 0 2px, ${color} 2px 6px)`;
  }
}
