"use client";
// /timeline: what the swarm did, newest first (GET /api/v1/timeline), filtered by service, node, stack, kind and time range (kept in the URL),
// older pages on demand, each entry linking to the board at its moment, and the filtered entries exported as JSON lines.
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, useState } from "react";
import { type Answer, type RequestFailure, request } from "@/components/request/request";
import { useGet } from "@/components/request/use-get";
import { DataTable, EmptyNote } from "@/components/ui/DataTable";
import { PageFrame } from "@/components/ui/PageFrame";
import { Pill } from "@/components/ui/Pill";
import { Problem } from "@/components/ui/Problem";
import { Section } from "@/components/ui/Section";
import { BUTTON, INPUT, PRIMARY_BUTTON } from "@/components/ui/styles";
import { TextBox } from "@/components/ui/TextBox";
import { formatDateTime } from "@/components/ui/time-format";
import { TIMELINE_KINDS, type TimelineEntry, type TimelinePage } from "@/lib/history-types";
import { boardAt } from "./replay-url";
import { kindLabel, kindTone } from "./timeline-kinds";
import { filterFromQuery, isoFromField, queryOfFilter, type TimelineFilter, timelinePath, toJsonLines } from "./timeline-query";

const PAGE = 100;
/** The export reads pages this large, at most this many. */
const EXPORT_PAGE = 1000;
const EXPORT_PAGES = 100;

const failureText = (f: RequestFailure) => (f.field ? `${f.error} (field: ${f.field})` : f.error);

type TextField = "service" | "node" | "stack" | "from" | "to";

interface TextFilterSpec {
  field: TextField;
  label: string;
  width: string;
  placeholder?: string;
}

/** The filters typed as text: the names (before Kind, a choice) and the time range (after it). */
const NAME_FILTERS: readonly TextFilterSpec[] = [
  { field: "service", label: "Service", width: "w-40" },
  { field: "node", label: "Node", width: "w-32" },
  { field: "stack", label: "Stack", width: "w-32" },
];
const TIME_FILTERS: readonly TextFilterSpec[] = [
  { field: "from", label: "From", width: "w-52", placeholder: "2026-12-03T17:40:00Z" },
  { field: "to", label: "To", width: "w-52", placeholder: "2026-12-03T18:40:00Z" },
];

function TextFilter({
  field,
  label,
  width,
  placeholder,
  draft,
  set,
  className,
}: TextFilterSpec & { draft: TimelineFilter; set(patch: Partial<TimelineFilter>): void; className: string }) {
  return (
    <label className={className}>
      {label}
      <TextBox testId={`timeline-filter-${field}`} value={draft[field]} onChange={(value) => set({ [field]: value })} code width={width} placeholder={placeholder} />
    </label>
  );
}

