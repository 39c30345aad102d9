// Checks a rendered compose file before deploying: YAML syntax, the compose schema (errors named by path and line), and what a stack needs (pure).
import type { ErrorObject } from "ajv";
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from "yaml";
import type { ComposeProblem } from "../../lib/stack-types";
import { composeValidator, FORMAT_HINTS } from "./compose-schema";
import type { ComposeFile, ComposeObjectDef } from "./compose-types";
import { imageRefProblem } from "../../lib/image-ref";
import { DATA_NAME, DNS_COMPONENT, LOCAL_NAME, MAX_DATA_NAME, MAX_DNS_COMPONENT, scoped, VOLUME_NAME } from "../../lib/docker-names";
import { ProblemList } from "./problem-list";
import { step } from "./work-meter";
import { readYaml } from "./yaml-read";

export const MAX_COMPOSE_BYTES = 1024 * 1024;

export interface ComposeCheck {
  problems: ComposeProblem[];
  compose: ComposeFile | null;
  images: string[];
}

type Segment = string | number;

/** services.web.ports[0] from ["services", "web", "ports", 0]. */
export function formatPath(path: readonly Segment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out;
}

/** "/services/web/ports/0" → ["services", "web", "ports", 0]: numbers only where the data holds an array. */
function pointerPath(pointer: string, data: unknown): Segment[] {
  const out: Segment[] = [];
  let cur: unknown = data;
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(cur)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = cur && typeof cur === "object" ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

/** The 1-based line of the deepest node of `path` found in the document (a key's own line for mapping entries). */
export function lineOf(doc: Document, counter: LineCounter, path: readonly Segment[]): number | null {
  let node: unknown = doc.contents;
  let offset: number | null = (node as { range?: number[] })?.range?.[0] ?? null;
  for (const seg of path) {
    if (isMap(node)) {
      step(node.items.length);
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === "number" && node.items[seg]) {
      node = node.items[seg];
      offset = (node as { range?: number[] }).range?.[0] ?? offset;
    } else break;
  }
  return offset === null ? null : counter.linePos(offset).line;
}

function typeList(types: string[]): string {
  const unique = [...new Set(types)];
  return unique.length === 1 ? unique[0] : `${unique.slice(0, -1).join(", ")} or ${unique.at(-1)}`;
}

/** One readable problem per place: the deepest errors win over the oneOf/anyOf wrappers around them. Linear in the errors (times their depth). */
export function schemaProblems(errors: ErrorObject[], data: unknown, doc: Document, counter: LineCounter, out = new ProblemList("compose")): ComposeProblem[] {
  const located = errors.map((e) => {
    const path = pointerPath(e.instancePath, data);
    if (e.keyword === "additionalProperties") path.push((e.params as { additionalProperty: string }).additionalProperty);
    return { e, path, key: formatPath(path) };
  });
  // Every place some error lies strictly inside of: its errors give way to the deeper ones.
  const enclosing = new Set<string>();
  for (const l of located) {
    for (let i = 1; i < l.path.length; i++) {
      step();
      enclosing.add(formatPath(l.path.slice(0, i)));
    }
  }
  const byPlace = new Map<string, typeof located>();
  for (const l of located) {
    if (l.e.keyword === "oneOf" || l.e.keyword === "anyOf" || l.e.keyword === "if") continue;
    if (enclosing.has(l.key)) continue;
    const list = byPlace.get(l.key);
    if (list) list.push(l);
    else byPlace.set(l.key, [l]);
  }
  for (const [key, list] of byPlace) {
    const path = list[0].path;
    const where = key || "(top level)";
    const format = list.find((l) => l.e.keyword === "format");
    const extra = list.find((l) => l.e.keyword === "additionalProperties");
    const types = list.filter((l) => l.e.keyword === "type").map((l) => (l.e.params as { type: string }).type);
    let message: string;
    if (extra && path.length === 2 && NAMED_SECTIONS.includes(String(path[0]))) message = `${where}: ${path[0]} names are letters, digits, . _ or - (the compose specification)`;
    else if (extra) message = `${where}: unknown key "${path.at(-1)}" (not in the compose specification)`;
    else if (format) {
      const name = (format.e.params as { format: string }).format;
      message = `${where}: must be ${FORMAT_HINTS[name] ?? `in ${name} format`}`;
    } else if (types.length) message = `${where}: must be ${typeList(types.map((t) => t.split(",")).flat())}`;
    else
      message = `${where}: ${list
        .map((l) => l.e.message)
        .filter(Boolean)
        .join("; ")}`;
    out.add(key || null, message, () => lineOf(doc, counter, path));
  }
  return out.list();
}

const NAMED_SECTIONS = ["services", "networks", "volumes", "secrets", "configs"];

/** Every string value with its path; keys are left out, as the CLI interpolates values only. */
function stringValues(node: unknown, path: Segment[], out: [Segment[], string][] = []): [Segment[], string][] {
  step();
  if (typeof node === "string") out.push([path, node]);
  else if (Array.isArray(node)) node.forEach((v, i) => stringValues(v, [...path, i], out));
  else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) stringValues(v, [...path, k], out);
  return out;
}

