// The app router's page boilerplate, written once: the tab title, a view in a <main> or in the shared shell, and the /KIND/:id pages.
import type { Metadata } from "next";
import type { ComponentType, ReactNode } from "react";
import { decodeParam } from "@/lib/resolve-ref";
import { PageShell } from "./PageShell";

/** "Configs" → the tab title "Configs · Swarmscope". */
export function pageTitle(title: string): Metadata {
  return { title: `${title} · Swarmscope` };
}

/** A page that is one view drawing its own frame, in a <main>. */
export function mainPage(View: ComponentType) {
  return function Page() {
    return (
      <main>
        <View />
      </main>
    );
  };
}

/** A page whose content sits in the shared shell (nav, connection banner) under the title. */
export function shellPage(title: string, content: ReactNode) {
  return function Page() {
    return <PageShell title={title}>{content}</PageShell>;
  };
}

interface ReferenceProps {
  params: Promise<{ id: string }>;
}

/** /KIND/:id: the view of the object :id names (an ID, a name, a unique ID prefix), titled "REF · KIND · Swarmscope"; `inMain` wraps it in a <main>. */
export function referencePage(kind: string, View: ComponentType<{ reference: string }>, inMain = false) {
  return {
    async generateMetadata({ params }: ReferenceProps): Promise<Metadata> {
      return pageTitle(`${decodeParam((await params).id)} · ${kind}`);
    },
    async Page({ params }: ReferenceProps) {
      const view = <View reference={decodeParam((await params).id)} />;
      return inMain ? <main>{view}</main> : view;
    },
  };
}
