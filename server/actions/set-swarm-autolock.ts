// Action: turn autolock of the managers on or off (docker swarm update --autolock=true|false); admin only, the key itself is never in the report.
import { z } from "zod";
import { autolockCli } from "../../lib/swarm-admin";
import { defineAction } from "./action";
import { updateSwarmSpec } from "./versioned-update";

export const setSwarmAutolock = defineAction({
  name: "swarm.autolock",
  role: "admin",
  method: "POST",
  path: "/api/v1/swarm/autolock",
  input: z.strictObject({ autolock: z.boolean() }),
  async run({ autolock }, { engine, swarmChanged }) {
    const { before } = await updateSwarmSpec(engine, (spec) => ({ ...spec, EncryptionConfig: { ...spec.EncryptionConfig, AutoLockManagers: autolock } }));
    swarmChanged();
    const was = before.spec.EncryptionConfig?.AutoLockManagers === true;
    const state = autolock ? "on" : "off";
    return {
      ok: true,
      action: "swarm.autolock",
      cli: autolockCli(autolock),
      message:
        was === autolock
          ? `autolock was already ${state}`
          : autolock
            ? "autolock is on: a restarted manager stays locked until someone runs docker swarm unlock with the unlock key (admins: Reveal it on the Swarm page and keep it safe)"
            : "autolock is off: restarted managers rejoin without the unlock key",
      target: { kind: "swarm", id: "swarm", name: "swarm" },
      done: was === autolock ? [] : [`turned autolock ${state}`],
      notDone: [],
      warnings: [],
    };
  },
});
