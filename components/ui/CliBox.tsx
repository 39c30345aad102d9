"use client";
// A docker CLI command in a monospace box, ready to copy.
import { useEffect, useState } from "react";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (e.g. not a secure context): select a hidden copy and ask the browser to copy it.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

interface Props {
  cli: string;
  /** "action-cli" for an action's answer, "cli-preview" for a command before it is sent. */
  testId?: string;
  caption?: string;
  /** One row, the Copy button beside the command (for previews inside a form). */
  compact?: boolean;
}

export function CliBox({ cli, testId = "action-cli", caption = "docker CLI", compact = false }: Props) {
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  const button = (
    <button
      type="button"
      data-testid="copy-cli"
      onClick={() => void copyText(cli).then(setCopied)}
      title={`Copy: ${cli}`}
      className="shrink-0 rounded px-1.5 text-[11px] text-zinc-300 hover:bg-zinc-800 hover:text-zinc-50"
    >
      {copied === null ? "Copy" : copied ? "Copied" : "Copy failed"}
    </button>
  );
  if (compact) {
    return (
      <div className="flex items-start gap-1 rounded-md border border-zinc-800 bg-zinc-950/60 py-0.5 pl-2 pr-0.5" title={caption}>
        <span aria-hidden="true" className="select-none py-0.5 font-mono text-[11px] text-zinc-500">
          $
        </span>
        <pre data-testid={testId} className="min-w-0 flex-1 whitespace-pre-wrap break-all py-0.5 font-mono text-[11px] text-emerald-200/90">
          {cli}
        </pre>
        {button}
      </div>
    );
  }
  return (
    <div className="rounded-md border border-zinc-700 bg-zinc-950/70">
      <div className="flex items-center justify-between border-b border-zinc-800 px-2 py-0.5 text-[11px] text-zinc-400">
        <span>{caption}</span>
        {button}
      </div>
      <pre data-testid={testId} className="whitespace-pre-wrap break-all px-2 py-1.5 font-mono text-xs leading-relaxed text-emerald-200">
        {cli}
      </pre>
    </div>
  );
}
