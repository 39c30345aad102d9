// The body of the validate and deploy requests, and the check that turns it into problems, the rendered file and a plan.
import { z } from "zod";
import type { ComposeProblem, StackCheck } from "../../lib/stack-types";
import { MAX_DATA_BYTES } from "../actions/swarm-data";
import { checkCompose, envFiles, normalizeFilePath } from "./compose-check";
import type { ComposeFile } from "./compose-types";
import { settingsSetName, stackName } from "../../lib/docker-names";
import { type LiveObjects, planStack } from "./plan";
import { applySettings } from "./settings";

/** Compose (1 MB) + settings + uploaded secret files, base64: the body may be bigger than other actions'. */
export const STACK_BODY_LIMIT = 4 * 1024 * 1024;
export const MAX_SETTINGS_BYTES = 256 * 1024;
export const MAX_FILES = 20;

export const stackInput = z.strictObject({
  name: stackName,
  compose: z.string(),
  settings: z.string().max(MAX_SETTINGS_BYTES, "the settings document is over 256 KB").default(""),
  settingsSet: settingsSetName.nullable().default(null),
  /** Files the compose file names (secrets: x: file: ./x.txt), keyed by that path. */
  files: z
    .record(z.string().min(1).max(255), z.strictObject({ data: z.string().max(MAX_DATA_BYTES * 2), encoding: z.enum(["utf8", "base64"]).default("utf8") }))
    .default({})
    .refine((f) => Object.keys(f).length <= MAX_FILES, `at most ${MAX_FILES} files`),
  prune: z.boolean().default(false),
});
export type StackInput = z.infer<typeof stackInput>;

/** The name deploy writes the rendered compose file under, in the temporary folder the uploads go to. */
export const COMPOSE_FILE_NAME = "docker-compose.yml";

/**
 * Uploaded files by normalized path, with problems for bad paths and sizes (the values are never echoed).
 * Paths are written into the deploy's temporary folder: never the compose file's own name (an upload would replace the checked file),
 * never two uploads on the same path, never a file inside another upload.
 */
export function uploadedFiles(files: StackInput["files"]): { files: Map<string, Buffer>; problems: ComposeProblem[] } {
  const out = new Map<string, Buffer>();
  const problems: ComposeProblem[] = [];
  const seen = new Map<string, string>();
  const paths = Object.keys(files).map(normalizeFilePath);
  for (const [raw, f] of Object.entries(files)) {
    const path = normalizeFilePath(raw);
    if (!path) {
      problems.push({ source: "files", path: raw, line: null, message: `file "${raw}": must be a relative path next to the compose file (no .., not absolute, plain characters)` });
      continue;
    }
    const folder = paths.find((p) => p && path.startsWith(`${p}/`));
    let clash: string | null = null;
    if (path === COMPOSE_FILE_NAME || path.startsWith(`${COMPOSE_FILE_NAME}/`)) clash = `the name ${COMPOSE_FILE_NAME} is kept for the compose file itself`;
    else if (seen.has(path)) clash = `the same file as "${seen.get(path)}"`;
    else if (folder) clash = `its folder ${folder} is another upload`;
    seen.set(path, raw);
    if (clash) {
      problems.push({ source: "files", path: raw, line: null, message: `file "${raw}": ${clash}` });
      continue;
    }
    const bytes = Buffer.from(f.data, f.encoding);
    if (bytes.length > MAX_DATA_BYTES)
      problems.push({ source: "files", path: raw, line: null, message: `file "${raw}" is ${bytes.length} bytes; a secret or config is at most ${MAX_DATA_BYTES} bytes (500 KB)` });
    else if (bytes.length === 0) problems.push({ source: "files", path: raw, line: null, message: `file "${raw}" is empty; a secret or config cannot be empty` });
    else out.set(path, bytes);
  }
  return { files: out, problems };
}

/** Every file the CLI would read (file: secrets/configs, env_file) has its upload: nothing is read from the server's own disk. */
function missingFiles(compose: ComposeFile, files: Map<string, Buffer>): ComposeProblem[] {
  const out: ComposeProblem[] = [];
  for (const [name, svc] of Object.entries(compose.services)) {
    for (const f of envFiles(svc)) {
      const path = normalizeFilePath(f);
      if (path && !files.has(path))
        out.push({ source: "files", path: `services.${name}.env_file`, line: null, message: `services.${name}.env_file: upload the file ${f} with the compose file` });
    }
  }
  for (const section of ["secrets", "configs"] as const) {
    for (const [key, def] of Object.entries(compose[section] ?? {})) {
      if (!def?.file || def.external) continue;
      const path = normalizeFilePath(def.file);
      if (path && !files.has(path)) {
        out.push({ source: "files", path: `${section}.${key}.file`, line: null, message: `${section}.${key}: upload the file ${def.file} with the compose file` });
      }
    }
  }
  return out;
}

export interface CheckedStack extends StackCheck {
  compose: ComposeFile | null;
  files: Map<string, Buffer>;
}

/** Settings → rendered compose → schema and stack rules → uploads → (with the live engine; none when it could not be read) the plan. */
export function checkStack(input: StackInput, live: LiveObjects | null): CheckedStack {
  const settings = applySettings(input.compose, input.settings, input.settingsSet);
  const checked = settings.tooBig ? { problems: [], compose: null, images: [] } : checkCompose(settings.rendered, input.name);
  const uploads = uploadedFiles(input.files);
  const problems = [...settings.problems, ...checked.problems, ...uploads.problems];
  if (checked.compose) problems.push(...missingFiles(checked.compose, uploads.files));
  const plan = live && checked.compose && problems.length === 0 ? planStack(input.name, checked.compose, live, input.prune) : null;
  if (plan) problems.push(...plan.problems);
  const ok = problems.length === 0 && live !== null;
  return {
    ok,
    problems,
    rendered: settings.rendered,
    settingsSet: input.settingsSet,
    settingsSets: settings.sets,
    images: checked.images,
    imageNodes: {},
    unresolved: settings.unresolved,
    plan: ok && plan ? plan.items : null,
    engineProblem: null,
    compose: ok ? checked.compose : null,
    files: uploads.files,
  };
}
