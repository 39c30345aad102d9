"use client";
// "Signed in as NAME (role) · Sign out", the local-mode note, or the share link's label · Leave shared view; from the shared useMe (which sends a 401 to /login).
import { request } from "@/components/request/request";
import { sessionLabel } from "@/lib/session";
import { useMe } from "./use-me";

export function SessionBadge() {
  const me = useMe();
  if (!me) return null;
  const signOut = async () => {
    await request("POST", "/api/v1/logout");
    window.location.assign("/login");
  };
  // Back to this browser's own session (or sign-in): the share link's cookie goes, nothing else.
  const leave = async () => {
    await request("POST", "/api/v1/share/leave");
    window.location.assign("/");
  };
  return (
    <span
      data-testid="session-badge"
      className={`ml-1 text-xs ${me.mode === "share" ? "rounded-md border border-sky-800 bg-sky-950/60 px-2 py-0.5 text-sky-200" : "text-zinc-500"}`}
    >
      {sessionLabel(me)}
      {me.mode === "share" && (
        <>
          {" · "}
          <button type="button" data-testid="leave-share" onClick={leave} className="text-sky-100 underline hover:text-zinc-50">
            Leave shared view
          </button>
        </>
      )}
      {me.mode === "auth" && (
        <>
          {" · "}
          <button type="button" onClick={signOut} className="text-zinc-300 underline hover:text-zinc-50">
            Sign out
          </button>
        </>
      )}
    </span>
  );
}
