"use client";
// The node operations panel: availability (drain asks first), promote/demote with the quorum checks, labels, and removing a down node; then live feedback.
// Each section only for the sessions whose role the server accepts for it (useNodeControls).
import { useState } from "react";
import { useCan } from "@/components/nav/use-me";
import { useClusterStore } from "@/components/store/cluster-store";
import { checkRoleChange } from "@/lib/manager-quorum";
import type { NodeView } from "@/lib/model-types";
import { ActionFeedback } from "../operations/ActionFeedback";
import { ActionSection } from "../operations/ActionSection";
import { AvailabilityButtons } from "./AvailabilityButtons";
import { DrainConfirm } from "./DrainConfirm";
import { NodeLabels } from "./NodeLabels";
import { type ActionRequest, availabilityRequest, removeNodeRequest, roleRequest } from "../operations/requests";
import { BUTTON, PRIMARY_BUTTON } from "@/components/ui/styles";
import { RemoveSection } from "../operations/RemoveSection";
import { useActionRun } from "../operations/use-action-run";

type Send = (request: ActionRequest) => void;
const NONE = {};

function AvailabilitySection({ node, send }: { node: NodeView; send: Send }) {
  const cluster = useClusterStore().model?.cluster;
  const [drainAsked, setDrainAsked] = useState(false);
  return (
    <ActionSection title="Availability" testId="availability-section" cli={null}>
      {drainAsked ? (
        <DrainConfirm
          node={node}
          onConfirm={(request) => {
            setDrainAsked(false);
            send(request);
          }}
          onCancel={() => setDrainAsked(false)}
        />
      ) : (
        <AvailabilityButtons
          current={node.availability}
          onPick={(a) => (a === "drain" ? setDrainAsked(true) : send(availabilityRequest(node, a, cluster?.tasks ?? NONE, cluster?.services ?? NONE)))}
        />
      )}
    </ActionSection>
  );
}

function RoleSection({ node, send }: { node: NodeView; send: Send }) {
  const nodes = useClusterStore().model?.cluster.nodes ?? NONE;
  const [asked, setAsked] = useState(false);
  const role = node.role === "manager" ? "worker" : "manager";
  const verb = role === "manager" ? "Promote" : "Demote";
  const check = checkRoleChange(Object.values(nodes), node.id, role);
  const request = roleRequest(node, role);
  return (
    <ActionSection
      title="Role"
      testId="role-section"
      cli={request.cli}
      note={
        check.refusal && (
          <span data-testid="role-refusal" className="text-red-300">
            {check.refusal}
          </span>
        )
      }
    >
      <span className="text-xs text-zinc-300">
        {node.hostname} is a {node.role}.
      </span>
      {!asked ? (
        <button
          type="button"
          data-testid={verb.toLowerCase()}
          disabled={check.refusal !== null}
          title={check.refusal ?? `${verb} ${node.hostname}`}
          onClick={() => setAsked(true)}
          className={BUTTON}
        >
          {verb}…
        </button>
      ) : (
        <div data-testid="role-confirm" className="w-full space-y-1.5">
          {check.warnings.map((w) => (
            <p key={w} data-testid="role-warning" className="rounded border border-amber-700/60 bg-amber-950/40 px-2 py-1 text-[11px] text-amber-100">
              ⚠ {w}
            </p>
          ))}
          {check.warnings.length === 0 && <p className="text-[11px] text-zinc-400">The managers keep their quorum.</p>}
          <div className="flex gap-1.5">
            <button
              type="button"
              data-testid="confirm-role"
              onClick={() => {
                setAsked(false);
                send(request);
              }}
              className={PRIMARY_BUTTON}
            >
              {verb} {node.hostname}
            </button>
            <button type="button" data-testid="cancel-role" onClick={() => setAsked(false)} className={BUTTON}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </ActionSection>
  );
}

/** Why the node cannot be removed, or null. */
function removeBlock(node: NodeView): string | null {
  if (node.role === "manager") return `${node.hostname} is a manager: demote it first`;
  if (node.status !== "down") return `${node.hostname} is ${node.status}: only a node that is down can be removed (run docker swarm leave on it first)`;
  return null;
}

const REMOVE_IDS = { section: "remove-node-section", input: "confirm-node-remove-input", button: "remove-node" };

function RemoveNodeSection({ node, send }: { node: NodeView; send: Send }) {
  const blocked = removeBlock(node);
  const note = blocked ? <span data-testid="remove-node-blocked">{blocked}</span> : `Type ${node.hostname} to confirm.`;
  return (
    <RemoveSection
      title="Remove from the swarm"
      ids={REMOVE_IDS}
      name={node.hostname}
      request={(typed) => removeNodeRequest(node, typed)}
      send={send}
      note={note}
      blocked={blocked}
    />
  );
}

/** Which node sections this session gets: availability and labels for operators, role and removal for admins. */
export function useNodeControls(): { availability: boolean; role: boolean; labels: boolean; remove: boolean; any: boolean } {
  const availability = useCan("nodeAvailability");
  const role = useCan("nodeRole");
  const labels = useCan("nodeLabels");
  const remove = useCan("nodeRemove");
  return { availability, role, labels, remove, any: availability || role || labels || remove };
}

export function NodeActions({ nodeId }: { nodeId: string }) {
  const node = useClusterStore().model?.cluster.nodes[nodeId];
  const { run, start } = useActionRun();
  const can = useNodeControls();
  if (!can.any) return null;
  return (
    <div data-testid="node-actions" data-node-name={node?.hostname ?? ""} className="space-y-2">
      {run && <ActionFeedback key={run.id} run={run} />}
      {!node ? (
        !run && <p className="text-xs text-zinc-400">No node {nodeId} in the swarm.</p>
      ) : (
        <>
          {can.availability && <AvailabilitySection key={`a-${node.id}`} node={node} send={start} />}
          {can.role && <RoleSection key={`r-${node.id}`} node={node} send={start} />}
          {can.labels && <NodeLabels key={`l-${node.id}`} node={node} send={start} />}
          {can.remove && <RemoveNodeSection key={`rm-${node.id}`} node={node} send={start} />}
        </>
      )}
    </div>
  );
}
