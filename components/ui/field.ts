// A labelled value on a detail page, as the pure formatters produce them and FieldList draws them.

export interface Field {
  label: string;
  /** Already formatted; a missing value is "—" or a word, never empty. */
  value: string;
  /** Draw in a monospace font (ids, images, addresses). */
  mono?: boolean;
  /** Shown on hover: the exact value behind a rounded one. */
  title?: string;
}

/** Label/value pairs sorted by key, as `docker … inspect --pretty` lists labels ("key=value", or "key" for an empty value). */
export function labelEntries(labels: Record<string, string>): { key: string; value: string; text: string }[] {
  return Object.keys(labels)
    .sort()
    .map((key) => ({ key, value: labels[key], text: labels[key] ? `${key}=${labels[key]}` : key }));
}
