// What viewers may not read: values of env variables whose names look secret, and secrets inside values and commands (URL passwords, --password=…, Bearer …, PASSWORD=…).
import type { ServiceDetail, ServiceSpecDetail } from "../../lib/detail-types";

export const MASK = "••••••";

const SECRET_NAME = /PASS(WORD|WD)?|TOKEN|KEY|SECRET|CREDENTIAL|PRIVATE/i;

export function looksSecret(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Well-known flags whose value is a secret (--password=x, --password x, -token x), also with a prefix (--db-password). */
const SECRET_FLAGS = new Set(["password", "passwd", "pass", "token", "secret", "api-key", "apikey", "access-key", "secret-key", "auth"]);

export function isSecretFlag(flag: string): boolean {
  if (!flag.startsWith("-") || flag.startsWith("---")) return false;
  const name = flag.replace(/^--?/, "").toLowerCase().replaceAll("_", "-");
  if (SECRET_FLAGS.has(name)) return true;
  if (name.startsWith("no-")) return false; // --no-auth takes no value
  for (const word of SECRET_FLAGS) if (name.endsWith(`-${word}`)) return true;
  return false;
}

/** HTTP authorization schemes: the word after them is the credential. */
const AUTH_SCHEMES = new Set(["bearer", "basic", "digest", "token"]);

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
/** Characters of a KEY in KEY=value (and of a --flag). */
const isKeyChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
/** What may stand right before a KEY: the token's start, quotes, shell separators, a URL query's ? and &. */
const KEY_BOUNDARY = new Set(["'", '"', "(", ";", "&", "|", ",", "?", "{", "[", "`"]);
const QUOTES = new Set(["'", '"']);

/** Where a word's core starts and ends, without its quotes and trailing punctuation (loops, not a trailing regex: linear). */
function coreOf(word: string): [number, number] {
  let a = 0;
  let b = word.length;
  while (a < b && "'\"(".includes(word[a])) a++;
  while (b > a && "'\"),;".includes(word[b - 1])) b--;
  return [a, b];
}

/** Keeps a token's quotes and trailing punctuation around the mask: `'xyz',` → `'••••••',`. */
function maskWord(word: string): string {
  const [a, b] = coreOf(word);
  return a === b ? word : word.slice(0, a) + MASK + word.slice(b);
}

/**
 * scheme://user:password@host → scheme://user:••••••@host. From each "://" the authority is read up to the next / ? #,
 * quote or white space — each character is read once, so this is linear however many ':' and '@' the text holds.
 * The password runs from the first ':' to the LAST '@' of the authority (sloppy URLs leave '@' unencoded in passwords).
 */
function maskUrlPasswords(s: string): string {
  let out = "";
  let copied = 0;
  let from = 0;
  for (;;) {
    const scheme = s.indexOf("://", from);
    if (scheme < 0) break;
    const a = scheme + 3;
    let stop = a;
    let at = -1;
    let colon = -1;
    for (; stop < s.length; stop++) {
      const ch = s[stop];
      if (ch === "/" || ch === "?" || ch === "#" || ch === "'" || ch === '"' || isSpace(s.charCodeAt(stop))) break;
      if (ch === "@") at = stop;
      else if (ch === ":" && colon < 0) colon = stop;
    }
    if (at > 0 && colon >= 0 && colon < at && colon + 1 < at) {
      out += s.slice(copied, colon + 1) + MASK;
      copied = at;
    }
    from = stop;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Carried from one word (or argv element) to the next: the previous one announced a secret (--password, Bearer, Authorization:). */
interface ScanState {
  maskNext: boolean;
}

/** Whether a KEY of KEY=value names a secret: a well-known secret flag, or an env-style name that looks secret. */
function secretKey(key: string): boolean {
  if (!key) return false;
  if (key.startsWith("-")) return isSecretFlag(key);
  return !/^[0-9.]/.test(key) && looksSecret(key);
}

/**
 * KEY=value and --flag=value inside one word s[start, end): secret values masked. A value opening a quote runs to its
 * closing quote, even past white space; `lastQuote` tells where the last quote of each kind is, so an unclosed quote
 * costs no scan. Returns the text and where the word really ended.
 */
function maskPairs(s: string, start: number, end: number, lastQuote: Record<string, number>): { text: string; next: number } {
  let out = "";
  let copied = start;
  let search = start;
  for (;;) {
    const eq = s.indexOf("=", search);
    if (eq < 0 || eq >= end) break;
    let ks = eq;
    while (ks > start && isKeyChar(s.charCodeAt(ks - 1))) ks--;
    const atBoundary = ks === start || KEY_BOUNDARY.has(s[ks - 1]);
    if (!atBoundary || !secretKey(s.slice(ks, eq))) {
      search = eq + 1;
      continue;
    }
    let vs = eq + 1;
    let ve: number;
    const q = s[vs];
    if (QUOTES.has(q)) {
      vs++;
      const close = lastQuote[q] >= vs ? s.indexOf(q, vs) : -1;
      ve = close < 0 ? end : close;
      if (ve > end) {
        end = ve; // the quoted value ran past white space: the word goes on to the next white space after it
        while (end < s.length && !isSpace(s.charCodeAt(end))) end++;
      }
    } else {
      const inQuery = s[ks - 1] === "?" || s[ks - 1] === "&";
      ve = vs;
      while (ve < end && !QUOTES.has(s[ve]) && !(inQuery && (s[ve] === "&" || s[ve] === "#"))) ve++;
    }
    if (ve > vs) {
      out += s.slice(copied, vs) + MASK;
      copied = ve;
    }
    search = Math.max(ve, eq + 1);
  }
  return { text: out + s.slice(copied, end), next: end };
}

/** One pass over white-space separated words; `state` carries "the next word is a secret" across calls (argv elements). */
function maskWords(s: string, state: ScanState): string {
  const lastQuote = { "'": s.lastIndexOf("'"), '"': s.lastIndexOf('"') };
  let out = "";
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && isSpace(s.charCodeAt(j))) j++;
    if (j > i) {
      out += s.slice(i, j);
      i = j;
      continue;
    }
    let end = i;
    while (end < s.length && !isSpace(s.charCodeAt(end))) end++;
    const word = s.slice(i, end);
    const core = word.slice(...coreOf(word));
    const lower = core.toLowerCase();
    if (state.maskNext) {
      if (AUTH_SCHEMES.has(lower)) {
        out += word; // "Authorization: Bearer xyz": the scheme stays, the word after it is masked
        i = end;
        continue;
      }
      state.maskNext = false;
      if (!core.startsWith("-")) {
        out += maskWord(word);
        i = end;
        continue;
      }
    }
    if (AUTH_SCHEMES.has(lower) && lower !== "token") {
      state.maskNext = true; // Bearer xyz, Basic xyz
    } else if (core.endsWith(":") && core.length > 1 && (lower === "authorization:" || looksSecret(core.slice(0, -1)) || /auth/i.test(core))) {
      state.maskNext = true; // header style: "Authorization: …", "X-Api-Key: …"
    } else if (!core.includes("=") && isSecretFlag(core)) {
      state.maskNext = true; // --password x
    }
    const pairs = maskPairs(s, i, end, lastQuote);
    out += pairs.text;
    i = pairs.next;
  }
  return out;
}

/** Secrets inside free text (an env value, a command line): URL passwords, secret flags' values, Bearer tokens, SECRET=… pairs. Linear time. */
export function maskSecretsInText(text: string, state: ScanState = { maskNext: false }): string {
  return maskWords(maskUrlPasswords(text), state);
}

/** An argv list (command + args): each element masked as text, and `--password` `x` across elements masks `x` whole. */
export function maskArgv(argv: string[]): string[] {
  const state: ScanState = { maskNext: false };
  return argv.map((arg) => {
    if (state.maskNext) {
      const core = arg.trim();
      if (AUTH_SCHEMES.has(core.toLowerCase())) return arg;
      state.maskNext = false;
      if (core && !core.startsWith("-")) return MASK;
    }
    return maskSecretsInText(arg, state);
  });
}

export function maskEnv(env: { name: string; value: string }[]): { name: string; value: string }[] {
  return env.map((e) => (!e.value ? e : looksSecret(e.name) ? { ...e, value: MASK } : { ...e, value: maskSecretsInText(e.value) }));
}

function maskSpec(spec: ServiceSpecDetail): ServiceSpecDetail {
  // The entrypoint (command) and its args are one argv: `--password` at the end of one and its value in the other is caught.
  const argv = maskArgv([...spec.command, ...spec.args]);
  return { ...spec, env: maskEnv(spec.env), command: argv.slice(0, spec.command.length), args: argv.slice(spec.command.length) };
}

/** The service detail as viewers get it: env values, command and args masked where they hold secrets (current and previous spec). */
export function maskServiceDetail(detail: ServiceDetail): ServiceDetail {
  return { ...detail, spec: maskSpec(detail.spec), previousSpec: detail.previousSpec ? maskSpec(detail.previousSpec) : null };
}
