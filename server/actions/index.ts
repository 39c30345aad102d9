// Every action the HTTP API offers; one file each in this folder.
import type { z } from "zod";
import type { Action } from "./action";
import { createConfig } from "./create-config";
import { createNetwork } from "./create-network";
import { createSecret } from "./create-secret";
import { createService } from "./create-service";
import { redeployService } from "./redeploy-service";
import { removeConfig } from "./remove-config";
import { removeNetwork } from "./remove-network";
import { removeSecret } from "./remove-secret";
import { removeNode } from "./remove-node";
import { removeService } from "./remove-service";
import { rollbackService } from "./rollback-service";
import { scaleService } from "./scale-service";
import { setNodeAvailability } from "./set-node-availability";
import { setNodeLabels } from "./set-node-labels";
import { setNodeRole } from "./set-node-role";
import { setServiceNetworks } from "./set-service-networks";
import { setSwarmAutolock } from "./set-swarm-autolock";
import { rotateSwarmSecret } from "./rotate-swarm-secret";
import { updateService } from "./update-service";

export const ACTIONS: readonly Action<z.ZodType>[] = [
  createService,
  scaleService,
  updateService,
  rollbackService,
  redeployService,
  removeService,
  setNodeAvailability,
  setNodeRole,
  setNodeLabels,
  removeNode,
  createNetwork,
  removeNetwork,
  setServiceNetworks,
  createSecret,
  removeSecret,
  createConfig,
  removeConfig,
  setSwarmAutolock,
  rotateSwarmSecret,
];
