// Action: turn autolock of the managers on or off (docker swarm update --autolock=true|false); admin only, the key itself is never in the report.
import { defineAction } from "./action";
import { updateSwarmSpec } from "./versioned-update";
import { swarmAutolockContract } from "../../lib/actions/swarm";

export const setSwarmAutolock = defineAction(swarmAutolockContract, {
  async run({ autolock }, { engine, swarmChanged }) {
    const { before } = await updateSwarmSpec(engine, (spec) => ({ ...spec, EncryptionConfig: { ...spec.EncryptionConfig, AutoLockManagers: autolock } }));
    swarmChanged();
    const was = before.spec.EncryptionConfig?.AutoLockManagers === true;
    const state = autolock ? "on" : "off";
    return {
      message:
        was === autolock
          ? `autolock was already ${state}`
          : autolock
            ? "autolock is on: a restarted manager stays locked until someone runs docker swarm unlock with the unlock key (admins: Reveal it on the Swarm page and keep it safe)"
            : "autolock is off: restarted managers rejoin without the unlock key",
      target: { kind: "swarm", id: "swarm", name: "swarm" },
      done: was === autolock ? [] : [`turned autolock ${state}`],
    };
  },
});
