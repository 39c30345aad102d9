// Share links on the admin page: the expiry choices as minutes for the API, and the link's absolute URL; pure.

export interface ExpiryChoice {
  value: string;
  label: string;
  /** What POST /api/v1/share-links gets as expiresInMinutes; null = until revoked. */
  minutes: number | null;
}

export const EXPIRY_CHOICES: readonly ExpiryChoice[] = [
  { value: "1h", label: "1 hour", minutes: 60 },
  { value: "8h", label: "8 hours", minutes: 8 * 60 },
  { value: "1d", label: "1 day", minutes: 24 * 60 },
  { value: "7d", label: "7 days", minutes: 7 * 24 * 60 },
  { value: "never", label: "Never (until revoked)", minutes: null },
];

export const DEFAULT_EXPIRY = "8h";

/** The minutes for a choice; an unknown value falls back to the default (never to "never"). */
export function expiryMinutes(value: string): number | null {
  const choice = EXPIRY_CHOICES.find((c) => c.value === value) ?? EXPIRY_CHOICES.find((c) => c.value === DEFAULT_EXPIRY);
  return choice?.minutes ?? null;
}

/** The URL to hand to the projection screen: the server's path on this page's origin. */
export function absoluteShareUrl(path: string, origin: string): string {
  return new URL(path, origin).toString();
}
