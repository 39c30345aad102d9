// Tailwind classes shared by the action panels' buttons and inputs.
export const BUTTON =
  "rounded-md border border-zinc-600 bg-zinc-800 px-2.5 py-1 text-xs font-medium text-zinc-100 hover:border-zinc-400 hover:bg-zinc-700 disabled:cursor-not-allowed disabled:opacity-40";
export const PRIMARY_BUTTON = "rounded-md bg-sky-700 px-2.5 py-1 text-xs font-medium text-white hover:bg-sky-600 disabled:cursor-not-allowed disabled:opacity-40";
export const DANGER_BUTTON = "rounded-md bg-red-800 px-2.5 py-1 text-xs font-medium text-white hover:bg-red-700 disabled:cursor-not-allowed disabled:opacity-40";
export const INPUT =
  "min-w-0 rounded-md border border-zinc-700 bg-zinc-900 px-2 py-1 text-xs text-zinc-100 placeholder:text-zinc-500 focus:border-sky-500 focus:outline-none focus:ring-1 focus:ring-sky-500";
/** The ring of something focused from the keyboard that is not a button or field (a board card or column header). */
export const FOCUS_RING = "focus:outline-none focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-400";
