// The order of services on the board and in the legend: a stack's services together (services outside any stack first), then by name.
import type { ServiceView } from "@/lib/model-types";

type Ordered = Pick<ServiceView, "stack" | "name">;

const compareText = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

export function compareServices(a: Ordered, b: Ordered): number {
  return compareText(a.stack ?? "", b.stack ?? "") || compareText(a.name, b.name);
}
