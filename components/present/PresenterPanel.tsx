"use client";
// The presenter's panel on the board (operators and above): open /present, steer every screen following it (spotlight, stopped tasks, filter), a QR code + short URL for phones, and the lab guide.
import { useMemo, useState } from "react";
import { useClusterStore } from "@/components/store/cluster-store";
import { request } from "@/components/request/request";
import { Problem } from "@/components/ui/Problem";
import { BUTTON, INPUT, PRIMARY_BUTTON } from "@/components/ui/styles";
import { absoluteShareUrl } from "@/components/admin/share-link-format";
import type { ViewFilter } from "@/components/visualizer/view-filter";
import { DEFAULT_PRESENTATION, type PresenterState, type SpotlightKind } from "@/lib/presentation";
import type { PhoneLinkCreated } from "@/lib/share-links";
import { LabGuide } from "./LabGuide";
import { QrCode } from "./QrCode";
import { usePresenterSender } from "./use-presenter";

function PhoneLink() {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const make = async () => {
    const r = await request<PhoneLinkCreated>("POST", "/api/v1/present-links", {});
    if (!r.ok) return setError(r.error);
    setError(null);
    setUrl(absoluteShareUrl(r.data.url, window.location.origin));
  };
  return (
    <div className="space-y-1.5">
      <button type="button" data-testid="phone-link-create" onClick={() => void make()} className={BUTTON}>
        {url ? "New phone link" : "Phone link (QR code)"}
      </button>
      <Problem of={error} prefix="No phone link:" />
      {url && (
        <div className="flex items-center gap-3">
          <QrCode text={url} label={`QR code for ${url}`} />
          <div className="min-w-0 space-y-1">
            <p className="text-zinc-300">Read-only, expires in 2 hours:</p>
            <input readOnly data-testid="phone-link-url" aria-label="Phone link URL" value={url} onFocus={(e) => e.currentTarget.select()} className={`${INPUT} w-72 font-mono`} />
          </div>
        </div>
      )}
    </div>
  );
}

export function PresenterPanel({ filter }: { filter: ViewFilter }) {
  const { model } = useClusterStore();
  const [presenting, setPresenting] = useState(true);
  const [spotlight, setSpotlight] = useState<PresenterState["spotlight"]>(null);
  const cluster = model?.cluster;
  const choices = useMemo(() => {
    const services = Object.values(cluster?.services ?? {}).map((s) => s.name);
    const stacks = Object.values(cluster?.services ?? {}).flatMap((s) => (s.stack ? [s.stack] : []));
    const nodes = Object.values(cluster?.nodes ?? {}).map((n) => n.hostname);
    const sorted = (names: string[]) => [...new Set(names)].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    return { service: sorted(services), stack: sorted(stacks), node: sorted(nodes) };
  }, [cluster?.services, cluster?.nodes]);
  const state: PresenterState = { spotlight, history: filter.history, q: filter.q, service: filter.service, stack: filter.stack };
  const answer = usePresenterSender(DEFAULT_PRESENTATION, state, presenting);
  const value = spotlight ? `${spotlight.kind}:${spotlight.name}` : "";
  const choose = (v: string) => {
    const at = v.indexOf(":");
    setSpotlight(at < 0 ? null : { kind: v.slice(0, at) as SpotlightKind, name: v.slice(at + 1) });
  };
  return (
    <section data-testid="presenter-panel" aria-label="Presenting" className="space-y-2 rounded-md border border-zinc-700 bg-zinc-900 p-2 text-xs">
      <div className="flex flex-wrap items-center gap-2">
        <a href={`/present?p=${DEFAULT_PRESENTATION}`} target="_blank" rel="noopener" className={PRIMARY_BUTTON} data-testid="present-view-open">
          Open the projection view
        </a>
        <label className="flex items-center gap-1">
          <input type="checkbox" data-testid="presenting" checked={presenting} onChange={(e) => setPresenting(e.target.checked)} />
          The room follows this board (filter, stopped tasks, spotlight)
        </label>
        {answer && !answer.ok && <Problem of={answer.error} prefix="Not sent:" />}
      </div>
      <label className="flex items-center gap-2">
        Spotlight
        <select data-testid="spotlight-select" value={value} onChange={(e) => choose(e.target.value)} className={INPUT}>
          <option value="">nothing</option>
          {(["service", "stack", "node"] as const).map((kind) =>
            choices[kind].length > 0 ? (
              <optgroup key={kind} label={kind === "service" ? "Services" : kind === "stack" ? "Stacks" : "Nodes"}>
                {choices[kind].map((name) => (
                  <option key={name} value={`${kind}:${name}`}>
                    {name}
                  </option>
                ))}
              </optgroup>
            ) : null,
          )}
        </select>
        {spotlight && (
          <button type="button" onClick={() => setSpotlight(null)} className={BUTTON}>
            Clear
          </button>
        )}
      </label>
      <PhoneLink />
      <LabGuide />
    </section>
  );
}
