// The one table of e2e server ports: the config's servers and each spec's own servers, so no two share a port.
const BASE = Number(process.env.E2E_PORT ?? 3210);

export const PORTS = {
  /** The main server on the lab's manager1 (playwright.config.ts). */
  main: BASE,
  /** Pointed at no engine (e2e/engine-problems.spec.ts). */
  noEngine: BASE + 1,
  /** Pointed at a lab worker (e2e/engine-problems.spec.ts). */
  worker: BASE + 2,
  /** The sign-in server of e2e/security.spec.ts. */
  security: BASE + 3,
  /** The roles server of e2e/roles.spec.ts. */
  roles: BASE + 4,
  /** The share-links server of e2e/share-links.spec.ts. */
  shareLinks: BASE + 5,
  /** The present-links server of e2e/present.spec.ts. */
  present: BASE + 7,
  /** The demo-swarm server (playwright.config.ts, e2e/demo.spec.ts). */
  demo: BASE + 8,
} as const;
