// The names of the settings sets a settings document offers (the keys under its top-level `sets:`), read line by line for the deploy page's choice; the server's parse stays the authority.
const SETS_LINE = /^sets:\s*(#.*)?$/;
const KEY_LINE = /^(\s+)([A-Za-z0-9_.-]+)\s*:/;

/** Keys one level under a block `sets:` mapping, in order; [] when there is none (a flow mapping `sets: {…}` is left to the server's check). */
export function settingsSetNames(settings: string): string[] {
  const names: string[] = [];
  const lines = settings.split(/\r?\n/);
  const start = lines.findIndex((l) => SETS_LINE.test(l));
  if (start < 0) return names;
  let indent: string | null = null;
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) break; // the next top-level key
    const key = KEY_LINE.exec(line);
    if (!key) continue;
    indent ??= key[1];
    if (key[1] === indent && !names.includes(key[2])) names.push(key[2]);
  }
  return names;
}
