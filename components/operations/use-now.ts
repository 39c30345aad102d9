"use client";
// The time now (ms), ticking every `everyMs` while `active`; for clocks such as "stable for 3 s".
import { useEffect, useState } from "react";

export function useNow(active: boolean, everyMs = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs]);
  return now;
}
