// Splits a streamed NDJSON answer (the deploy stream) into parsed lines as chunks arrive; pure.
export class NdjsonSplitter<T> {
  private buffer = "";

  /** Feeds a chunk of text; returns the complete lines it finished. A line that is not JSON is skipped. */
  push(chunk: string): T[] {
    this.buffer += chunk;
    const out: T[] = [];
    let nl: number;
    while ((nl = this.buffer.indexOf("\n")) !== -1) {
      const line = this.buffer.slice(0, nl).trim();
      this.buffer = this.buffer.slice(nl + 1);
      if (!line) continue;
      try {
        out.push(JSON.parse(line) as T);
      } catch {
        // not a line of ours
      }
    }
    return out;
  }

  /** The end of the stream: whatever is left, if it is a whole line. */
  end(): T[] {
    const rest = this.buffer;
    this.buffer = "";
    return rest.trim() ? this.push(`${rest}\n`) : [];
  }
}
