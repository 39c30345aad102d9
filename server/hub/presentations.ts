// The presentations the server knows: each one's presenter state, who set it and when (in memory, at most MAX_PRESENTATIONS, the least recently set forgotten first).
import { MAX_PRESENTATIONS, NO_PRESENTER, type PresenterState, type PresentStateMessage } from "../../lib/presentation";

export class Presentations {
  private readonly states = new Map<string, PresentStateMessage>();

  constructor(
    private readonly limit = MAX_PRESENTATIONS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(presentation: string): PresentStateMessage {
    return this.states.get(presentation) ?? { presentation, state: NO_PRESENTER, by: null, at: null };
  }

  set(presentation: string, state: PresenterState, by: string): PresentStateMessage {
    const message = { presentation, state, by, at: this.now().toISOString() };
    this.states.delete(presentation); // re-inserted last: Map order is "least recently set first"
    this.states.set(presentation, message);
    while (this.states.size > this.limit) this.states.delete(this.states.keys().next().value as string);
    return message;
  }
}
