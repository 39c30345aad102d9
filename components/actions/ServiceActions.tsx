"use client";
// Placeholder until the actions UI lands: the service operations panel (scale, update image, rollback, redeploy, remove).
export function ServiceActions(_props: { serviceId: string }) {
  return null;
}
