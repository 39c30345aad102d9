"use client";
// The /admin page's body: users, share links and the audit log (which is read again after every change made here).
import { useCallback, useState } from "react";
import { AuditSection } from "./AuditSection";
import { ShareLinksSection } from "./ShareLinksSection";
import { UsersSection } from "./UsersSection";

export function AdminView() {
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  return (
    <div data-testid="admin" className="flex flex-col gap-3 px-3 pb-10">
      <UsersSection onChanged={changed} />
      <ShareLinksSection onChanged={changed} />
      <AuditSection version={version} />
    </div>
  );
}
