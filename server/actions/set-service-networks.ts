// Action: attach a service to networks or detach it (docker service update --network-add / --network-rm).
import { z } from "zod";
import { cliCommand } from "../../lib/shell-quote";
import { ActionError, defineAction } from "./action";
import { objectName } from "./schemas";
import { findService } from "./targets";
import { updateServiceSpec } from "./versioned-update";

export const setServiceNetworks = defineAction({
  name: "service.networks",
  role: "operator",
  method: "POST",
  path: "/api/v1/services/:id/networks",
  input: z.strictObject({
    id: z.string().min(1),
    add: z.array(objectName).max(16).optional(),
    remove: z.array(objectName).max(16).optional(),
  }),
  async run({ id, add = [], remove = [] }, { engine, view, nudge }) {
    if (add.length === 0 && remove.length === 0) throw new ActionError(400, "give networks to add or remove", "add");
    const service = await findService(engine, id);
    const name = service.Spec.Name;
    const networks = Object.values(view.networks);
    const resolve = (ref: string, field: string) => {
      const net = networks.find((n) => n.name === ref || n.id === ref);
      if (!net) throw new ActionError(404, `no such network: ${ref}`, field);
      if (net.scope !== "swarm") throw new ActionError(400, `${ref} is a ${net.scope} network: services attach to swarm-scope (overlay) networks`, field);
      if (net.ingress) throw new ActionError(400, `${ref} is the ingress network: services join it by publishing ports`, field);
      return net;
    };
    const adding = add.map((r) => resolve(r, "add"));
    const removing = remove.map((r) => resolve(r, "remove"));
    const current = new Set((service.Spec.TaskTemplate.Networks ?? []).map((n) => n.Target));
    for (const n of removing) if (!current.has(n.id)) throw new ActionError(409, `${name} is not attached to ${n.name}`, "remove");
    for (const n of adding) if (current.has(n.id)) throw new ActionError(409, `${name} is already attached to ${n.name}`, "add");
    nudge();
    const { warnings } = await updateServiceSpec(engine, service.ID, (spec) => {
      const drop = new Set(removing.map((n) => n.id));
      const kept = (spec.TaskTemplate.Networks ?? []).filter((n) => !drop.has(n.Target));
      return { ...spec, TaskTemplate: { ...spec.TaskTemplate, Networks: [...kept, ...adding.map((n) => ({ Target: n.id }))] } };
    });
    nudge();
    const args = ["docker", "service", "update"];
    for (const n of adding) args.push("--network-add", n.name);
    for (const n of removing) args.push("--network-rm", n.name);
    args.push(name);
    return {
      ok: true,
      action: "service.networks",
      cli: cliCommand(args),
      message: `${name}: ${[...adding.map((n) => `+${n.name}`), ...removing.map((n) => `−${n.name}`)].join(" ")}`,
      target: { kind: "service", id: service.ID, name },
      done: [...adding.map((n) => `attached ${name} to ${n.name}`), ...removing.map((n) => `detached ${name} from ${n.name}`)],
      notDone: [],
      warnings,
    };
  },
});
