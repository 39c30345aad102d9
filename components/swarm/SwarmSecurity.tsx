"use client";
// The admin's swarm security operations on the swarm page: autolock on/off and rotating the join tokens or the unlock key, each showing its docker CLI.
import { ActionFeedback } from "@/components/operations/ActionFeedback";
import { ActionSection } from "@/components/operations/ActionSection";
import { autolockRequest, rotateRequest } from "@/components/operations/requests";
import { useActionRun } from "@/components/operations/use-action-run";
import { Section } from "@/components/ui/Section";
import { SWARM_ROTATIONS, rotationWords } from "@/lib/actions/swarm";
import { BUTTON } from "@/components/ui/styles";

export function SwarmSecurity({ autolock }: { autolock: boolean }) {
  const { run, start } = useActionRun();
  const busy = run !== null && run.answer === null;
  const toggle = autolockRequest(!autolock);
  return (
    <Section title="Autolock and rotation" testId="swarm-security" aside={<span className="text-[11px] text-zinc-500">admins only</span>}>
      <div className="grid gap-2 md:grid-cols-2">
        <ActionSection
          title={`Autolock: ${autolock ? "on" : "off"}`}
          testId="autolock"
          cli={toggle.cli}
          note={
            autolock
              ? "Restarted managers wait for docker swarm unlock with the unlock key. Turning it off lets them rejoin on their own."
              : "With autolock on, a restarted manager stays locked until someone runs docker swarm unlock with the unlock key: keep the key safe."
          }
        >
          <button type="button" data-testid="autolock-toggle" className={BUTTON} disabled={busy} onClick={() => start(toggle)}>
            {toggle.title}
          </button>
        </ActionSection>
        <ActionSection
          title="Rotate"
          testId="rotate"
          cli={null}
          note="Nodes that already joined are not affected; the old token or key stops working. The new value is shown only under Reveal."
        >
          {SWARM_ROTATIONS.map((what) => (
            <button
              key={what}
              type="button"
              data-testid={`rotate-${what}`}
              className={BUTTON}
              disabled={busy || (what === "unlock-key" && !autolock)}
              title={what === "unlock-key" && !autolock ? "autolock is off: there is no unlock key" : undefined}
              onClick={() => start(rotateRequest(what))}
            >
              {rotationWords(what).replace(/^the /, "")}
            </button>
          ))}
        </ActionSection>
      </div>
      {run && (
        <div className="mt-2">
          <ActionFeedback key={run.id} run={run} />
        </div>
      )}
    </Section>
  );
}
