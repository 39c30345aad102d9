// Who last changed an object through Swarmscope, and when (kept in memory, newest per object, bounded), for "you replaced what alice set".
export interface LastChange {
  by: string;
  action: string;
  at: string;
}

const MAX_OBJECTS = 10_000;

export class LastChanges {
  private readonly byObject = new Map<string, LastChange>();

  remember(objectId: string, change: LastChange): void {
    this.byObject.delete(objectId); // re-insert: Map order is then oldest change first
    this.byObject.set(objectId, change);
    if (this.byObject.size > MAX_OBJECTS) this.byObject.delete(this.byObject.keys().next().value!);
  }

  of(objectId: string): LastChange | null {
    return this.byObject.get(objectId) ?? null;
  }
}