/** $$ → $ in every value: what docker stack deploy makes of the file after its own interpolation. */
function unescapeDollars(node: unknown): unknown {
  if (typeof node === "string") return node.replace(/\$\$/g, "$");
  if (Array.isArray(node)) return node.map(unescapeDollars);
  if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, unescapeDollars(v)]));
  return node;
}

/**
 * Parses and validates; `compose` is returned only when the file is fit to deploy, with $$ already read as $ (as the CLI will).
 * `stack` (when known) makes the names of what the stack creates checkable: <stack>_<key> must fit Docker's rules.
 */
export function checkCompose(text: string, stack?: string): ComposeCheck {
  const bytes = Buffer.byteLength(text, "utf8");
  const refuse = (message: string, line: number | null = null): ComposeCheck => ({ problems: [{ source: "compose", path: null, line, message }], compose: null, images: [] });
  if (bytes > MAX_COMPOSE_BYTES) return refuse(`the compose file is ${bytes} bytes; the limit is ${MAX_COMPOSE_BYTES} bytes (1 MB)`);
  if (text.trim() === "") return refuse("the compose file is empty");
  const read = readYaml(text);
  const { doc, counter } = read;
  const problems = new ProblemList("compose");
  if (read.documents > 1) problems.add(null, `the compose file holds ${read.documents} YAML documents (separated by ---); docker stack deploy reads one`);
  for (const p of read.problems) problems.add(null, p.message, p.line);
  if (problems.size) return { problems: problems.list(), compose: null, images: [] };
  if (!doc) return refuse("the compose file holds no YAML document");
  const raw = read.value;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return refuse("a compose file is a YAML mapping with a services: section", 1);
  const at = (...path: Segment[]) => lineOf(doc, counter, path);
  // The settings are filled in already; the CLI would fill any $ left (even one written as "\x24" in YAML) from the server's environment.
  for (const [path, value] of stringValues(raw, [])) {
    if (value.replace(/\$\$/g, "").includes("$")) {
      const where = formatPath(path);
      problems.add(where, `${where}: a $ that is not a settings variable; write $$ for a literal $ (docker stack deploy would fill it from the server's environment)`, () =>
        at(...path),
      );
    }
  }
  if (problems.size) return { problems: problems.list(), compose: null, images: [] };
  const data = unescapeDollars(raw);
  const validate = composeValidator();
  if (!validate(data)) schemaProblems(validate.errors ?? [], data, doc, counter, problems);
  const compose = data as ComposeFile;
  if (compose.version !== undefined && !/^3(\.\d+)?$/.test(String(compose.version))) {
    problems.add("version", `version: docker stack deploy takes compose files of version 3.x, not "${compose.version}"`, () => at("version"));
  }
  if (!compose.services || typeof compose.services !== "object" || Object.keys(compose.services).length === 0) {
    problems.add("services", "services: a stack needs at least one service", () => at("services"));
  }
  if (problems.size) return { problems: problems.list(), compose: null, images: [] };
  stackProblems(compose, at, problems);
  nameProblems(compose, at, stack, problems);
  const images = [
    ...new Set(
      Object.values(compose.services)
        .map((s) => s.image)
        .filter((i): i is string => typeof i === "string"),
    ),
  ].sort();
  return { problems: problems.list(), compose: problems.size ? null : compose, images };
}

