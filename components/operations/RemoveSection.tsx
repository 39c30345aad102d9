"use client";
// An actions panel's remove: type the name, then the red button; the CLI preview follows what is typed.
import { type ReactNode, useState } from "react";
import { TypeToConfirm } from "@/components/ui/TypeToConfirm";
import { ActionSection } from "./ActionSection";
import type { ActionRequest } from "./requests";

interface Props {
  title: string;
  /** What must be typed (the service name, the node hostname). */
  name: string;
  /** The removal with what is typed so far as its confirmation (its CLI is previewed), and where it goes. */
  request: (typed: string) => ActionRequest;
  send: (request: ActionRequest) => void;
  note: ReactNode;
  /** Test ids: the section, the input, the button. */
  ids: { section: string; input: string; button: string };
  /** Why removing is impossible, or null. */
  blocked?: string | null;
}

export function RemoveSection({ title, name, request, send, note, ids, blocked }: Props) {
  const [typed, setTyped] = useState("");
  return (
    <ActionSection title={title} testId={ids.section} cli={request(typed).cli} note={note}>
      <TypeToConfirm name={name} typed={typed} onType={setTyped} inputTestId={ids.input} buttonTestId={ids.button} blocked={blocked} onRemove={() => send(request(typed))} />
    </ActionSection>
  );
}
