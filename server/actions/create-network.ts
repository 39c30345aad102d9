// Action: create an overlay or bridge network (docker network create), with its subnet checked before the engine sees it.
import type { EngineNetworkCreate } from "../../lib/engine-types";
import { addressingProblems, type ExistingNetworks } from "../../lib/network-create";
import { ActionError, defineAction } from "./action";
import { createNetworkContract, type CreateNetworkInput } from "../../lib/actions/network";

type Input = CreateNetworkInput;

/** The subnet, gateway and IP range make sense together and clash with no existing network: else the first problem, as an ActionError. */
export function checkAddressing(v: Input, existing: ExistingNetworks): void {
  const problem = addressingProblems(v, existing)[0];
  if (problem) throw new ActionError(problem.status, problem.error, problem.field);
}

export const createNetwork = defineAction(createNetworkContract, {
  async run(v, { engine, view }) {
    const networks = Object.values(view.networks);
    if (networks.some((n) => n.name === v.name)) throw new ActionError(409, `a network named ${v.name} already exists`, "name");
    checkAddressing(v, networks);
    const spec: EngineNetworkCreate = {
      Name: v.name,
      Driver: v.driver,
      CheckDuplicate: true,
      Internal: v.internal ?? false,
      Attachable: v.attachable ?? false,
      Labels: v.labels ?? {},
      Options: v.encrypted ? { encrypted: "" } : {},
      ...(v.subnet
        ? { IPAM: { Driver: "default", Config: [{ Subnet: v.subnet, ...(v.gateway ? { Gateway: v.gateway } : {}), ...(v.ipRange ? { IPRange: v.ipRange } : {}) }] } }
        : {}),
    };
    const created = await engine.createNetwork(spec);
    return {
      message: `created ${v.driver} network ${v.name}`,
      target: { kind: "network", id: created.Id, name: v.name },
      done: [`created network ${v.name} (${created.Id.slice(0, 12)})`],
      warnings: created.Warning ? [created.Warning] : [],
    };
  },
});
