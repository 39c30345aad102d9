// The "?" overlay: every keyboard shortcut, the "g" ones for the pages this session's nav has.
import { Dialog } from "@/components/ui/Dialog";
import { type GoShortcut, OTHER_SHORTCUTS } from "./shortcuts";

function Key({ children }: { children: string }) {
  return <kbd className="rounded border border-zinc-600 bg-zinc-800 px-1.5 py-0.5 font-mono text-[11px] text-zinc-100">{children}</kbd>;
}

function Row({ keys, what, testId }: { keys: string[]; what: string; testId?: string }) {
  return (
    <li data-testid={testId} className="flex items-center gap-3 py-1">
      <span className="flex w-24 shrink-0 gap-1">
        {keys.map((k) => (
          <Key key={k}>{k}</Key>
        ))}
      </span>
      <span className="text-zinc-300">{what}</span>
    </li>
  );
}

export function ShortcutsHelp({ go, onClose }: { go: readonly GoShortcut[]; onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" testId="shortcuts-help" onClose={onClose}>
      <ul className="text-xs">
        {OTHER_SHORTCUTS.map((s) => (
          <Row key={s.keys} keys={[s.keys]} what={s.what} />
        ))}
      </ul>
      {go.length > 0 && (
        <>
          <h3 className="mt-3 text-[11px] font-semibold uppercase tracking-wide text-zinc-500">Go to a page</h3>
          <ul className="grid grid-cols-2 gap-x-4 text-xs">
            {go.map((g) => (
              <Row key={g.href} keys={["g", g.letter]} what={g.label} testId="go-shortcut" />
            ))}
          </ul>
        </>
      )}
      <p className="mt-3 text-[11px] text-zinc-500">Shortcuts are off while typing in a field (Esc still works) and with Ctrl, Alt or ⌘.</p>
    </Dialog>
  );
}
