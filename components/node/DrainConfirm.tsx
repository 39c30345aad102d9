"use client";
// Before draining a node: the tasks that will have to move (desired state running on it now), the command, and confirm / cancel.
import { useClusterStore } from "@/components/store/cluster-store";
import type { NodeView } from "@/lib/model-types";
import { CliBox } from "@/components/ui/CliBox";
import { tasksToMove } from "./drain-plan";
import { type ActionRequest, availabilityRequest } from "../operations/requests";
import { BUTTON, DANGER_BUTTON } from "@/components/ui/styles";

const NONE = {};

interface Props {
  node: NodeView;
  /** Gets the drain request, which follows the tasks listed here. */
  onConfirm: (request: ActionRequest) => void;
  onCancel: () => void;
}

export function DrainConfirm({ node, onConfirm, onCancel }: Props) {
  const cluster = useClusterStore().model?.cluster;
  const tasks = cluster?.tasks ?? NONE;
  const services = cluster?.services ?? NONE;
  const moving = tasksToMove(node.id, tasks, services);
  const request = availabilityRequest(node, "drain", tasks, services);
  return (
    <div data-testid="drain-preview" data-node-name={node.hostname} role="dialog" aria-label={`Drain ${node.hostname}?`} className="space-y-2 text-xs">
      <h3 className="text-sm font-semibold text-zinc-100">Drain {node.hostname}?</h3>
      {moving.length === 0 ? (
        <p className="text-zinc-300">No task runs on {node.hostname}: draining moves nothing, and no new task will be placed there.</p>
      ) : (
        <>
          <p className="text-zinc-300">
            The swarm will stop {moving.length === 1 ? "this task" : `these ${moving.length} tasks`} on {node.hostname} and start replicated ones on other nodes; no new task will
            be placed on {node.hostname}.
          </p>
          <ul className="max-h-48 space-y-0.5 overflow-y-auto">
            {moving.map((t) => (
              <li key={t.taskId} data-testid="drain-task-preview" data-task-id={t.taskId} className="rounded bg-zinc-900 px-1.5 py-0.5 font-mono text-zinc-100">
                {t.label}
                {t.global && <span className="ml-2 font-sans text-zinc-500">global: stops here, not placed elsewhere</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <CliBox cli={request.cli} testId="cli-preview" caption="will run" />
      <div className="flex gap-2">
        <button type="button" data-testid="confirm-drain" onClick={() => onConfirm(request)} className={DANGER_BUTTON}>
          Drain {node.hostname}
        </button>
        <button type="button" data-testid="cancel-drain" onClick={onCancel} className={BUTTON}>
          Cancel
        </button>
      </div>
    </div>
  );
}
