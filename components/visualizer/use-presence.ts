"use client";
// Keeps cards that left a column on screen briefly as ghosts (class task-leave) so they can fade out in place.
import { useEffect, useMemo, useState } from "react";
import { departed, type Ghost, liveGhosts, type Presence, withGhosts } from "./presence";

export function usePresence<T>(items: readonly T[], keyOf: (item: T) => string, shownElsewhere: (key: string) => boolean, ghostMs: number): Presence<T>[] {
  const [prev, setPrev] = useState(items);
  const [ghosts, setGhosts] = useState<Ghost<T>[]>([]);

  // Adjusting state while rendering when the items change (React's "store information from previous renders").
  if (prev !== items) {
    setPrev(items);
    const now = Date.now();
    const gone = ghostMs > 0 ? departed(prev, items, keyOf, shownElsewhere).map((d) => ({ ...d, until: now + ghostMs })) : [];
    const kept = liveGhosts(ghosts, items, keyOf, now);
    if (gone.length > 0 || kept.length !== ghosts.length) setGhosts([...kept, ...gone]);
  }

  useEffect(() => {
    if (ghosts.length === 0) return;
    const due = Math.min(...ghosts.map((g) => g.until));
    const timer = setTimeout(() => setGhosts((gs) => gs.filter((g) => g.until > Date.now())), Math.max(0, due - Date.now()) + 5);
    return () => clearTimeout(timer);
  }, [ghosts]);

  return useMemo(() => withGhosts(items, ghosts, keyOf), [items, ghosts, keyOf]);
}
