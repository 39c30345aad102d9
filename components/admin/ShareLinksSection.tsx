"use client";
// The admin page's read-only share links (projection screens): the create form and every link with its state; API errors are shown as text.
import { Section } from "@/components/ui/Section";
import type { ShareLinkView } from "@/lib/share-links";
import { ShareLinkCreate } from "./ShareLinkCreate";
import { ShareLinkRow } from "./ShareLinkRow";
import { useGet } from "@/components/request/use-get";
import { DataTable } from "@/components/ui/DataTable";
import { Problem } from "@/components/ui/Problem";

export function ShareLinksSection({ onChanged }: { onChanged: () => void }) {
  const { data, error, reload } = useGet<{ links: ShareLinkView[] }>("/api/v1/share-links");
  const changed = () => {
    reload();
    onChanged();
  };
  const links = data?.links ?? [];
  return (
    <Section title="Share links" testId="admin-share-links" aside={<span className="text-[11px] text-zinc-500">read-only views of the visualizer, no sign-in</span>}>
      <div className="space-y-3 text-xs text-zinc-300">
        <ShareLinkCreate onCreated={changed} />
        <Problem of={error} prefix="Could not read the share links:" />
        {data && links.length === 0 && <p className="text-zinc-400">No share links yet.</p>}
        {links.length > 0 && (
          <DataTable variant="plain" columns={["Label", "State", "Created", "Expires", "Last used", { label: "Revoke", hidden: true }]}>
            {links.map((l) => (
              <ShareLinkRow key={l.id} link={l} onChanged={changed} />
            ))}
          </DataTable>
        )}
      </div>
    </Section>
  );
}
