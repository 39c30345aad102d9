// Bounds on action input. The server may take SWARMSCOPE_MAX_REPLICAS from its environment; the browser uses the default (the server has the last word).
export const DEFAULT_MAX_REPLICAS = 1000;

export const MAX_REPLICAS = (() => {
  const raw = typeof window === "undefined" ? globalThis.process?.env?.SWARMSCOPE_MAX_REPLICAS : undefined;
  const n = Number(raw ?? DEFAULT_MAX_REPLICAS);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_REPLICAS;
})();
