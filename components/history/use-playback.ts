"use client";
// Playback: while playing, once the shown moment has loaded, wait a tick and move `at` forward by the tick times the speed; stops at the present.
import { useEffect, useState } from "react";
import { playStep, type Speed, TICK_MS } from "./play";

export interface Playback {
  playing: boolean;
  speed: Speed;
  setSpeed(speed: Speed): void;
  play(): void;
  pause(): void;
}

/** `at`: the moment shown (ms, null when live); `ready`: it has loaded; `go`: move to a moment. */
export function usePlayback(at: number | null, ready: boolean, go: (ms: number) => void): Playback {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  const active = playing && at !== null;
  useEffect(() => {
    if (!active || at === null || !ready) return;
    const timer = setTimeout(() => {
      const step = playStep(at, speed, TICK_MS, Date.now());
      if (step.done) setPlaying(false);
      go(step.at);
    }, TICK_MS);
    return () => clearTimeout(timer);
  }, [active, at, ready, speed, go]);
  return { playing: active, speed, setSpeed, play: () => setPlaying(true), pause: () => setPlaying(false) };
}
