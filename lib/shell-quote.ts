// Renders a docker CLI command for people to copy: each argument quoted for a POSIX shell only when it needs it.
export function shellQuote(arg: string): string {
  if (arg !== "" && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function cliCommand(args: readonly string[]): string {
  return args.map(shellQuote).join(" ");
}
