// Read-only share links for projection screens: what the admin API answers about a link (never its token after creation).
export type ShareLinkState = "active" | "expired" | "revoked";

export interface ShareLinkView {
  id: string;
  label: string;
  createdBy: string;
  createdAt: string;
  /** ISO time the link stops working; null = until revoked. */
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  state: ShareLinkState;
}

/** POST /api/v1/share-links body. */
export interface ShareLinkRequest {
  label: string;
  /** Minutes until the link expires (1 .. 525600 = one year); null or absent = until revoked. */
  expiresInMinutes?: number | null;
}

/** POST /api/v1/share-links answer: the only time the link's URL (with its token) is ever shown. */
export interface ShareLinkCreated {
  ok: true;
  link: ShareLinkView;
  /** Path on this server, e.g. /share/<token>; the browser turns it into an absolute URL. */
  url: string;
}

export const SHARE_PATH_PREFIX = "/share/";
export const MAX_SHARE_MINUTES = 525_600;

/** Share links open the operator board unless `?to=present` asks for the projection view; phone links (/p/<token>) always open /present. */
export const SHARE_TARGETS = { board: "/", present: "/present" } as const;
export const PHONE_PATH_PREFIX = "/p/";
/** Phone links (made by an operator on the spot): at most this many minutes, 2 h unless asked. */
export const MAX_PHONE_MINUTES = 480;
export const DEFAULT_PHONE_MINUTES = 120;

/** True for the paths a browser opens from a link (/share/<token>, /p/<token>): answered in words and redirects, not JSON. */
export function opensLink(path: string): boolean {
  return path.startsWith(SHARE_PATH_PREFIX) || path.startsWith(PHONE_PATH_PREFIX);
}

/** POST /api/v1/present-links body and answer. */
export interface PhoneLinkRequest {
  expiresInMinutes?: number;
}
export interface PhoneLinkCreated {
  ok: true;
  link: ShareLinkView;
  /** Short path for phones: /p/<token> (opens /present read-only). */
  url: string;
}
