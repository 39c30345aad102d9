// The rule for stack names: every object a stack makes is named <stack>_<name>, so the stack name must fit Docker's service-name rule.
import { z } from "zod";

/** Longest stack name: leaves room for "_" and a service name within swarmkit's 63 characters. */
export const MAX_STACK_NAME = 40;

export const stackName = z
  .string()
  .min(1, "a stack needs a name")
  .max(MAX_STACK_NAME, `at most ${MAX_STACK_NAME} characters (services are named <stack>_<service>, at most 63)`)
  .regex(
    /^[a-zA-Z0-9](?:[-_]*[a-zA-Z0-9]+)*$/,
    "letters and digits, with - or _ between them (Docker's name rule; no spaces, dots, slashes or shell characters)",
  );

/** The name an object of the stack gets: web → wp_web (the compose key, or its own `name:` for secrets, configs, networks, volumes). */
export function scoped(stack: string, key: string): string {
  return `${stack}_${key}`;
}
