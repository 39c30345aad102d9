// What the stack editor says about the files it reopened: when they were deployed, and how that deploy ended (interrupted, failed…).
import type { DeployState, SavedStack } from "@/lib/stack-types";
import { formatDateTime } from "@/components/ui/time-format";

/** The last deploy's fate in words; records written before deploys had a state were all of finished deploys. */
export function savedStackWords(saved: SavedStack): string {
  const when = formatDateTime(saved.deployedAt);
  const uploads = saved.files.length ? `; upload the secret files again: ${saved.files.join(", ")}` : "";
  const state: DeployState = saved.state ?? "deployed";
  switch (state) {
    case "deployed":
      return `Opened the compose file and settings last deployed ${when}${uploads}.`;
    case "deploying":
      return `A deploy of these files by ${saved.by} started ${when} and is still running${uploads}.`;
    case "failed":
      return `The last deploy of these files (${when}, by ${saved.by}) failed: ${saved.outcome ?? "see the audit log"}${uploads}.`;
    case "interrupted":
      return `The last deploy of these files was interrupted: ${saved.outcome ?? `it started ${when}`}${uploads}.`;
  }
}
