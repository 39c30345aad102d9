// Each service's colour, derived only from its name so it is the same in every browser and after every reload.

export interface ServiceColor {
  /** 0–359. */
  hue: number;
  /** Strong colour for the card stripe and legend swatch. */
  stripe: string;
  /** Faint tint for card backgrounds. */
  soft: string;
}

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser so that names one letter apart land far apart. */
export function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The colour of a service, from its name. */
export function serviceColor(name: string): ServiceColor {
  const h = hashName(name);
  const hue = h % 360;
  // Spare hash bits vary saturation and lightness a little, so two names with close hues still differ.
  const saturation = 62 + ((h >>> 9) % 4) * 8; // 62–86 %
  const lightness = 56 + ((h >>> 13) % 3) * 7; // 56–70 %: readable on a dark background
  return {
    hue,
    stripe: `hsl(${hue} ${saturation}% ${lightness}%)`,
    soft: `hsl(${hue} ${saturation}% ${lightness}% / 0.12)`,
  };
}