function Filters({ applied, apply }: { applied: TimelineFilter; apply(f: TimelineFilter): void }) {
  const [draft, setDraft] = useState(applied);
  const [seen, setSeen] = useState(applied);
  if (seen !== applied) {
    setSeen(applied);
    setDraft(applied);
  }
  const set = (patch: Partial<TimelineFilter>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply({ ...draft, from: isoFromField(draft.from), to: isoFromField(draft.to) });
  };
  const label = "flex flex-col gap-0.5 text-[11px] text-zinc-400";
  return (
    <form onSubmit={submit} data-testid="timeline-filters" className="flex flex-wrap items-end gap-2">
      {NAME_FILTERS.map((f) => (
        <TextFilter key={f.field} {...f} draft={draft} set={set} className={label} />
      ))}
      <label className={label}>
        Kind
        <select data-testid="timeline-filter-kind" value={draft.kind} onChange={(e) => set({ kind: e.target.value })} className={INPUT}>
          <option value="">any</option>
          {TIMELINE_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      {TIME_FILTERS.map((f) => (
        <TextFilter key={f.field} {...f} draft={draft} set={set} className={label} />
      ))}
      <button type="submit" data-testid="timeline-apply" className={PRIMARY_BUTTON}>
        Apply
      </button>
    </form>
  );
}

function EntryRow({ entry }: { entry: TimelineEntry }) {
  const { services, nodes, stacks } = entry.objects;
  const about = [...services.map((s) => `service ${s}`), ...stacks.map((s) => `stack ${s}`), ...nodes.map((n) => `node ${n}`)].join(", ");
  return (
    <tr data-testid="timeline-entry" data-kind={entry.kind} data-entry-id={entry.id} data-at={entry.at} className="align-top">
      <td className="whitespace-nowrap px-2 py-1.5 tabular-nums text-zinc-300">
        {formatDateTime(entry.at)}
        {entry.until && <div className="text-[11px] text-zinc-500">until {formatDateTime(entry.until)}</div>}
      </td>
      <td className="px-2 py-1.5">
        <Pill tone={kindTone(entry.kind)}>{kindLabel(entry.kind)}</Pill>
      </td>
      <td className="px-2 py-1.5 text-zinc-100">
        {entry.sentence}
        {about && <div className="text-[11px] text-zinc-500">{about}</div>}
      </td>
      <td className="whitespace-nowrap px-2 py-1.5 text-zinc-400">{entry.actor ? `${entry.actor.user} (${entry.actor.role})` : ""}</td>
      <td className="whitespace-nowrap px-2 py-1.5">
        {/* A gap has no board (nothing was recorded): its link shows the moment Swarmscope was back. */}
        <Link
          href={boardAt(entry.kind === "gap" && entry.until ? entry.until : entry.at)}
          data-testid="timeline-board-link"
          prefetch={false}
          className="text-sky-300 hover:underline"
        >
          {entry.kind === "gap" ? "Board after" : "Board then"}
        </Link>
      </td>
    </tr>
  );
}

/** Every entry the filter selects (page after page), or the failure that stopped the reading. */
async function readAll(filter: TimelineFilter): Promise<{ entries: TimelineEntry[]; failure: RequestFailure | null }> {
  const entries: TimelineEntry[] = [];
  let before: string | null = null;
  for (let i = 0; i < EXPORT_PAGES; i++) {
    const answer: Answer<TimelinePage> = await request<TimelinePage>("GET", timelinePath(filter, EXPORT_PAGE, before));
    if (!answer.ok) return { entries, failure: answer };
    entries.push(...answer.data.entries);
    before = answer.data.next;
    if (!before) break;
  }
  return { entries, failure: null };
}

function download(text: string, file: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/x-ndjson" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function TimelineView() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const query = params.toString();
  const [filter, setFilter] = useState(() => filterFromQuery(params));
  const [seenQuery, setSeenQuery] = useState(query);
  if (seenQuery !== query) {
    setSeenQuery(query);
    setFilter(filterFromQuery(new URLSearchParams(query)));
  }
  const first = useGet<TimelinePage>(timelinePath(filter, PAGE));
  const [older, setOlder] = useState<{ path: string; entries: TimelineEntry[]; next: string | null } | null>(null);
  const [more, setMore] = useState<{ loading: boolean; failure: RequestFailure | null }>({ loading: false, failure: null });
  const [exporting, setExporting] = useState<{ busy: boolean; failure: RequestFailure | null }>({ busy: false, failure: null });

  const firstPath = timelinePath(filter, PAGE);
  const mine = older?.path === firstPath ? older : null;
  const entries = [...(first.data?.entries ?? []), ...(mine?.entries ?? [])];
  const next = mine ? mine.next : (first.data?.next ?? null);

  const apply = (f: TimelineFilter) => {
    const q = queryOfFilter(f);
    router.replace(q ? `${pathname}?${q}` : pathname, { scroll: false });
  };
  const loadOlder = async () => {
    if (!next) return;
    setMore({ loading: true, failure: null });
    const answer = await request<TimelinePage>("GET", timelinePath(filter, PAGE, next));
    if (!answer.ok) return setMore({ loading: false, failure: answer });
    setOlder({ path: firstPath, entries: [...(mine?.entries ?? []), ...answer.data.entries], next: answer.data.next });
    setMore({ loading: false, failure: null });
  };
  const exportLines = async () => {
    setExporting({ busy: true, failure: null });
    const all = await readAll(filter);
    if (!all.failure) download(toJsonLines(all.entries), `swarmscope-timeline-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl`);
    setExporting({ busy: false, failure: all.failure });
  };

  return (
    <PageFrame kind="History" title="Timeline">
      <Section title="Filters" aside={<span className="text-[11px] text-zinc-500">{first.data?.oldest ? `kept since ${formatDateTime(first.data.oldest)}` : ""}</span>}>
        <Filters applied={filter} apply={apply} />
      </Section>
      <Section
        title="Entries"
        testId="timeline-list"
        aside={
          <span className="ml-auto flex items-center gap-2">
            <span className="text-[11px] text-zinc-500">newest first</span>
            <button type="button" data-testid="timeline-export" disabled={exporting.busy} onClick={() => void exportLines()} className={BUTTON}>
              {exporting.busy ? "Exporting…" : "Export JSON lines"}
            </button>
          </span>
        }
      >
        <Problem of={exporting.failure && failureText(exporting.failure)} prefix="Could not export:" boxed />
        <Problem of={first.failure && failureText(first.failure)} prefix="Could not read the timeline:" boxed testId="timeline-error" />
        {first.loading && !first.data ? (
          <p className="text-sm text-zinc-500">Reading the timeline…</p>
        ) : entries.length === 0 ? (
          !first.failure && <EmptyNote testId="timeline-empty">Nothing recorded matches these filters.</EmptyNote>
        ) : (
          <DataTable columns={["Time", "Kind", "What happened", "By", { label: "Board", hidden: true }]} testId="timeline-table">
            {entries.map((e) => (
              <EntryRow key={e.id} entry={e} />
            ))}
          </DataTable>
        )}
        <Problem of={more.failure && failureText(more.failure)} prefix="Could not read older entries:" boxed />
        {next && (
          <button type="button" data-testid="timeline-older" disabled={more.loading} onClick={() => void loadOlder()} className={`${BUTTON} mt-2`}>
            {more.loading ? "Reading…" : "Older entries"}
          </button>
        )}
      </Section>
    </PageFrame>
  );
}
