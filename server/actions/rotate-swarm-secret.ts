// Action: rotate a join token or the unlock key (docker swarm join-token --rotate, docker swarm unlock-key --rotate); admin only, never echoes the new value.
import { z } from "zod";
import { cliCommand } from "../../lib/shell-quote";
import { ActionError, defineAction } from "./action";
import { updateSwarmSpec } from "./versioned-update";

const WHAT = {
  "worker-token": { rotate: { workerToken: true }, cli: ["docker", "swarm", "join-token", "--rotate", "-q", "worker"], words: "the worker join token" },
  "manager-token": { rotate: { managerToken: true }, cli: ["docker", "swarm", "join-token", "--rotate", "-q", "manager"], words: "the manager join token" },
  "unlock-key": { rotate: { unlockKey: true }, cli: ["docker", "swarm", "unlock-key", "--rotate", "-q"], words: "the unlock key" },
} as const;

export const rotateSwarmSecret = defineAction({
  name: "swarm.rotate",
  role: "admin",
  method: "POST",
  path: "/api/v1/swarm/rotate",
  input: z.strictObject({ what: z.enum(["worker-token", "manager-token", "unlock-key"]) }),
  async run({ what }, { engine, nudge }) {
    const chosen = WHAT[what];
    // Read from the engine, not the model: autolock may have been turned on a moment ago.
    if (what === "unlock-key" && (await engine.swarm()).Spec.EncryptionConfig?.AutoLockManagers !== true) {
      throw new ActionError(400, "what: autolock is off, so there is no unlock key to rotate (turn autolock on first)", "what");
    }
    await updateSwarmSpec(engine, (spec) => spec, chosen.rotate);
    nudge();
    return {
      ok: true,
      action: "swarm.rotate",
      cli: cliCommand([...chosen.cli]),
      message: `rotated ${chosen.words}; ${what === "unlock-key" ? "keep the new key: the old one no longer unlocks a restarted manager" : "nodes that already joined are not affected; the old token no longer joins"}`,
      target: { kind: "swarm", id: "swarm", name: "swarm" },
      done: [`rotated ${chosen.words}`],
      notDone: [],
      warnings: [],
    };
  },
});
