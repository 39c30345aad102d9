"use client";
// A form field's text that starts as a live value and follows it: when the value changes elsewhere (another user, the CLI), the field shows the new one.
import { useState } from "react";

export function useLiveInput(live: string): [string, (text: string) => void] {
  const [field, setField] = useState({ live, text: live });
  // The live value moved on since the field last saw it: take it (React's "adjust state while rendering" pattern, no effect round trip).
  if (field.live !== live) {
    setField({ live, text: live });
    return [live, (text) => setField({ live, text })];
  }
  return [field.text, (text) => setField({ live, text })];
}
