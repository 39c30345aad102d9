// What the stacks API sends and answers: validation problems, the deploy preview (plan) and the deploy stream's lines.

/** One problem found in a compose file or settings document; `path` like services.web.ports[0], `line` 1-based. */
export interface ComposeProblem {
  /** Which input is to blame: the compose file, the settings document, an uploaded file, the stack name. */
  source: "compose" | "settings" | "files" | "name";
  path: string | null;
  line: number | null;
  message: string;
}

export type PlanAction = "create" | "update" | "unchanged" | "remove";

export interface PlanItem {
  kind: "service" | "network" | "secret" | "config" | "volume";
  /** The engine's name, e.g. wp_web. */
  name: string;
  action: PlanAction;
  /** Changed fields of an update: e.g. { field: "replicas", from: "1", to: "3" }. */
  changes: { field: string; from: string; to: string }[];
  note: string | null;
}

/** POST /api/v1/stacks/:name/validate answers this (200 whether or not the files are valid). */
export interface StackCheck {
  ok: boolean;
  problems: ComposeProblem[];
  /** The compose file with the settings filled in (what docker stack deploy receives). */
  rendered: string;
  /** The settings set used (null: defaults only) and the sets the settings document offers. */
  settingsSet: string | null;
  settingsSets: string[];
  images: string[];
  /** Per image: the inspectable nodes that have it and those that do not (deploys never ask a registry: --resolve-image never). */
  imageNodes: Record<string, { present: string[]; missing: string[] }>;
  /** Variables left without a value. */
  unresolved: string[];
  /** Present when ok: what a deploy would do. */
  plan: PlanItem[] | null;
  /** Set when the engine could not be read: the files were checked, but there is no preview and no deploy until it answers. */
  engineProblem: string | null;
}

/** The last compose file and settings deployed for a stack (never secret values: file secrets are kept by name only). */
export interface SavedStack {
  name: string;
  compose: string;
  settings: string;
  settingsSet: string | null;
  files: string[];
  prune: boolean;
  /** When the last deploy started (and, once deployed, when it finished). */
  deployedAt: string;
  /**
   * The last deploy's fate, written before the docker CLI starts and after it ends: deploying (under way, or the server
   * died during it), deployed, failed, or interrupted (found still deploying when the server started again).
   */
  state: DeployState;
  /** Who started it. */
  by: string;
  /** What happened, in words (the CLI's failure, or what the restart found). */
  outcome: string | null;
  /** The docker CLI's process while it runs, so a restart can stop one that outlived the server. */
  pid: number | null;
}

export type DeployState = "deploying" | "deployed" | "failed" | "interrupted";

/** One line of the deploy/remove stream (application/x-ndjson), ending with a `report`. */
export type StackStreamLine = { type: "output"; stream: "stdout" | "stderr"; text: string } | { type: "report"; report: import("./action-types").ActionReport };

/** Whether the docker CLI is there to apply compose files. */
export interface DockerCliStatus {
  available: boolean;
  version: string | null;
  message: string | null;
  hint: string | null;
}
