// Readability on a page: every visible text's contrast with what lies under it (background colours composited up the tree), worst first.
import type { Page } from "@playwright/test";

export interface LowContrast {
  text: string;
  ratio: number;
  color: string;
  background: string;
}

/**
 * The texts of the page whose contrast ratio (WCAG) is below `min`. Disabled controls (opacity below 1 on the way up) and
 * hidden texts are left out; background images are not seen (the pages draw none under text).
 */
export function lowContrast(page: Page, min: number): Promise<LowContrast[]> {
  return page.evaluate((min) => {
    const ctx = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    ctx.canvas.width = ctx.canvas.height = 1;
    /** Any CSS colour (oklch, color-mix…) as sRGB 0–255 and alpha 0–1, as the browser paints it. */
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "#000";
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
    const luminance = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = (el: Element): number[] => {
      const layers: number[][] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] === 1) break;
      }
      return layers.reduceRight<number[]>((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    const dimmed = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1) return true;
      return false;
    };
    const found: { text: string; ratio: number; color: string; background: string }[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? "")
        .join("")
        .trim();
      if (!text || el.closest("[aria-hidden=true], script, style, noscript, title")) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.visibility !== "visible" || box.width === 0 || box.height === 0 || dimmed(el)) continue;
      const bg = background(el);
      const fg = over(rgba(style.color), bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < min)
        found.push({ text: text.slice(0, 60), ratio: Math.round(ratio * 100) / 100, color: style.color, background: `rgb(${bg.slice(0, 3).map(Math.round).join(" ")})` });
    }
    return found.sort((a, b) => a.ratio - b.ratio);
  }, min);
}
