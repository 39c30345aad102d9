// Which role each control of the UI needs — the role the server checks on the routes behind it — and whether a session gets it (not for engine writes while the engine is read-only); pure.
import { canAct, type Me, type Role } from "@/lib/session";

interface ControlRule {
  need: Role;
  /** The routes the control calls, as "METHOD /path" (checked against the server's ROUTES by the unit test). */
  routes: readonly string[];
  /** The control writes to the engine: hidden once the engine refused writes (read-only engine access, e.g. a socket proxy). */
  writes: boolean;
}

export const CONTROLS = {
  /** −/+ on the visualizer's legend. */
  scale: { need: "operator", writes: true, routes: ["POST /api/v1/services/:id/scale"] },
  /** The service operations panel (page and drawer). */
  serviceOps: {
    need: "operator",
    writes: true,
    routes: [
      "POST /api/v1/services/:id/scale",
      "POST /api/v1/services/:id/update",
      "POST /api/v1/services/:id/rollback",
      "POST /api/v1/services/:id/redeploy",
      "DELETE /api/v1/services/:id",
    ],
  },
  createService: { need: "operator", writes: true, routes: ["POST /api/v1/services"] },
  /** The board's Present button: steering /present screens (socket present:set) and phone links. */
  present: { need: "operator", writes: false, routes: ["POST /api/v1/present-links"] },
  nodeAvailability: { need: "operator", writes: true, routes: ["POST /api/v1/nodes/:id/availability"] },
  nodeLabels: { need: "operator", writes: true, routes: ["POST /api/v1/nodes/:id/labels"] },
  nodeRole: { need: "admin", writes: true, routes: ["POST /api/v1/nodes/:id/role"] },
  nodeRemove: { need: "admin", writes: true, routes: ["DELETE /api/v1/nodes/:id"] },
  /** Network create/remove and attaching/detaching services. */
  networks: { need: "operator", writes: true, routes: ["POST /api/v1/networks", "DELETE /api/v1/networks/:id", "POST /api/v1/services/:id/networks"] },
  /** Secret and config create/remove. */
  swarmData: { need: "operator", writes: true, routes: ["POST /api/v1/secrets", "DELETE /api/v1/secrets/:id", "POST /api/v1/configs", "DELETE /api/v1/configs/:id"] },
  stacks: { need: "operator", writes: true, routes: ["POST /api/v1/stacks/:name/validate", "POST /api/v1/stacks/:name/deploy", "DELETE /api/v1/stacks/:name"] },
  joinSecrets: { need: "admin", writes: false, routes: ["GET /api/v1/swarm/join-tokens", "GET /api/v1/swarm/unlock-key"] },
  /** Autolock on/off and rotating the join tokens or the unlock key. */
  swarmSecurity: { need: "admin", writes: true, routes: ["POST /api/v1/swarm/autolock", "POST /api/v1/swarm/rotate"] },
  /** The /admin page: users, share links, audit log. */
  admin: {
    need: "admin",
    writes: false,
    routes: [
      "GET /api/v1/users",
      "POST /api/v1/users",
      "PUT /api/v1/users/:name",
      "DELETE /api/v1/users/:name",
      "GET /api/v1/share-links",
      "POST /api/v1/share-links",
      "DELETE /api/v1/share-links/:id",
      "GET /api/v1/audit",
    ],
  },
} as const satisfies Record<string, ControlRule>;

export type Control = keyof typeof CONTROLS;

/**
 * Whether the session may see the control (nothing before /api/v1/me answers; never for share sessions), and, when the
 * engine is known to refuse writes (`readOnlyEngine`), not the controls that write to it. The one rule every page follows.
 */
export function allows(me: Me | null, control: Control, readOnlyEngine = false): boolean {
  if (readOnlyEngine && CONTROLS[control].writes) return false;
  return canAct(me, CONTROLS[control].need);
}

/** Every control the session gets, for tests and debugging. */
export function allowedControls(me: Me | null, readOnlyEngine = false): Control[] {
  return (Object.keys(CONTROLS) as Control[]).filter((c) => allows(me, c, readOnlyEngine));
}
