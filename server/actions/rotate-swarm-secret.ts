// Action: rotate a join token or the unlock key (docker swarm join-token --rotate, docker swarm unlock-key --rotate); admin only, never echoes the new value.
import { rotationWords, type SwarmRotation } from "../../lib/actions/swarm";
import type { SwarmRotation as EngineRotation } from "../engine/client";
import { ActionError, defineAction } from "./action";
import { updateSwarmSpec } from "./versioned-update";
import { swarmRotateContract } from "../../lib/actions/swarm";

const ROTATE: Record<SwarmRotation, EngineRotation> = {
  "worker-token": { workerToken: true },
  "manager-token": { managerToken: true },
  "unlock-key": { unlockKey: true },
};

export const rotateSwarmSecret = defineAction(swarmRotateContract, {
  async run({ what }, { engine, swarmChanged }) {
    // Read from the engine, not the model: autolock may have been turned on a moment ago.
    if (what === "unlock-key" && (await engine.swarm()).Spec.EncryptionConfig?.AutoLockManagers !== true) {
      throw new ActionError(400, "what: autolock is off, so there is no unlock key to rotate (turn autolock on first)", "what");
    }
    await updateSwarmSpec(engine, (spec) => spec, ROTATE[what]);
    swarmChanged();
    const words = rotationWords(what);
    return {
      message: `rotated ${words}; ${what === "unlock-key" ? "keep the new key: the old one no longer unlocks a restarted manager" : "nodes that already joined are not affected; the old token no longer joins"}`,
      target: { kind: "swarm", id: "swarm", name: "swarm" },
      done: [`rotated ${words}`],
    };
  },
});
