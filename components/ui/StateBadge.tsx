// A task state as a coloured badge with its icon (and label unless compact), from TASK_STATE_STYLES.
import { taskStateStyle } from "@/lib/task-states";

export function StateBadge({ state, compact = false }: { state: string; compact?: boolean }) {
  const style = taskStateStyle(state);
  if (compact) {
    return (
      <span className={`inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-sm text-[11px] leading-none ${style.badge}`} role="img" aria-label={style.label}>
        {style.icon}
      </span>
    );
  }
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-px text-[11px] font-semibold leading-4 ${style.badge}`}>
      <span aria-hidden="true">{style.icon}</span>
      {style.label}
    </span>
  );
}
