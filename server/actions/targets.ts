// Finds the service or node an action names (ID, ID prefix or name, as the docker CLI accepts), or a 404 naming the field.
import type { EngineNode, EngineService } from "../../lib/engine-types";
import type { EngineClient } from "../engine/client";
import { ActionError } from "./action";

export async function findService(engine: EngineClient, id: string): Promise<EngineService> {
  const service = await engine.service(id);
  if (!service) throw new ActionError(404, `no such service: ${id}`, "id");
  return service;
}

export async function findNode(engine: EngineClient, id: string): Promise<EngineNode> {
  const node = await engine.node(id);
  if (!node) throw new ActionError(404, `no such node: ${id}`, "id");
  return node;
}

export function nodeName(node: EngineNode): string {
  return node.Description?.Hostname || node.Spec.Name || node.ID;
}
