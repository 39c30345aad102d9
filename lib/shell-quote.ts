// Renders a docker CLI command for people to copy: each argument quoted for a POSIX shell only when it needs it.
export function shellQuote(arg: string): string {
  // Bare only when every character is inert; a leading = is quoted too (zsh expands =word to a command's path).
  if (arg !== "" && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) && !arg.startsWith("=")) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function cliCommand(args: readonly string[]): string {
  return args.map(shellQuote).join(" ");
}
