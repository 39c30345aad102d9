"use client";
// Create a read-only share link (label, expiry, the board or /present), then show its full URL once, with Copy: the server never shows the token again.
import { type FormEvent, useState } from "react";
import { BUTTON, INPUT, PRIMARY_BUTTON } from "@/components/ui/styles";
import type { ShareLinkCreated } from "@/lib/share-links";
import { request } from "@/components/request/request";
import { absoluteShareUrl, DEFAULT_EXPIRY, EXPIRY_CHOICES, expiryMinutes } from "./share-link-format";
import { Problem } from "@/components/ui/Problem";

function CreatedLink({ url, label, onDone }: { url: string; label: string; onDone: () => void }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("Copied.");
    } catch {
      setCopied("Could not copy here: select the URL and copy it by hand.");
    }
  };
  return (
    <div data-testid="share-link-created" className="space-y-1.5 rounded-md border border-emerald-800/70 bg-emerald-950/30 p-2">
      <p className="text-emerald-200">Share link “{label}” created. Open this URL on the screen that shows the swarm:</p>
      <div className="flex flex-wrap items-center gap-2">
        <input readOnly aria-label="Share link URL" value={url} onFocus={(e) => e.currentTarget.select()} className={`${INPUT} min-w-[20rem] flex-1 font-mono`} />
        <button type="button" onClick={() => void copy()} className={PRIMARY_BUTTON}>
          Copy
        </button>
        <button type="button" onClick={onDone} className={BUTTON}>
          Done
        </button>
      </div>
      <p className="text-amber-200">This URL is shown only now: it will not be shown again (revoke the link and create a new one if it is lost).</p>
      {copied && (
        <p role="status" className="text-zinc-300">
          {copied}
        </p>
      )}
    </div>
  );
}

export function ShareLinkCreate({ onCreated }: { onCreated: () => void }) {
  const [label, setLabel] = useState("");
  const [expiry, setExpiry] = useState(DEFAULT_EXPIRY);
  const [present, setPresent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ url: string; label: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const r = await request<ShareLinkCreated>("POST", "/api/v1/share-links", { label: label.trim(), expiresInMinutes: expiryMinutes(expiry) });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setLabel("");
    setCreated({ url: absoluteShareUrl(present ? `${r.data.url}?to=present` : r.data.url, window.location.origin), label: r.data.link.label });
    onCreated();
  };
  return (
    <div className="space-y-2">
      <form onSubmit={submit} aria-label="Create a share link" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          Label (e.g. the screen it is for)
          <input value={label} onChange={(e) => setLabel(e.target.value)} required maxLength={64} autoComplete="off" className={`${INPUT} w-56`} />
        </label>
        <label className="flex flex-col gap-1">
          Expires after
          <select value={expiry} onChange={(e) => setExpiry(e.target.value)} className={INPUT}>
            {EXPIRY_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1 self-center">
          <input type="checkbox" checked={present} onChange={(e) => setPresent(e.target.checked)} />
          Opens the projection view (/present)
        </label>
        <button type="submit" disabled={busy || !label.trim()} className={PRIMARY_BUTTON}>
          {busy ? "Creating…" : "Create share link"}
        </button>
      </form>
      <Problem of={error} prefix="Not created:" />
      {created && <CreatedLink url={created.url} label={created.label} onDone={() => setCreated(null)} />}
    </div>
  );
}
