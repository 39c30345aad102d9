// /swarm: inspect (with the join tokens, as a manager answers), update at a version with token/key rotation, the unlock key; init/join/leave answer as on a node already in a swarm.
import type { EngineSwarm } from "../../../lib/engine-types";
import { type Handler, ApiError, boolParam, objectBody, reply, versionParam } from "./call";

export const inspectSwarm: Handler = ({ ctx }) => {
  const tokens = ctx.sim.joinTokens();
  return {
    ...ctx.sim.swarm(),
    DefaultAddrPool: ["10.0.0.0/8"],
    SubnetSize: 24,
    DataPathPort: 4789,
    RootRotationInProgress: false,
    JoinTokens: { Worker: tokens.worker, Manager: tokens.manager },
  };
};

export const updateSwarm: Handler = (call) => {
  const { ctx, query } = call;
  ctx.sim.updateSwarm(versionParam(query), objectBody<EngineSwarm["Spec"]>(call), {
    workerToken: boolParam(query, "rotateWorkerToken"),
    managerToken: boolParam(query, "rotateManagerToken"),
    unlockKey: boolParam(query, "rotateManagerUnlockKey"),
  });
  return reply(200);
};

export const unlockKey: Handler = ({ ctx }) => ({ UnlockKey: ctx.sim.unlockKey() });

const ALREADY = 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.';

export const initOrJoin: Handler = () => {
  throw new ApiError(503, ALREADY);
};

export const leave: Handler = ({ query }) => {
  if (!boolParam(query, "force"))
    throw new ApiError(
      503,
      'You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use "--force" to ignore this message.',
    );
  throw new ApiError(503, "This is Swarmscope's simulated demo swarm: it cannot be left. Stop the demo (or Swarmscope) instead.");
};

export const unlock: Handler = () => {
  throw new ApiError(503, "swarm is not locked");
};
