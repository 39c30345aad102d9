// /api/v1/users (admin): list, add (name, role, password), change a role and remove users; never the last admin; audited without the password.
import { readSmallBody } from "../body";
import { sendError, sendJson } from "../json";
import type { Route } from "../route";
import { isRole } from "../../../lib/roles";

export const usersRoute: Route = {
  method: "GET",
  path: "/api/v1/users",
  role: "admin",
  handle({ res, security }) {
    sendJson(res, 200, { users: security.users?.list() ?? [] });
  },
};

export const addUserRoute: Route = {
  method: "POST",
  path: "/api/v1/users",
  role: "admin",
  async handle({ req, res, who, security }) {
    if (!security.users) return sendError(res, 400, "this server keeps no users");
    const read = await readSmallBody(req, res);
    if (!read) return;
    const { body } = read;
    const { name, role, password } = (body ?? {}) as Record<string, unknown>;
    const params = { name, role, password };
    const refuse = (status: number, error: string, field: string) => {
      security.record(who, { action: "user.add", target: String(name ?? ""), params, ok: false, status, error });
      sendJson(res, status, { ok: false, error, field });
    };
    if (typeof name !== "string") return refuse(400, "name is required", "name");
    if (!isRole(role)) return refuse(400, "role must be viewer, operator or admin", "role");
    if (typeof password !== "string") return refuse(400, "password is required", "password");
    if (security.users.list().some((u) => u.name === name)) return refuse(409, `user ${name} already exists`, "name");
    // The first user ends local mode: without an admin among the users nobody could manage them any more.
    if (!security.users.hasUsers() && role !== "admin") return refuse(409, "the first user must be an admin (adding a user turns sign-in on)", "role");
    try {
      await security.users.add(name, role, password);
    } catch (err) {
      return refuse(400, (err as Error).message, /password/.test((err as Error).message) ? "password" : "name");
    }
    security.record(who, { action: "user.add", target: name, params, ok: true, status: 200 });
    sendJson(res, 200, { ok: true, user: name, role });
  },
};

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

export const setUserRoleRoute: Route = {
  method: "PUT",
  path: "/api/v1/users/:name",
  role: "admin",
  async handle({ req, res, params, who, security }) {
    if (!security.users) return sendError(res, 400, "this server keeps no users");
    const read = await readSmallBody(req, res);
    if (!read) return;
    const { body } = read;
    const { role } = (body ?? {}) as Record<string, unknown>;
    let status = 200;
    let error: string | undefined;
    let field = "name";
    if (!isRole(role)) [status, error, field] = [400, "role must be viewer, operator or admin", "role"];
    else {
      try {
        if (!security.users.setRole(params.name, role)) [status, error] = [404, `no such user: ${params.name}`];
      } catch (err) {
        [status, error, field] = [409, (err as Error).message, "role"];
      }
    }
    security.record(who, { action: "user.role", target: params.name, params: { role }, ok: status === 200, status, error });
    if (status === 200) security.sessionEnded(); // open sockets re-check: a changed role reconnects into the matching stream
    sendJson(res, status, status === 200 ? { ok: true, user: params.name, role } : { ok: false, error, field });
  },
};
