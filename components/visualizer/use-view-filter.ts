"use client";
// The view filter read from and written to the URL (?q, ?service, ?stack, ?history) with router.replace, no scroll.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { filterFromParams, queryWithFilter, type ViewFilter } from "./view-filter";

export type SetViewFilter = (patch: Partial<ViewFilter>) => void;

export function useViewFilter(): [ViewFilter, SetViewFilter] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = params.toString();
  const filter = useMemo(() => filterFromParams(new URLSearchParams(query)), [query]);
  const setFilter = useCallback<SetViewFilter>(
    (patch) => {
      // Start from the address bar, not the last render: two quick updates must not undo each other.
      const current = typeof window === "undefined" ? query : window.location.search.replace(/^\?/, "");
      const next = queryWithFilter(current, patch);
      if (next === current) return;
      router.replace(next ? `${pathname}?${next}` : pathname, { scroll: false });
    },
    [query, pathname, router],
  );
  return [filter, setFilter];
}
