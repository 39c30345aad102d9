// Calls a test server's HTTP API: JSON in, the status, the parsed JSON (null when not JSON) and the raw text out.
export interface ApiAnswer {
  status: number;
  /** Parsed JSON (tests read whatever the route answered), null when the body is not JSON. */
  body: any;
  text: string;
}

export async function apiCall(port: number, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return readAnswer(res);
}

/** A fetch answer as tests read it: its status, its JSON (null when it is not JSON) and its text. */
export async function readAnswer(res: Response): Promise<ApiAnswer> {
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: res.status, body: parsed, text };
}
