"use client";
// One share link in the table: label, state, who created it and when, expiry, last use, and Revoke (asks once more) while it is active.
import { useState } from "react";
import { Confirm } from "@/components/ui/Confirm";
import { formatDateTime } from "@/components/ui/time-format";
import type { ShareLinkView } from "@/lib/share-links";
import { request } from "@/components/request/request";
import { Problem } from "@/components/ui/Problem";

const STATE_CLASS: Record<ShareLinkView["state"], string> = {
  active: "bg-emerald-900/60 text-emerald-200",
  expired: "bg-zinc-800 text-zinc-400",
  revoked: "bg-red-950 text-red-300",
};

export function ShareLinkRow({ link, onChanged }: { link: ShareLinkView; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revoke = async () => {
    setBusy(true);
    const r = await request("DELETE", `/api/v1/share-links/${encodeURIComponent(link.id)}`);
    setBusy(false);
    setError(r.ok ? null : r.error);
    if (r.ok) onChanged();
  };
  return (
    <tr data-testid="share-link-row" data-label={link.label} data-state={link.state} className="border-t border-zinc-800 align-top">
      <td className="py-1.5 pr-3 text-zinc-100">{link.label}</td>
      <td className="py-1.5 pr-3">
        <span className={`rounded px-1.5 ${STATE_CLASS[link.state]}`}>{link.state}</span>
      </td>
      <td className="py-1.5 pr-3 text-zinc-300">
        <span className="font-mono">{link.createdBy}</span> · {formatDateTime(link.createdAt)}
      </td>
      <td className="py-1.5 pr-3 text-zinc-300">
        {link.state === "revoked" ? `revoked ${formatDateTime(link.revokedAt)}` : link.expiresAt ? formatDateTime(link.expiresAt) : "never"}
      </td>
      <td className="py-1.5 pr-3 text-zinc-400">{link.lastUsedAt ? formatDateTime(link.lastUsedAt) : "never"}</td>
      <td className="py-1.5">
        {link.state === "active" && <Confirm opener="Revoke…" quiet confirmLabel={`Revoke ${link.label}`} busy={busy} closeOnConfirm onConfirm={() => void revoke()} />}
        <Problem of={error} className="mt-1" />
      </td>
    </tr>
  );
}
