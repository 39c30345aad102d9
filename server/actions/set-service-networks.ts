// Action: attach a service to networks or detach it (docker service update --network-add / --network-rm).
import { ActionError, defineAction } from "./action";
import { findService } from "./targets";
import { updateServiceSpec } from "./versioned-update";
import { serviceNetworksContract } from "../../lib/actions/service";

export const setServiceNetworks = defineAction(serviceNetworksContract, {
  async run({ id, add = [], remove = [] }, { engine, view }) {
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
    const { warnings } = await updateServiceSpec(engine, service.ID, (spec) => {
      const drop = new Set(removing.map((n) => n.id));
      const kept = (spec.TaskTemplate.Networks ?? []).filter((n) => !drop.has(n.Target));
      return { ...spec, TaskTemplate: { ...spec.TaskTemplate, Networks: [...kept, ...adding.map((n) => ({ Target: n.id }))] } };
    });
    return {
      // The CLI names the networks, whichever of name or ID the request gave.
      cli: serviceNetworksContract.cli({ id, add: adding.map((n) => n.name), remove: removing.map((n) => n.name) }, name),
      message: `${name}: ${[...adding.map((n) => `+${n.name}`), ...removing.map((n) => `−${n.name}`)].join(" ")}`,
      target: { kind: "service", id: service.ID, name },
      done: [...adding.map((n) => `attached ${name} to ${n.name}`), ...removing.map((n) => `detached ${name} from ${n.name}`)],
      warnings,
    };
  },
});
