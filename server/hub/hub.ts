// Holds the live model, numbers every change batch, keeps a journal of recent deltas and fans them out.
import type { EngineEvent } from "../../lib/engine-types";
import type { Change, ClusterState, Delta, EngineLink, Snapshot } from "../../lib/model-types";
import { convergingReason } from "../model/convergence";
import { initialModel, type ModelInput, type ModelState, reduce } from "../model/model";
import type { WatcherSink } from "../engine/watcher";

/** Hears every delta with the model as it is after it (immutable: keeping it costs nothing). */
export type DeltaListener = (delta: Delta, state: ClusterState) => void;
export type EventListener = (event: EngineEvent) => void;

export class Hub implements WatcherSink {
  private model: ModelState;
  private version = 0;
  private readonly journal: Delta[] = [];
  private readonly listeners = new Set<DeltaListener>();
  private readonly eventListeners = new Set<EventListener>();

  /** journalSize: how many recent deltas are kept (for replay and late consumers). */
  constructor(
    link: EngineLink,
    private readonly journalSize = 1000,
  ) {
    this.model = initialModel(link);
  }

  apply(input: ModelInput): Change[] {
    const { state, changes } = reduce(this.model, input);
    this.model = state;
    if (changes.length === 0) return changes;
    const delta: Delta = { version: ++this.version, at: new Date().toISOString(), changes };
    this.journal.push(delta);
    if (this.journal.length > this.journalSize) this.journal.shift();
    for (const listener of this.listeners) listener(delta, this.model.view);
    return changes;
  }

  converging(): string | null {
    return convergingReason(this.model.view);
  }

  snapshot(): Snapshot {
    return { version: this.version, at: new Date().toISOString(), state: this.model.view };
  }

  /** Deltas after `version`, or null when the journal no longer reaches back that far. */
  deltasSince(version: number): Delta[] | null {
    if (version === this.version) return [];
    const first = this.journal[0];
    if (!first || version < first.version - 1 || version > this.version) return null;
    return this.journal.filter((d) => d.version > version);
  }

  subscribe(listener: DeltaListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** An event from the engine's /events stream, as the watcher received it (the history keeps them). */
  event(event: EngineEvent): void {
    for (const listener of this.eventListeners) listener(event);
  }

  onEvent(listener: EventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }
}
