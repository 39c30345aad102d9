// Counts the steps of the stack checks' own loops, so tests can prove the work grows linearly with the input (operation counts, not time).
let steps = 0;

/** One unit of work (a key visited, a line looked up, a variable filled…). */
export function step(n = 1): void {
  steps += n;
}

/** Runs fn and returns what it returned with the steps it took. */
export function metered<T>(fn: () => T): { result: T; steps: number } {
  const before = steps;
  const result = fn();
  return { result, steps: steps - before };
}
