// The admin page's calls to the users, share-links and audit API: JSON in, a result or the server's error text out (also for 404s and non-JSON).
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: string; field?: string };

/** What an answer means: its JSON on 2xx; otherwise the server's `error` (and `field`), or the status and the start of the text. */
export function readAnswer<T>(status: number, text: string): ApiResult<T> {
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (status >= 200 && status < 300) return { ok: true, data: body as T };
  const failure = (body ?? {}) as { error?: unknown; field?: unknown };
  const error = typeof failure.error === "string" && failure.error ? failure.error : `the server answered HTTP ${status}${text ? `: ${text.slice(0, 200)}` : ""}`;
  return typeof failure.field === "string" ? { ok: false, error, field: failure.field } : { ok: false, error };
}

export async function callApi<T>(method: "GET" | "POST" | "PUT" | "DELETE", path: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const res = await fetch(path, {
      method,
      cache: "no-store",
      headers: body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return readAnswer<T>(res.status, await res.text());
  } catch (err) {
    return { ok: false, error: `could not reach the Swarmscope server: ${(err as Error).message}` };
  }
}
