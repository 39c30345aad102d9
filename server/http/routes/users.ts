// /api/v1/users (admin): list, add (name, role, password), change a role and remove users; never the last admin; audited without the password.
import { z } from "zod";
import { ROLES } from "../../../lib/roles";
import { ActionError } from "../../actions/action";
import { auditedRoute } from "../audited-route";
import { SMALL_BODY_BYTES } from "../body";
import { sendError, sendJson } from "../json";
import type { Route, RouteCall } from "../route";

export const usersRoute: Route = {
  method: "GET",
  path: "/api/v1/users",
  role: "admin",
  handle({ res, security }) {
    sendJson(res, 200, { users: security.users?.list() ?? [] });
  },
};

/** The users database, or a 400: a server started without one keeps no users. */
function usersOf(security: RouteCall["security"]) {
  if (!security.users) throw new ActionError(400, "this server keeps no users", "body");
  return security.users;
}

export const addUserRoute = auditedRoute({
  method: "POST",
  path: "/api/v1/users",
  role: "admin",
  audit: "user.add",
  bodyLimit: SMALL_BODY_BYTES,
  input: z.strictObject({
    name: z.string({ error: "is required" }),
    role: z.enum(ROLES, { error: "must be viewer, operator or admin" }),
    password: z.string({ error: "is required" }),
  }),
  async run({ name, role, password }, { security }) {
    const users = usersOf(security);
    if (users.list().some((u) => u.name === name)) throw new ActionError(409, `user ${name} already exists`, "name");
    // The first user ends local mode: without an admin among the users nobody could manage them any more.
    if (!users.hasUsers() && role !== "admin") throw new ActionError(409, "the first user must be an admin (adding a user turns sign-in on)", "role");
    try {
      await users.add(name, role, password);
    } catch (err) {
      throw new ActionError(400, (err as Error).message, /password/.test((err as Error).message) ? "password" : "name");
    }
    return { body: { ok: true, user: name, role }, target: name };
  },
});

export const removeUserRoute: Route = {
  method: "DELETE",
  path: "/api/v1/users/:name",
  role: "admin",
  handle({ res, params, who, security }) {
    if (!security.users) return sendError(res, 400, "this server keeps no users");
    let status = 200;
    let error: string | undefined;
    try {
      if (!security.users.remove(params.name)) [status, error] = [404, `no such user: ${params.name}`];
    } catch (err) {
      [status, error] = [409, (err as Error).message];
    }
    security.record(who, { action: "user.remove", target: params.name, params: {}, ok: status === 200, status, error });
    if (status === 200) security.sessionEnded();
    sendJson(res, status, status === 200 ? { ok: true, user: params.name } : { ok: false, error, field: "name" });
  },
};

export const setUserRoleRoute = auditedRoute({
  method: "PUT",
  path: "/api/v1/users/:name",
  role: "admin",
  audit: "user.role",
  bodyLimit: SMALL_BODY_BYTES,
  input: z.strictObject({ name: z.string(), role: z.enum(ROLES, { error: "must be viewer, operator or admin" }) }),
  run({ name, role }, { security }) {
    let changed: boolean;
    try {
      changed = usersOf(security).setRole(name, role);
    } catch (err) {
      throw new ActionError(409, (err as Error).message, "role");
    }
    if (!changed) throw new ActionError(404, `no such user: ${name}`, "name");
    security.sessionEnded(); // open sockets re-check: a changed role reconnects into the matching stream
    return { body: { ok: true, user: name, role } };
  },
});
