// Collects a check's problems up to a bound: past it they are only counted, so a file with 50,000 mistakes costs no more than one with 100.
import type { ComposeProblem } from "../../lib/stack-types";

/** The most problems one check reports; the rest are summed up in one last line. */
export const MAX_PROBLEMS = 100;

export class ProblemList {
  readonly items: ComposeProblem[] = [];
  private over = 0;

  constructor(private readonly source: ComposeProblem["source"]) {}

  get full(): boolean {
    return this.items.length >= MAX_PROBLEMS;
  }

  get size(): number {
    return this.items.length + this.over;
  }

  /** Adds a problem; `line` is a function so that it is only worked out for problems that are kept. */
  add(path: string | null, message: string, line: number | null | (() => number | null) = null): void {
    if (this.full) {
      this.over++;
      return;
    }
    this.items.push({ source: this.source, path, line: typeof line === "function" ? line() : line, message });
  }

  addAll(problems: readonly ComposeProblem[]): void {
    for (const p of problems) {
      if (this.full) this.over++;
      else this.items.push(p);
    }
  }

  /** The kept problems, plus one saying how many more there were. */
  list(): ComposeProblem[] {
    if (!this.over) return this.items;
    return [...this.items, { source: this.source, path: null, line: null, message: `… and ${this.over} more problems (the first ${MAX_PROBLEMS} are shown)` }];
  }
}
