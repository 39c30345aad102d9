"use client";
// A page body only for sessions allowed a control: others read which role it needs (or that the engine is read-only); nothing at all until /api/v1/me answers.
import type { ReactNode } from "react";
import { PageMessage } from "@/components/ui/PageMessage";
import { sessionLabel } from "@/lib/session";
import { CONTROLS, allows, type Control } from "./permissions";
import { useMe } from "./use-me";
import { useEngineReadOnly } from "@/components/store/cluster-store";

export function NeedsRole({ control, what, children }: { control: Control; what: string; children: ReactNode }) {
  const me = useMe();
  const readOnly = useEngineReadOnly();
  if (!me) return null;
  if (allows(me, control, readOnly)) return children;
  if (allows(me, control))
    return (
      <PageMessage
        testId="read-only-engine"
        title={`${what} is not available: read-only engine access`}
        detail="The engine (or a proxy in front of it) refused a write; Swarmscope shows the swarm but cannot change it."
      />
    );
  const need = CONTROLS[control].need;
  return (
    <PageMessage
      testId="needs-role"
      title={`${what} needs the ${need} role`}
      detail={`${sessionLabel(me)}: you need the ${need} role for this. Ask an admin of this Swarmscope.`}
    />
  );
}
