"use client";
// Placeholder until the actions UI lands: the node operations panel (availability, promote/demote, labels, remove).
export function NodeActions(_props: { nodeId: string }) {
  return null;
}
