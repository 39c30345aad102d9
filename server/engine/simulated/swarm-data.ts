// The swarm's secrets and configs: create (name conflicts refused), list, inspect (a secret's data never read back, a config's kept), remove (refused while a service uses it).
import type { EngineConfigWithData, EngineSecret, EngineSecretSpec } from "../../../lib/engine-types";
import { EngineError } from "../client";
import { iso, type SwarmContext } from "./context";
import { resolveRef } from "./refs";

export class SwarmData {
  private readonly map = new Map<string, EngineConfigWithData>();
  private list: EngineSecret[] | null = null;

  constructor(
    private readonly ctx: SwarmContext,
    readonly kind: "secret" | "config",
  ) {}

  all(): EngineSecret[] {
    return (this.list ??= [...this.map.values()].map((o) => this.shown(o)));
  }

  get(ref: string): EngineSecret | null {
    const o = resolveRef(ref, this.map, (x) => x.Spec.Name);
    return o ? this.shown(o) : null;
  }

  create(spec: EngineSecretSpec): { ID: string } {
    if (!spec?.Name) throw new EngineError(`rpc error: code = InvalidArgument desc = meta: name must be provided`, 400, null);
    if ([...this.map.values()].some((o) => o.Spec.Name === spec.Name)) {
      throw new EngineError(`rpc error: code = AlreadyExists desc = ${this.kind} ${spec.Name} already exists`, 409, null);
    }
    const id = this.ctx.rnd.objectId();
    const at = iso(this.ctx.now);
    this.map.set(id, { ID: id, Version: { Index: this.ctx.bump() }, CreatedAt: at, UpdatedAt: at, Spec: { Name: spec.Name, Labels: { ...spec.Labels }, Data: spec.Data } });
    this.list = null;
    this.ctx.emit(this.kind, "create", id, { name: spec.Name });
    return { ID: id };
  }

  /** Removes it unless services use it: "secret 'x' is in use by the following service: web" (InvalidArgument → 400). */
  remove(ref: string, usedBy: (id: string, name: string) => string[]): void {
    const o = resolveRef(ref, this.map, (x) => x.Spec.Name);
    if (!o) throw new EngineError(`${this.kind} ${ref} not found`, 404, null);
    const users = usedBy(o.ID, o.Spec.Name);
    if (users.length > 0) {
      const which = users.length === 1 ? "service" : "services";
      throw new EngineError(`rpc error: code = InvalidArgument desc = ${this.kind} '${o.Spec.Name}' is in use by the following ${which}: ${users.join(", ")}`, 400, null);
    }
    this.map.delete(o.ID);
    this.list = null;
    this.ctx.bump();
    this.ctx.emit(this.kind, "remove", o.ID, { name: o.Spec.Name });
  }

  has(id: string): boolean {
    return this.map.has(id);
  }

  private shown(o: EngineConfigWithData): EngineSecret {
    if (this.kind === "config") return o;
    const { Data: _data, ...spec } = o.Spec;
    return { ...o, Spec: spec };
  }
}
