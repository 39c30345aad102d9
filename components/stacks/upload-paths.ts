// Which path an uploaded file stands for: the compose file's `file:` / `env_file:` entries with the same file name, else ./NAME; pure.

/** Paths named by `file:` and `env_file:` lines of a compose file (single values and simple lists; quotes removed). */
export function referencedPaths(compose: string): string[] {
  const out = new Set<string>();
  const clean = (s: string) => s.trim().replace(/^["']|["']$/g, "");
  for (const m of compose.matchAll(/^[ \t]*(?:-[ \t]*)?(?:file|env_file|path):[ \t]*(\S[^#\n]*)$/gm)) {
    const v = clean(m[1]);
    if (v.startsWith("["))
      v.slice(1, -1)
        .split(",")
        .map(clean)
        .filter(Boolean)
        .forEach((p) => out.add(p));
    else if (v) out.add(v);
  }
  for (const m of compose.matchAll(/^[ \t]*env_file:[ \t]*\n((?:[ \t]*-[ \t]*\S+[ \t]*\n?)+)/gm)) {
    for (const item of m[1].matchAll(/-\s*(\S+)/g)) out.add(clean(item[1]));
  }
  return [...out];
}

const baseName = (p: string) => p.split("/").filter(Boolean).at(-1) ?? p;

/** The key to upload `fileName` under: a referenced path with that file name, or ./fileName. */
export function uploadKey(fileName: string, referenced: readonly string[]): string {
  return referenced.find((p) => baseName(p) === fileName) ?? `./${fileName}`;
}