/** What the schema allows but a stack cannot take: services without images, references to undeclared secrets, networks, volumes. */
function stackProblems(compose: ComposeFile, at: (...path: Segment[]) => number | null, out: ProblemList): void {
  const sections = { secrets: null, configs: null, networks: null, volumes: null };
  const known = Object.fromEntries(Object.keys(sections).map((k) => [k, new Set(Object.keys(compose[k as keyof typeof sections] ?? {}))]));
  const declared = (section: keyof typeof sections) => known[section];
  const problem = (path: Segment[], message: string) => {
    step();
    out.add(formatPath(path), `${formatPath(path)}: ${message}`, () => at(...path));
  };
  for (const [name, svc] of Object.entries(compose.services)) {
    if (!svc || typeof svc !== "object") continue;
    if (!svc.image) problem(["services", name], "needs an image (docker stack deploy does not build images)");
    else {
      const bad = imageRefProblem(svc.image);
      if (bad) problem(["services", name, "image"], `not a valid image reference: ${bad}`);
    }
    if (svc.extends !== undefined) problem(["services", name, "extends"], "extends is not supported by docker stack deploy");
    envFiles(svc).forEach((f, i) => {
      if (!normalizeFilePath(f)) problem(["services", name, "env_file", i], `"${f}" must be a relative path next to the compose file, uploaded with it (no .. and not absolute)`);
    });
    for (const section of ["secrets", "configs"] as const) {
      (svc[section] ?? []).forEach((ref, i) => {
        const source = typeof ref === "string" ? ref : ref.source;
        if (!declared(section).has(source)) problem(["services", name, section, i], `${section.slice(0, -1)} "${source}" is not declared under the top-level ${section}:`);
      });
    }
    const nets = Array.isArray(svc.networks) ? svc.networks : Object.keys(svc.networks ?? {});
    nets.forEach((n, i) => {
      if (n !== "default" && !declared("networks").has(n))
        problem(["services", name, "networks", Array.isArray(svc.networks) ? i : n], `network "${n}" is not declared under the top-level networks:`);
    });
    (svc.volumes ?? []).forEach((v, i) => {
      const source = typeof v === "string" ? v.split(":")[0] : v.type === "volume" || v.type === undefined ? v.source : undefined;
      if (!source || source.startsWith("/") || source.startsWith(".") || source.startsWith("~")) return;
      if (typeof v === "string" && !v.includes(":")) return; // an anonymous volume
      if (!declared("volumes").has(source)) problem(["services", name, "volumes", i], `volume "${source}" is not declared under the top-level volumes:`);
    });
  }
  for (const section of ["secrets", "configs"] as const) {
    for (const [key, def] of Object.entries(compose[section] ?? {})) {
      if (!def) continue;
      const sources = ["file", "external", "environment", "content"].filter((k) => def[k as keyof typeof def] !== undefined && def[k as keyof typeof def] !== false);
      if (sources.length === 0) problem([section, key], "needs file: (uploaded with the compose file) or external: true");
      if (def.file !== undefined) {
        const f = normalizeFilePath(def.file);
        if (!f) problem([section, key, "file"], `"${def.file}" must be a relative path next to the compose file (no .. and not absolute)`);
      }
      if (def.environment !== undefined || def.content !== undefined) problem([section, key], "only file: and external: are supported by docker stack deploy");
    }
  }
}

