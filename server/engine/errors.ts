// The engine layer's error vocabulary, the one part of it other layers may use by value: an Engine API failure and a refused reference.
/** An Engine API failure, with the HTTP status when the engine answered. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "EngineError";
  }
  get notFound(): boolean {
    return this.status === 404;
  }
}

/** A reference that cannot name an engine object (see lib/engine-ref.ts): refused before any request is made. */
export class EngineInputError extends EngineError {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field} ${problem}`, 400, "bad-reference");
    this.name = "EngineInputError";
  }
}

export function toEngineError(err: unknown): EngineError {
  if (err instanceof EngineError) return err;
  const e = err as { statusCode?: number; json?: { message?: string }; message?: string; code?: string; reason?: string };
  const message = e?.json?.message || e?.reason || e?.message || String(err);
  return new EngineError(message.trim(), typeof e?.statusCode === "number" ? e.statusCode : null, e?.code ?? null);
}
