// The admin's swarm operations as the docker CLI spells them: autolock on/off and what can be rotated; shared by the server's actions and the UI.
import { cliCommand } from "./shell-quote";

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
