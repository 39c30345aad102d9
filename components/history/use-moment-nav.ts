"use client";
// Moves the board to a moment (or back to live) by rewriting ?at= in place (history.replaceState, which Next's useSearchParams follows:
// no server round trip per playback step), keeping the page's other parameters.
import { usePathname } from "next/navigation";
import { useCallback } from "react";
import { queryWithMoment } from "./replay-url";

/** `go(ms)`: show that moment; `go(null)`: live. */
export function useMomentNav(): (ms: number | null) => void {
  const pathname = usePathname();
  return useCallback(
    (ms: number | null) => {
      const next = queryWithMoment(window.location.search.replace(/^\?/, ""), ms);
      window.history.replaceState(null, "", next ? `${pathname}?${next}` : pathname);
    },
    [pathname],
  );
}
