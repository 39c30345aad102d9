"use client";
// One GET of the admin API, read again on reload() or when `version` changes; the last good answer stays while a new one is on its way.
import { useCallback, useEffect, useState } from "react";
import { callApi } from "./admin-api";

export function useApiGet<T>(path: string, version = 0): { data: T | null; error: string | null; loading: boolean; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setLoading(true);
    void callApi<T>("GET", path).then((r) => {
      if (!live) return;
      setLoading(false);
      if (r.ok) {
        setData(r.data);
        setError(null);
      } else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [path, version, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, loading, reload };
}
