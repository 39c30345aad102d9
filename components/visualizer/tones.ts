// Tailwind classes for the connection tones (live green, reconnecting amber, problems red).
import type { BannerTone } from "./connection-view";

export const BANNER_TONE: Record<BannerTone, { frame: string; dot: string; title: string }> = {
  green: { frame: "border-emerald-800/60 bg-emerald-950/30 text-emerald-100", dot: "bg-emerald-400", title: "text-emerald-300" },
  amber: { frame: "border-amber-600/60 bg-amber-950/50 text-amber-50", dot: "bg-amber-400", title: "text-amber-300" },
  red: { frame: "border-red-700/70 bg-red-950/50 text-red-50", dot: "bg-red-500", title: "text-red-300" },
};