const RULES = {
  dns: { re: DNS_COMPONENT, max: MAX_DNS_COMPONENT, text: "letters and digits, with - or _ between them, at most 63 characters" },
  data: { re: DATA_NAME, max: MAX_DATA_NAME, text: "letters, digits, _ . or -, starting and ending with a letter or digit, at most 64 characters" },
  volume: { re: VOLUME_NAME, max: 255, text: "a letter or digit, then letters, digits, _ . or - (at least 2 characters)" },
  local: { re: LOCAL_NAME, max: 255, text: "a letter or digit, then letters, digits, _ . or -" },
};

/** Where a top-level object's engine name comes from (mirrors plan.ts objectName): external.name, name, or <stack>_<key>. */
function nameSource(section: string, key: string, def: ComposeObjectDef | null | undefined, stack: string): { path: Segment[]; name: string; scoped: boolean } {
  const ext = def?.external;
  if (ext && typeof ext === "object" && ext.name) return { path: [section, key, "external", "name"], name: ext.name, scoped: false };
  if (def?.name !== undefined) return { path: [section, key, "name"], name: def.name, scoped: false };
  return ext ? { path: [section, key], name: key, scoped: false } : { path: [section, key], name: scoped(stack, key), scoped: true };
}

/**
 * The names the stack's objects get in the engine, by Docker's own rules (swarmkit refuses the rest half-way through a deploy):
 * services <stack>_<key> and overlay networks as DNS name components, secrets and configs at most 64 characters, volumes.
 * Without the stack's name, names made from it are checked for their characters only.
 */
function nameProblems(compose: ComposeFile, at: (...path: Segment[]) => number | null, stack: string | undefined, out: ProblemList): void {
  const scope = stack ?? "STACK";
  const push = (path: Segment[], message: string) => out.add(formatPath(path), `${formatPath(path)}: ${message}`, () => at(...path));
  const check = (path: Segment[], kind: string, name: string, rule: keyof typeof RULES, checkLength: boolean) => {
    const r = RULES[rule];
    if (!r.re.test(name) || (checkLength && name.length > r.max)) push(path, `the ${kind} name "${name}" breaks Docker's rule: ${r.text}`);
  };
  for (const key of Object.keys(compose.services)) check(["services", key], "service", scoped(scope, key), "dns", stack !== undefined);
  for (const [key, def] of Object.entries(compose.networks ?? {})) {
    // The schema leaves network keys outside its own pattern unchecked; the other sections refuse them.
    if (!/^[a-zA-Z0-9._-]+$/.test(key)) {
      push(["networks", key], "networks names are letters, digits, . _ or - (the compose specification)");
      continue;
    }
    const src = nameSource("networks", key, def, scope);
    const overlay = !def?.external && (def?.driver === undefined || def.driver === "overlay");
    check(src.path, "network", src.name, overlay ? "dns" : "local", stack !== undefined || !src.scoped);
  }
  for (const [key, def] of Object.entries(compose.volumes ?? {})) {
    const src = nameSource("volumes", key, def, scope);
    check(src.path, "volume", src.name, "volume", true);
  }
  for (const section of ["secrets", "configs"] as const) {
    for (const [key, def] of Object.entries(compose[section] ?? {})) {
      const src = nameSource(section, key, def, scope);
      check(src.path, section.slice(0, -1), src.name, "data", stack !== undefined || !src.scoped);
    }
  }
}

/** A service's env_file entries (a string or a list), as paths. */
export function envFiles(svc: ComposeFile["services"][string]): string[] {
  const v = svc.env_file as unknown;
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.map((x) => (typeof x === "string" ? x : String((x as { path?: string })?.path ?? ""))) : [];
}

/** "./db_password.txt" → "db_password.txt"; null for absolute paths, .. or empty. */
export function normalizeFilePath(p: string): string | null {
  const parts = p
    .replace(/\\/g, "/")
    .split("/")
    .filter((s) => s !== "" && s !== ".");
  if (p.startsWith("/") || p.startsWith("~") || parts.length === 0 || parts.includes("..")) return null;
  if (parts.some((s) => !/^[A-Za-z0-9_.@+-]+$/.test(s))) return null;
  return parts.join("/");
}
