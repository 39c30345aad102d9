// docker-app style settings: a nested YAML document of defaults plus named sets (dev, prod…) that override them, rendered into ${a.b.c} variables (pure).
import { isMap, LineCounter } from "yaml";
import type { ComposeProblem } from "../../lib/stack-types";
import { MAX_COMPOSE_BYTES } from "./compose-check";
import { SET_NAME } from "../../lib/docker-names";
import { ProblemList } from "./problem-list";
import { step } from "./work-meter";
import { readYaml } from "./yaml-read";

export type SettingsTree = { [key: string]: SettingsValue };
export type SettingsValue = string | number | boolean | null | SettingsTree | SettingsValue[];

/** The top-level key holding named sets; everything else in the document is a default. */
export const SETS_KEY = "sets";

export interface ParsedSettings {
  defaults: SettingsTree;
  sets: Record<string, SettingsTree>;
  problems: ComposeProblem[];
}

const isTree = (v: unknown): v is SettingsTree => typeof v === "object" && v !== null && !Array.isArray(v);

function problem(message: string, line: number | null = null, path: string | null = null): ComposeProblem {
  return { source: "settings", path, line, message };
}

/** Parses the settings document: `sets:` holds the named sets, the rest are defaults. An empty text means no settings. */
export function parseSettings(text: string): ParsedSettings {
  const out: ParsedSettings = { defaults: {}, sets: {}, problems: [] };
  if (text.trim() === "") return out;
  const read = readYaml(text);
  if (read.documents > 1) out.problems.push(problem(`the settings hold ${read.documents} YAML documents (separated by ---); write one mapping`, null));
  for (const p of read.problems) out.problems.push(problem(p.message, p.line));
  if (out.problems.length) return out;
  if (!isMap(read.doc?.contents)) {
    out.problems.push(problem("settings must be a YAML mapping (key: value), e.g. wordpress: { port: 8080 }", 1));
    return out;
  }
  const all = read.value as SettingsTree;
  const { [SETS_KEY]: sets, ...defaults } = all;
  out.defaults = defaults;
  if (sets !== undefined) {
    if (!isTree(sets)) out.problems.push(problem(`${SETS_KEY} must map set names to settings, e.g. ${SETS_KEY}: { prod: { wordpress: { port: 80 } } }`, null, SETS_KEY));
    else {
      for (const [name, set] of Object.entries(sets)) {
        if (!SET_NAME.test(name) || name.length > 64)
          out.problems.push(problem(`set "${name}": a set name is letters, digits, _ . or -, starting with a letter or digit`, null, `${SETS_KEY}.${name}`));
        else if (!isTree(set)) out.problems.push(problem(`set ${name} must be a mapping of settings`, null, `${SETS_KEY}.${name}`));
        else out.sets[name] = set;
      }
    }
  }
  return out;
}

/** Deep merge: the set's values override the defaults, mapping by mapping. */
export function mergeSettings(base: SettingsTree, over: SettingsTree): SettingsTree {
  const out: SettingsTree = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isTree(b) && isTree(v) ? mergeSettings(b, v) : v;
  }
  return out;
}

/** The value at a dotted path (mysql.image.version), or undefined; only the document's own keys (not constructor, __proto__…). */
export function lookup(tree: SettingsTree, dotted: string): SettingsValue | undefined {
  let cur: SettingsValue | undefined = tree;
  for (const part of dotted.split(".")) {
    if (!isTree(cur) || !Object.hasOwn(cur, part)) return undefined;
    cur = cur[part];
  }
  return cur;
}

export interface Rendered {
  /** The filled-in file; empty when it would be over the limit (tooBig). */
  text: string;
  tooBig: boolean;
  unresolved: string[];
  problems: ComposeProblem[];
}

// $$ (an escaped dollar), ${...} or $NAME.
const VARIABLE = /\$(\$|\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;
const BRACED = /^([A-Za-z_][A-Za-z0-9_.]*)(?:(:?[-?+])([\s\S]*))?$/;

/** Line numbers by offset: the newlines are found once, each lookup is a binary search. */
function lineIndex(text: string): (offset: number) => number {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    step();
    counter.addNewLine(i + 1);
  }
  return (offset) => {
    step(Math.ceil(Math.log2(counter.lineStarts.length + 1)));
    return counter.linePos(offset).line;
  };
}

/** Nothing rendered: the input or the output passes the size limit. */
function tooBig(message: string): Rendered {
  return { text: "", unresolved: [], tooBig: true, problems: [{ source: "compose", path: null, line: null, message }] };
}

