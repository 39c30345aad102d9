// docker-app style settings: a nested YAML document of defaults plus named sets (dev, prod…) that override them, rendered into ${a.b.c} variables (pure).
import { isMap, parseDocument } from "yaml";
import type { ComposeProblem } from "../../lib/stack-types";
import { SET_NAME } from "./names";

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
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) out.problems.push(problem(`YAML: ${e.message.split("\n")[0]}`, e.linePos?.[0]?.line ?? null));
    return out;
  }
  if (!isMap(doc.contents)) {
    out.problems.push(problem("settings must be a YAML mapping (key: value), e.g. wordpress: { port: 8080 }", 1));
    return out;
  }
  const all = doc.toJS() as SettingsTree;
  const { [SETS_KEY]: sets, ...defaults } = all;
  out.defaults = defaults;
  if (sets !== undefined) {
    if (!isTree(sets)) out.problems.push(problem(`${SETS_KEY} must map set names to settings, e.g. ${SETS_KEY}: { prod: { wordpress: { port: 80 } } }`, null, SETS_KEY));
    else {
      for (const [name, set] of Object.entries(sets)) {
        if (!SET_NAME.test(name) || name.length > 64) out.problems.push(problem(`set "${name}": a set name is letters, digits, _ . or -, starting with a letter or digit`, null, `${SETS_KEY}.${name}`));
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
  text: string;
  unresolved: string[];
  problems: ComposeProblem[];
}

// $$ (an escaped dollar), ${...} or $NAME.
const VARIABLE = /\$(\$|\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;
const BRACED = /^([A-Za-z_][A-Za-z0-9_.]*)(?:(:?[-?+])([\s\S]*))?$/;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Fills ${name}, ${a.b.c}, ${name:-default}, ${name-default}, ${name:?message}, ${name:+alt} and $NAME from the settings,
 * like compose interpolation but reading the settings instead of the environment. `$$` stays for docker stack deploy.
 * Values must be scalars; a name with no value and no default is reported with its line. A value's own $ is written $$,
 * so docker stack deploy (which interpolates again, from the server's environment) reads it as a literal $.
 */
export function renderCompose(text: string, values: SettingsTree): Rendered {
  const unresolved = new Set<string>();
  const problems: ComposeProblem[] = [];
  const rendered = text.replace(VARIABLE, (whole, inner: string, braced: string | undefined, bare: string | undefined, offset: number) => {
    if (inner === "$") return whole;
    const line = lineAt(text, offset);
    let name: string;
    let op: string | undefined;
    let arg = "";
    if (bare !== undefined) name = bare;
    else {
      const m = BRACED.exec(braced ?? "");
      if (!m) {
        problems.push({ source: "compose", path: null, line, message: `invalid variable ${whole}: write \${name} or \${section.name}` });
        return whole;
      }
      [, name, op, arg = ""] = m;
    }
    const value = lookup(values, name);
    const set = value !== undefined && value !== null && !(op?.startsWith(":") && value === "");
    if (value !== undefined && value !== null && typeof value === "object") {
      problems.push({ source: "compose", path: null, line, message: `\${${name}} is a group of settings, not a single value` });
      return whole;
    }
    if (op === ":+" || op === "+") return set ? arg : "";
    if (set) return String(value).replace(/\$/g, "$$$$");
    if (op === ":-" || op === "-") return arg;
    if (op === ":?" || op === "?") {
      problems.push({ source: "compose", path: null, line, message: `\${${name}} is required: ${arg || "no value set"}` });
      return whole;
    }
    if (!unresolved.has(name)) {
      problems.push({ source: "compose", path: null, line, message: `variable \${${name}} has no value: add it to the settings (or give a default: \${${name}:-value})` });
    }
    unresolved.add(name);
    return whole;
  });
  return { text: rendered, unresolved: [...unresolved], problems };
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
      problems.push({ source: "settings", path: `${SETS_KEY}.${setName}`, line: null, message: `no settings set named ${setName}${known.length ? ` (the settings offer: ${known.join(", ")})` : " (the settings document has no sets)"}` });
    } else values = mergeSettings(values, set);
  }
  const rendered = renderCompose(compose, values);
  return { rendered: rendered.text, unresolved: rendered.unresolved, problems: [...problems, ...rendered.problems], sets: Object.keys(parsed.sets) };
}
