// Bounds on action input, from the environment where a deployment may want other values.
export const MAX_REPLICAS = (() => {
  const n = Number(process.env.SWARMSCOPE_MAX_REPLICAS ?? 1000);
  return Number.isInteger(n) && n > 0 ? n : 1000;
})();
