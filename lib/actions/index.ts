// Every action's contract, in the order the API documents them: what the server runs and the browser asks for.
import type { ActionContract } from "./contract";
import { createNetworkContract, removeNetworkContract } from "./network";
import { nodeAvailabilityContract, nodeLabelsContract, nodeRoleContract, removeNodeContract } from "./node";
import {
  createServiceContract,
  redeployServiceContract,
  removeServiceContract,
  rollbackServiceContract,
  scaleServiceContract,
  serviceNetworksContract,
  updateServiceContract,
} from "./service";
import { swarmAutolockContract, swarmRotateContract } from "./swarm";
import { createConfigContract, createSecretContract, removeConfigContract, removeSecretContract } from "./swarm-data";

export const CONTRACTS: readonly ActionContract[] = [
  createServiceContract,
  scaleServiceContract,
  updateServiceContract,
  rollbackServiceContract,
  redeployServiceContract,
  removeServiceContract,
  nodeAvailabilityContract,
  nodeRoleContract,
  nodeLabelsContract,
  removeNodeContract,
  createNetworkContract,
  removeNetworkContract,
  serviceNetworksContract,
  createSecretContract,
  removeSecretContract,
  createConfigContract,
  removeConfigContract,
  swarmAutolockContract,
  swarmRotateContract,
];
