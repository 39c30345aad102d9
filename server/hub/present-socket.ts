// A /present screen follows a presentation (any session that may watch); the presenter (operator or above, checked on every message with the session as it is now) steers it.
import type { Server, Socket } from "socket.io";
import { PRESENT_ROLE, presentFollowInput, presentSetInput, type PresentSetAnswer } from "../../lib/presentation";
import type { ClientToServer, ServerToClient } from "../../lib/protocol";
import { roleAllows } from "../../lib/roles";
import type { Security } from "../auth/security";
import type { Presentations } from "./presentations";

const room = (presentation: string) => `present:${presentation}`;

function fieldOf(error: { issues: { path: PropertyKey[]; message: string }[] }): { error: string; field: string } {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".") || "body";
  return { error: `${field}: ${issue?.message ?? "invalid"}`, field };
}

export function handlePresent(io: Server<ClientToServer, ServerToClient>, socket: Socket<ClientToServer, ServerToClient>, security: Security, presentations: Presentations): void {
  let following: string | null = null;

  socket.on("present:follow", (request) => {
    const parsed = presentFollowInput.safeParse(request);
    if (!parsed.success) return;
    if (following) void socket.leave(room(following));
    following = parsed.data.presentation;
    void socket.join(room(following));
    socket.emit("present:state", presentations.get(following));
  });

  socket.on("present:set", (request, answer) => {
    const reply = (a: PresentSetAnswer) => (typeof answer === "function" ? answer(a) : undefined);
    const who = security.principal(socket.request);
    if (!who) return reply({ ok: false, error: "sign in first" });
    if (!roleAllows(who.role, PRESENT_ROLE) || who.share) return reply({ ok: false, error: `${who.name} is a ${who.role}; steering a presentation needs ${PRESENT_ROLE}` });
    const parsed = presentSetInput.safeParse(request);
    if (!parsed.success) return reply({ ok: false, ...fieldOf(parsed.error) });
    const message = presentations.set(parsed.data.presentation, parsed.data.state, who.name);
    io.to(room(message.presentation)).emit("present:state", message);
    reply({ ok: true });
  });
}
