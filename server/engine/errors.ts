// The engine layer's error vocabulary, the one part of it other layers may use by value: an Engine API failure and a refused reference.
/** An Engine API failure, with the HTTP status when the engine answered. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly code: string | null,
    /** False when an HTTP error's body was not the engine's JSON (a proxy's page, say). */
    readonly engineBody = true,
  ) {
    super(message);
    this.name = "EngineError";
  }
  get notFound(): boolean {
    return this.status === 404;
  }
  /**
   * Refused for want of access, not for what was asked: HTTP 403 from a filtering proxy (docker-socket-proxy answers with
   * an HTML page, not the engine's JSON) or an authorization plugin. The engine's own 403s ("bridge is a pre-defined
   * network and cannot be removed") are about the object and do not count.
   */
  get accessRefused(): boolean {
    return this.status === 403 && (!this.engineBody || /authorization denied|forbidden|not allowed|read-only/i.test(this.message));
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
  const e = err as { statusCode?: number; json?: unknown; message?: string; code?: string; reason?: string };
  const status = typeof e?.statusCode === "number" ? e.statusCode : null;
  const engineMessage = typeof (e?.json as { message?: unknown })?.message === "string" ? (e.json as { message: string }).message : null;
  // Not the engine's JSON (e.g. a proxy's "403 Forbidden" page): its text without tags, short.
  const page = status !== null && engineMessage === null && e?.json != null ? plainText(String(e.json)) : null;
  const message = engineMessage || (page ? `HTTP ${status}: ${page}` : null) || e?.reason || e?.message || String(err);
  return new EngineError(message.trim(), status, e?.code ?? null, status === null || engineMessage !== null);
}

function plainText(body: string): string {
  return body
    .slice(0, 2000)
    .replace(/<[^>]{0,200}>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200);
}
