// Reads untrusted YAML (compose files, settings) with work linear in its size: duplicate keys, nesting, anchors and aliases checked in one walk.
import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseAllDocuments, type Document } from "yaml";
import { step } from "./work-meter";

/** Deeper than any compose file or settings document needs (a compose file nests about 8 levels). */
export const MAX_YAML_DEPTH = 32;
/** Anchors plus aliases: the yaml package looks each alias up among all of them (quadratic), so the count is bounded. */
export const MAX_YAML_ANCHORS = 1000;
/** How far aliases may expand the data (the yaml package's own measure: uses × size of what is aliased). */
export const MAX_ALIAS_EXPANSION = 100;

export interface YamlProblem {
  line: number | null;
  message: string;
}

export interface YamlRead {
  /** The first document, with the line counter that locates its nodes; null when there was no document. */
  doc: Document | null;
  counter: LineCounter;
  /** How many documents the text holds (--- separated). */
  documents: number;
  /** The first document's data, when it read without problems. */
  value: unknown;
  problems: YamlProblem[];
}

type YamlNode = { range?: number[] | null };

function syntaxMessage(message: string): string {
  const first = message.split("\n")[0];
  // The parser's own recursion ran out: the text nests far deeper than MAX_YAML_DEPTH.
  return /Maximum call stack/.test(first) ? `YAML: nested too deeply (at most ${MAX_YAML_DEPTH} levels)` : `YAML syntax: ${first}`;
}

/**
 * One walk over the document's nodes with an explicit stack: every mapping's keys are plain and unique (a Set per mapping —
 * the yaml package's uniqueKeys check compares each key with all before it), nesting is at most MAX_YAML_DEPTH, anchors and
 * aliases at most MAX_YAML_ANCHORS. Returns the first problem, or null.
 */
function structureProblem(doc: Document, counter: LineCounter): YamlProblem | null {
  const lineOf = (node: unknown) => {
    const offset = (node as YamlNode)?.range?.[0];
    return typeof offset === "number" ? counter.linePos(offset).line : null;
  };
  let anchors = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    step();
    if (node === null || node === undefined) continue;
    if ((node as { anchor?: string }).anchor || isAlias(node)) {
      if (++anchors > MAX_YAML_ANCHORS) return { line: lineOf(node), message: `YAML: more than ${MAX_YAML_ANCHORS} anchors and aliases` };
    }
    if (depth > MAX_YAML_DEPTH) return { line: lineOf(node), message: `YAML: nested too deeply (at most ${MAX_YAML_DEPTH} levels)` };
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        step();
        if (!isPair(pair)) continue;
        if (pair.key !== null && !isScalar(pair.key))
          return { line: lineOf(pair.key), message: "YAML: a key must be a plain value (a string or a number), not a mapping, list or alias" };
        const value = isScalar(pair.key) ? pair.key.value : null;
        const id = `${typeof value}:${String(value)}`;
        if (keys.has(id)) return { line: lineOf(pair.key), message: `YAML: duplicate key "${String(value).slice(0, 80)}" in the same mapping` };
        keys.add(id);
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * How deep [ and { nest, from the lexer's tokens alone (quoted strings are one token each): the parser would build a node per level
 * before any check could run, so 500,000 levels in a 1 MB file must be refused before parsing. Returns the offset where the limit is passed.
 */
function flowTooDeep(text: string): number | null {
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    step();
    if (token === "[" || token === "{") {
      if (++depth > MAX_YAML_DEPTH) return offset;
    } else if (token === "]" || token === "}") depth = Math.max(0, depth - 1);
    offset += token.length;
  }
  return null;
}

/** Parses text as YAML: syntax errors, structure problems and alias expansion all become problems with a line, never exceptions. */
export function readYaml(text: string): YamlRead {
  const counter = new LineCounter();
  const out: YamlRead = { doc: null, counter, documents: 0, value: undefined, problems: [] };
  const deep = flowTooDeep(text);
  if (deep !== null) {
    out.documents = 1;
    out.problems.push({ line: text.slice(0, deep).split("\n").length, message: `YAML: nested too deeply (at most ${MAX_YAML_DEPTH} levels)` });
    return out;
  }
  const docs = parseAllDocuments(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [];
  out.documents = list.length;
  if (list.length === 0) return out;
  const doc = list[0];
  out.doc = doc;
  for (const e of doc.errors) out.problems.push({ line: e.linePos?.[0]?.line ?? null, message: syntaxMessage(e.message) });
  if (out.problems.length) return out;
  const bad = structureProblem(doc, counter);
  if (bad) {
    out.problems.push(bad);
    return out;
  }
  try {
    out.value = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (err) {
    const message = (err as Error).message.split("\n")[0];
    out.problems.push({ line: null, message: /Excessive alias/.test(message) ? `YAML: aliases expand the data too much (${message})` : `YAML: ${message}` });
  }
  return out;
}
