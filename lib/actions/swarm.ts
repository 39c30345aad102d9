// The swarm actions' contracts (admin): autolock on/off and rotating a join token or the unlock key, as the docker CLI spells them.
import { z } from "zod";
import { cliCommand } from "../shell-quote";
import { defineContract } from "./contract";

export type SwarmRotation = "worker-token" | "manager-token" | "unlock-key";
export const SWARM_ROTATIONS: readonly SwarmRotation[] = ["worker-token", "manager-token", "unlock-key"];

export function autolockCli(autolock: boolean): string {
  return cliCommand(["docker", "swarm", "update", `--autolock=${autolock}`]);
}

const ROTATION_CLI: Record<SwarmRotation, string[]> = {
  "worker-token": ["docker", "swarm", "join-token", "--rotate", "-q", "worker"],
  "manager-token": ["docker", "swarm", "join-token", "--rotate", "-q", "manager"],
  "unlock-key": ["docker", "swarm", "unlock-key", "--rotate", "-q"],
};

export function rotationCli(what: SwarmRotation): string {
  return cliCommand(ROTATION_CLI[what]);
}

/** "the worker join token", "the unlock key". */
export function rotationWords(what: SwarmRotation): string {
  return what === "unlock-key" ? "the unlock key" : `the ${what.split("-")[0]} join token`;
}

export const swarmAutolockContract = defineContract("swarm.autolock", "admin", "POST /api/v1/swarm/autolock", {
  input: z.strictObject({ autolock: z.boolean() }),
  cli: ({ autolock }) => autolockCli(autolock),
});

export const swarmRotateContract = defineContract("swarm.rotate", "admin", "POST /api/v1/swarm/rotate", {
  input: z.strictObject({ what: z.enum(SWARM_ROTATIONS as [SwarmRotation, ...SwarmRotation[]]) }),
  cli: ({ what }) => rotationCli(what),
});
