// One contract per action, shared by the server (which runs it) and the browser (which builds its request and CLI preview from it).
import type { z } from "zod";
import type { Role } from "../roles";

export interface ActionContract<S extends z.ZodType = z.ZodType> {
  /** The action's name in the API and the audit log ("service.scale"). */
  name: string;
  /** The least role that may run it: operator for service/stack/network/secret/config work and availability, admin for the swarm's membership. */
  role: Role;
  method: "POST" | "DELETE";
  /** Route, with :id for the target. */
  path: string;
  /** The request body with the target's :id, as the server validates it. */
  input: S;
  /** The docker CLI command the action stands for; `target` is the object's name as the CLI takes it (service or node name; "" when none). */
  cli(input: z.infer<S>, target: string): string;
}

/** `route` is the method and path in one: "POST /api/v1/services/:id/scale". */
export function defineContract<S extends z.ZodType>(
  name: string,
  role: Role,
  route: `${ActionContract["method"]} /${string}`,
  body: Pick<ActionContract<S>, "input" | "cli">,
): ActionContract<S> {
  const [method, path] = route.split(" ") as [ActionContract["method"], string];
  return { name, role, method, path, ...body };
}

/** The contract's path for a target ID (percent-encoded). */
export function contractPath(contract: ActionContract, id?: string): string {
  return id === undefined ? contract.path : contract.path.replace(":id", encodeURIComponent(id));
}

/** What the browser sends for a contract: method, path (with the target's ID), body (the input without the ID) and the CLI preview. */
export interface ContractRequest {
  action: string;
  method: ActionContract["method"];
  path: string;
  body: Record<string, unknown>;
  cli: string;
}

export function contractRequest<S extends z.ZodType>(contract: ActionContract<S>, input: z.infer<S>, target = ""): ContractRequest {
  const { id, ...body } = input as { id?: string } & Record<string, unknown>;
  return { action: contract.name, method: contract.method, path: contractPath(contract as ActionContract, id), body, cli: contract.cli(input, target) };
}
