"use client";
// Moves the board to a moment (or back to live) by rewriting ?at= with router.replace, keeping the page's other parameters.
import { usePathname, useRouter } from "next/navigation";
import { useCallback } from "react";
import { queryWithMoment } from "./replay-url";

/** `go(ms)`: show that moment; `go(null)`: live. */
export function useMomentNav(): (ms: number | null) => void {
  const router = useRouter();
  const pathname = usePathname();
  return useCallback(
    (ms: number | null) => {
      const next = queryWithMoment(window.location.search.replace(/^\?/, ""), ms);
      router.replace(next ? `${pathname}?${next}` : pathname, { scroll: false });
    },
    [router, pathname],
  );
}
