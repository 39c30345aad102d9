// Action: remove a network (docker network rm); refused for predefined networks and while tasks or containers use it.
import { ActionError, defineAction } from "./action";
import { removeNetworkContract } from "../../lib/actions/network";

const PREDEFINED = new Set(["bridge", "host", "none", "docker_gwbridge"]);
/** The engine's own load-balancer endpoint on an overlay network (key "lb-<network>", named "<network>-endpoint"): not something a user can detach, and it does not keep the network. */
const LB_ENDPOINT = /^lb-/;

export const removeNetwork = defineAction(removeNetworkContract, {
  async run({ id }, { engine, view }) {
    const net = await engine.network(id);
    if (!net) throw new ActionError(404, `no such network: ${id}`, "id");
    const cli = removeNetworkContract.cli({ id }, net.Name);
    if (net.Ingress) throw new ActionError(400, `${net.Name} is the swarm's ingress network (the routing mesh); it is not removed from here`, "id", { cli });
    if (PREDEFINED.has(net.Name) && net.Scope === "local") throw new ActionError(400, `${net.Name} is a predefined network and cannot be removed`, "id", { cli });
    const services = Object.values(view.services)
      .filter((s) => s.networks.includes(net.Id))
      .map((s) => s.name);
    const tasks = Object.values(view.tasks).filter((t) => t.desiredState === "running" && t.networks.some((n) => n.id === net.Id));
    const containers = Object.entries(net.Containers ?? {})
      .filter(([key]) => !LB_ENDPOINT.test(key))
      .map(([, c]) => c.Name);
    if (services.length || tasks.length || containers.length) {
      const parts = [
        services.length ? `services ${services.join(", ")}` : "",
        tasks.length ? `${tasks.length} running task${tasks.length === 1 ? "" : "s"}` : "",
        containers.length ? `containers ${containers.join(", ")}` : "",
      ].filter(Boolean);
      // The network's state refuses, not a field the user filled in: no field is named.
      throw new ActionError(409, `${net.Name} is still in use by ${parts.join("; ")}: detach or remove them first`, undefined, { cli });
    }
    await engine.removeNetwork(net.Id);
    return {
      message: `removed network ${net.Name}`,
      target: { kind: "network", id: net.Id, name: net.Name },
      done: [`removed network ${net.Name}`],
    };
  },
});
