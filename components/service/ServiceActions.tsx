"use client";
// The service operations panel: scale, rolling image update, rollback, forced redeploy and remove, each with its docker CLI command, then live feedback.
// Nothing for sessions without the role the server wants for them.
import { useCan } from "@/components/nav/use-me";
import { useClusterStore } from "@/components/store/cluster-store";
import type { ServiceView } from "@/lib/model-types";
import { ActionFeedback } from "../operations/ActionFeedback";
import { ActionSection } from "../operations/ActionSection";
import { type ActionRequest, redeployRequest, removeServiceRequest, rollbackRequest, scaleRequest, updateImageRequest } from "../operations/requests";
import { MAX_REPLICAS, scaleBlock } from "./scale-target";
import { BUTTON, INPUT, PRIMARY_BUTTON } from "@/components/ui/styles";
import { RemoveSection } from "../operations/RemoveSection";
import { useActionRun } from "../operations/use-action-run";
import { useLiveInput } from "@/components/ui/use-live-input";

type Send = (request: ActionRequest) => void;

function ScaleSection({ service, send }: { service: ServiceView; send: Send }) {
  const [text, setText] = useLiveInput(String(service.replicas ?? 1));
  const blocked = scaleBlock(service);
  const replicas = Number(text);
  const valid = text.trim() !== "" && Number.isInteger(replicas) && replicas >= 0 && replicas <= MAX_REPLICAS;
  return (
    <ActionSection title="Scale" testId="scale-section" cli={blocked || !valid ? null : scaleRequest(service, replicas).cli} note={blocked}>
      <input
        type="number"
        data-testid="scale-input"
        aria-label="Replicas"
        min={0}
        max={MAX_REPLICAS}
        value={text}
        disabled={blocked !== null}
        onChange={(e) => setText(e.target.value)}
        className={`${INPUT} w-20`}
      />
      <button
        type="button"
        data-testid="scale-apply"
        disabled={blocked !== null || !valid}
        title={blocked ?? undefined}
        onClick={() => send(scaleRequest(service, replicas))}
        className={PRIMARY_BUTTON}
      >
        Scale
      </button>
      {!valid && !blocked && <span className="text-[11px] text-red-300">a whole number 0..{MAX_REPLICAS}</span>}
    </ActionSection>
  );
}

function ImageSection({ service, send }: { service: ServiceView; send: Send }) {
  const [image, setImage] = useLiveInput(service.image);
  const wanted = image.trim();
  const same = wanted === service.image;
  return (
    <ActionSection
      title="Rolling update: image"
      testId="image-section"
      cli={wanted ? updateImageRequest(service, wanted).cli : null}
      note={`Replaces ${service.updateConfig.parallelism || "all"} task${service.updateConfig.parallelism === 1 ? "" : "s"} at a time, ${service.updateConfig.delaySeconds} s apart; on failure: ${service.updateConfig.failureAction}.`}
    >
      <input
        type="text"
        data-testid="image-input"
        aria-label="New image"
        value={image}
        spellCheck={false}
        onChange={(e) => setImage(e.target.value)}
        className={`${INPUT} flex-1 font-mono`}
      />
      <button
        type="button"
        data-testid="update-image-apply"
        disabled={!wanted || same}
        title={same ? `${service.name} already runs ${service.image}` : undefined}
        onClick={() => send(updateImageRequest(service, wanted))}
        className={PRIMARY_BUTTON}
      >
        Update
      </button>
    </ActionSection>
  );
}

const REMOVE_IDS = { section: "remove-section", input: "confirm-remove-input", button: "remove-service" };

function RemoveServiceSection({ service, send }: { service: ServiceView; send: Send }) {
  const note = `Type ${service.name} to confirm: its tasks are stopped and the service is deleted.`;
  return <RemoveSection title="Remove" ids={REMOVE_IDS} name={service.name} request={(typed) => removeServiceRequest(service, typed)} send={send} note={note} />;
}

export function ServiceActions({ serviceId }: { serviceId: string }) {
  const service = useClusterStore().model?.cluster.services[serviceId];
  const { run, start } = useActionRun();
  const allowed = useCan("serviceOps");
  if (!allowed) return null;
  return (
    <div data-testid="service-actions" data-service-name={service?.name ?? ""} className="space-y-2">
      {run && <ActionFeedback key={run.id} run={run} />}
      {!service ? (
        !run && <p className="text-xs text-zinc-400">No service {serviceId} in the swarm (yet).</p>
      ) : (
        <>
          <ScaleSection key={`scale-${service.id}`} service={service} send={start} />
          <ImageSection key={`image-${service.id}`} service={service} send={start} />
          <ActionSection
            title="Roll back and redeploy"
            testId="rollback-section"
            cli={[rollbackRequest(service).cli, redeployRequest(service).cli]}
            note="Rollback returns to the spec before the last update; redeploy replaces every task (e.g. to rebalance after nodes come back)."
          >
            <button type="button" data-testid="rollback" onClick={() => start(rollbackRequest(service))} className={BUTTON}>
              Roll back
            </button>
            <button type="button" data-testid="redeploy" onClick={() => start(redeployRequest(service))} className={BUTTON}>
              Force redeploy
            </button>
          </ActionSection>
          <RemoveServiceSection key={`rm-${service.id}`} service={service} send={start} />
        </>
      )}
    </div>
  );
}
