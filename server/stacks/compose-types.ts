// The parts of a compose file (version 3.x) that stacks read; the schema has checked the shapes before these types are trusted.

export type ComposeRef = string | { source: string; target?: string };

export interface ComposePortLong {
  target: number;
  published?: number | string;
  protocol?: "tcp" | "udp" | "sctp";
  mode?: "ingress" | "host";
}

export interface ComposeService {
  image?: string;
  command?: string | string[];
  entrypoint?: string | string[];
  environment?: string[] | Record<string, string | number | boolean | null>;
  ports?: (string | number | ComposePortLong)[];
  networks?: string[] | Record<string, unknown>;
  secrets?: ComposeRef[];
  configs?: ComposeRef[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
  depends_on?: string[] | Record<string, unknown>;
  deploy?: {
    mode?: "replicated" | "global" | "replicated-job" | "global-job";
    replicas?: number;
    labels?: string[] | Record<string, string>;
    placement?: { constraints?: string[] };
    restart_policy?: { condition?: string };
  };
  [key: string]: unknown;
}

export interface ComposeObjectDef {
  name?: string;
  external?: boolean | { name?: string };
  file?: string;
  environment?: string;
  content?: string;
  driver?: string;
  labels?: string[] | Record<string, string>;
}

export interface ComposeFile {
  version?: string;
  services: Record<string, ComposeService>;
  networks?: Record<string, ComposeObjectDef | null>;
  volumes?: Record<string, ComposeObjectDef | null>;
  secrets?: Record<string, ComposeObjectDef | null>;
  configs?: Record<string, ComposeObjectDef | null>;
}