/** Thrown inside the replacement when the output would pass MAX_COMPOSE_BYTES: rendering stops there. */
class OutputLimit extends Error {}

/**
 * Fills ${name}, ${a.b.c}, ${name:-default}, ${name-default}, ${name:?message}, ${name:+alt} and $NAME from the settings,
 * like compose interpolation but reading the settings instead of the environment. `$$` stays for docker stack deploy.
 * Values must be scalars; a name with no value and no default is reported with its line. A value's own $ is written $$,
 * so docker stack deploy (which interpolates again, from the server's environment) reads it as a literal $.
 */
export function renderCompose(text: string, values: SettingsTree, maxBytes = MAX_COMPOSE_BYTES): Rendered {
  const size = Buffer.byteLength(text, "utf8");
  if (size > maxBytes) {
    return tooBig(`the compose file is ${size} bytes; the limit is ${maxBytes} bytes (1 MB)`);
  }
  const unresolved = new Set<string>();
  const problems = new ProblemList("compose");
  const lineAt = lineIndex(text);
  // The output's length so far (in UTF-16 units, at most bytes): checked at every variable, so a value repeated 1000 times stops at the limit.
  let produced = 0;
  let last = 0;
  const emit = (offset: number, whole: string, replacement: string): string => {
    step();
    produced += offset - last + replacement.length;
    last = offset + whole.length;
    if (produced > maxBytes) throw new OutputLimit(`line ${lineAt(offset)}`);
    return replacement;
  };
  let rendered: string;
  try {
    rendered = text.replace(VARIABLE, (whole, inner: string, braced: string | undefined, bare: string | undefined, offset: number) =>
      emit(offset, whole, fill(whole, inner, braced, bare, offset)),
    );
  } catch (err) {
    if (!(err instanceof OutputLimit)) throw err;
    const message = `the settings make the compose file bigger than ${maxBytes} bytes (1 MB) by ${err.message}: it was not rendered`;
    return tooBig(message);
  }
  const bytes = Buffer.byteLength(rendered, "utf8");
  if (bytes > maxBytes) {
    return tooBig(`the rendered compose file is ${bytes} bytes; the limit is ${maxBytes} bytes (1 MB)`);
  }
  return { text: rendered, unresolved: [...unresolved], tooBig: false, problems: problems.list() };

  function fill(whole: string, inner: string, braced: string | undefined, bare: string | undefined, offset: number): string {
    if (inner === "$") return whole;
    const line = () => lineAt(offset);
    let name: string;
    let op: string | undefined;
    let arg = "";
    if (bare !== undefined) name = bare;
    else {
      const m = BRACED.exec(braced ?? "");
      if (!m) {
        problems.add(null, `invalid variable ${whole}: write \${name} or \${section.name}`, line);
        return whole;
      }
      [, name, op, arg = ""] = m;
    }
    const value = lookup(values, name);
    const set = value !== undefined && value !== null && !(op?.startsWith(":") && value === "");
    if (value !== undefined && value !== null && typeof value === "object") {
      problems.add(null, `\${${name}} is a group of settings, not a single value`, line);
      return whole;
    }
    if (op === ":+" || op === "+") return set ? arg : "";
    if (set) return String(value).replace(/\$/g, "$$$$");
    if (op === ":-" || op === "-") return arg;
    if (op === ":?" || op === "?") {
      problems.add(null, `\${${name}} is required: ${arg || "no value set"}`, line);
      return whole;
    }
    if (!unresolved.has(name)) {
      problems.add(null, `variable \${${name}} has no value: add it to the settings (or give a default: \${${name}:-value})`, line);
    }
    unresolved.add(name);
    return whole;
  }
}

/** Parse, pick the set (or defaults only), render. */
export function applySettings(compose: string, settingsText: string, setName: string | null) {
  const parsed = parseSettings(settingsText);
  const problems = [...parsed.problems];
  let values = parsed.defaults;
  if (setName) {
    const set = Object.hasOwn(parsed.sets, setName) ? parsed.sets[setName] : undefined;
    if (!set) {
      const known = Object.keys(parsed.sets);
      problems.push({
        source: "settings",
        path: `${SETS_KEY}.${setName}`,
        line: null,
        message: `no settings set named ${setName}${known.length ? ` (the settings offer: ${known.join(", ")})` : " (the settings document has no sets)"}`,
      });
    } else values = mergeSettings(values, set);
  }
  const rendered = renderCompose(compose, values);
  return { rendered: rendered.text, tooBig: rendered.tooBig, unresolved: rendered.unresolved, problems: [...problems, ...rendered.problems], sets: Object.keys(parsed.sets) };
}
