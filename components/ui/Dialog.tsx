"use client";
// The design layer's modal dialog: a titled panel over a dimmed page; Esc, the Close button or a click outside closes it; focus moves in
// and, on close, back to where it was; Tab stays inside.
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from "react";
import { BUTTON } from "./styles";

interface Props {
  title: string;
  onClose: () => void;
  testId?: string;
  children: ReactNode;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({ title, onClose, testId, children }: Props) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => before?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.stopPropagation(); // this dialog only: the drawer under it stays open
      onClose();
      return;
    }
    if (e.key !== "Tab" || !panel.current) return;
    const inside = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (inside.length === 0) return;
    const [first, last] = [inside[0], inside[inside.length - 1]];
    if (e.shiftKey ? document.activeElement === first : document.activeElement === last) {
      e.preventDefault();
      (e.shiftKey ? last : first).focus();
    }
  };

  return (
    <div
      className="fixed inset-0 z-50 grid place-items-center bg-black/50 p-4"
      onMouseDown={(e) => {
        if (e.target !== e.currentTarget) return;
        e.preventDefault(); // focus goes back where it was, not to the page under the click
        onClose();
      }}
    >
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={onKeyDown}
        className="max-h-full w-full max-w-lg overflow-y-auto rounded-lg border border-zinc-700 bg-zinc-900 shadow-xl shadow-black/40"
      >
        <div className="flex items-center gap-2 border-b border-zinc-800 px-3 py-2">
          <h2 id={titleId} className="min-w-0 flex-1 text-sm font-semibold text-zinc-100">
            {title}
          </h2>
          <button type="button" onClick={onClose} className={BUTTON}>
            Close
          </button>
        </div>
        <div className="px-3 py-2.5">{children}</div>
      </div>
    </div>
  );
}
