"use client";
// Who is using the page: GET /api/v1/me once per page load, shared by every component (useMe, useCan); a 401 sends the browser to sign in.
import { useSyncExternalStore } from "react";
import { request } from "@/components/request/request";
import { loginHref, type Me } from "@/lib/session";
import { useEngineReadOnly } from "@/components/store/cluster-store";
import { allows, type Control } from "./permissions";

let me: Me | null = null;
let asked = false;
const listeners = new Set<() => void>();

function load(): void {
  if (asked) return;
  asked = true;
  void request<Me>("GET", "/api/v1/me").then((answer) => {
    // On the sign-in page itself a 401 is expected: sending the browser there again would reload it forever.
    if (answer.status === 401) {
      if (window.location.pathname !== "/login") window.location.assign(loginHref(window.location.pathname + window.location.search));
      return;
    }
    if (!answer.ok) {
      asked = false; // the next component that mounts asks again; until then no controls
      return;
    }
    me = answer.data;
    for (const l of listeners) l();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  load();
  return () => listeners.delete(listener);
}

/** The session, or null until /api/v1/me has answered (and on the server's render). */
export function useMe(): Me | null {
  return useSyncExternalStore(
    subscribe,
    () => me,
    () => null,
  );
}

/** Whether this session may see `control`; false until /api/v1/me has answered, so no control flashes up, and for engine writes while the engine is read-only. */
export function useCan(control: Control): boolean {
  return allows(useMe(), control, useEngineReadOnly());
}
