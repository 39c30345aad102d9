"use client";
// "Signed in as NAME (role) · Sign out" or the local-mode note; a 401 from /api/v1/me sends the browser to the sign-in page.
import { useEffect, useState } from "react";
import { loginHref, type Me, sessionLabel } from "@/lib/session";

export function SessionBadge() {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/v1/me", { cache: "no-store" })
      .then(async (res) => {
        if (res.status === 401) {
          window.location.assign(loginHref(window.location.pathname + window.location.search));
          return;
        }
        if (res.ok && live) setMe((await res.json()) as Me);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!me) return null;
  const signOut = async () => {
    await fetch("/api/v1/logout", { method: "POST" }).catch(() => undefined);
    window.location.assign("/login");
  };
  return (
    <span data-testid="session-badge" className="ml-1 text-xs text-zinc-500">
      {sessionLabel(me)}
      {me.mode === "auth" && (
        <>
          {" · "}
          <button type="button" onClick={signOut} className="text-zinc-300 underline hover:text-white">
            Sign out
          </button>
        </>
      )}
    </span>
  );
}
