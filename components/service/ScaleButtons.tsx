"use client";
// − / + on a service's legend entry: clicks add up to one `docker service scale`, sent once they stop; disabled (with the reason) for global services.
// −/+ only for sessions allowed to scale, ⋯ (the service's operations) only for those allowed them.
import { useCan } from "@/components/nav/use-me";
import type { ServiceView } from "@/lib/model-types";
import { useOperations } from "../operations/operations";
import { scaleBase, scaleBlock } from "./scale-target";

const SMALL =
  "grid h-5 w-5 place-items-center rounded text-xs leading-none text-zinc-300 hover:bg-zinc-700 hover:text-zinc-50 disabled:cursor-not-allowed disabled:opacity-35 disabled:hover:bg-transparent";

export function ScaleButtons({ service }: { service: ServiceView }) {
  const ops = useOperations();
  const canScale = useCan("scale");
  const canOperate = useCan("serviceOps");
  if (!ops || (!canScale && !canOperate)) return null;
  const blocked = scaleBlock(service);
  const pending = ops.pendingScale[service.id];
  const base = scaleBase(service, pending, undefined);
  return (
    <span className="inline-flex items-center">
      {canScale && pending !== undefined && (
        <span data-testid="scale-pending" className="px-0.5 text-[11px] tabular-nums text-sky-300" title={`will run docker service scale ${service.name}=${pending}`}>
          →{pending}
        </span>
      )}
      {canScale && (
        <>
          <button
            type="button"
            data-testid="scale-down"
            disabled={blocked !== null || base <= 0}
            aria-label={`Scale ${service.name} down by one`}
            title={blocked ?? `Scale ${service.name} down by one (docker service scale)`}
            onClick={() => ops.scaleBy(service, -1)}
            className={SMALL}
          >
            −
          </button>
          <button
            type="button"
            data-testid="scale-up"
            disabled={blocked !== null}
            aria-label={`Scale ${service.name} up by one`}
            title={blocked ?? `Scale ${service.name} up by one (docker service scale)`}
            onClick={() => ops.scaleBy(service, 1)}
            className={SMALL}
          >
            +
          </button>
        </>
      )}
      {canOperate && (
        <button
          type="button"
          data-testid="service-actions-open"
          aria-label={`Actions for ${service.name}`}
          title={`Actions for ${service.name}: scale, update the image, roll back, redeploy, remove`}
          onClick={() => ops.open({ kind: "service", serviceId: service.id })}
          className={SMALL}
        >
          ⋯
        </button>
      )}
    </span>
  );
}
