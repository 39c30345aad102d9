"use client";
// A page body only for sessions allowed a control: others read which role it needs; nothing at all until /api/v1/me answers.
import type { ReactNode } from "react";
import { PageMessage } from "@/components/ui/PageMessage";
import { sessionLabel } from "@/lib/session";
import { CONTROLS, allows, type Control } from "./permissions";
import { useMe } from "./use-me";

export function NeedsRole({ control, what, children }: { control: Control; what: string; children: ReactNode }) {
  const me = useMe();
  if (!me) return null;
  if (allows(me, control)) return children;
  const need = CONTROLS[control].need;
  return (
    <PageMessage
      testId="needs-role"
      title={`${what} needs the ${need} role`}
      detail={`${sessionLabel(me)}: you need the ${need} role for this. Ask an admin of this Swarmscope.`}
    />
  );
}
