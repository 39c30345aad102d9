"use client";
// The narration of this page's stream: every applied change batch through the narrator (lib/narration), newest sentence first.
import { useEffect, useState } from "react";
import { onClusterBatch } from "@/components/store/cluster-store";
import { EMPTY_MEMORY, narrate, type NarrationItem } from "@/lib/narration/narrate";

export function useNarration(): NarrationItem[] {
  const [memory, setMemory] = useState(EMPTY_MEMORY);
  useEffect(() => onClusterBatch((before, delta, after) => setMemory((m) => narrate(m, before, delta.changes, after, delta.at))), []);
  return memory.items;
}
