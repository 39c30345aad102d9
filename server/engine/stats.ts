// What the engine layer counts for /metrics and the benchmarks: Engine API requests made by this process.
export const engineStats = { requests: 0 };
