// Docker's name rules for stacks and what they make (services, networks, secrets, configs, volumes), and the settings-set name rule.
import { z } from "zod";

/** Longest stack name: leaves room for "_" and a service name within swarmkit's 63 characters. */
export const MAX_STACK_NAME = 40;

/**
 * swarmkit's rule for service and overlay network names (a DNS name component): letters and digits, with - or _ between them.
 * Written so each repetition ends in exactly one letter or digit: the engine's own form, (?:[-_]*[A-Za-z0-9]+)*, backtracks exponentially in JavaScript.
 */
export const DNS_COMPONENT = /^[a-zA-Z0-9](?:[-_]*[a-zA-Z0-9])*$/;
export const MAX_DNS_COMPONENT = 63;

/** swarmkit's rule for secret and config names: [a-zA-Z0-9-_.], starting and ending with a letter or digit, at most 64. */
export const DATA_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9_.-]*[a-zA-Z0-9])?$/;
export const MAX_DATA_NAME = 64;

/** The engine's rule for volume names (and local networks): [a-zA-Z0-9][a-zA-Z0-9_.-]+. */
export const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
export const LOCAL_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export const stackName = z
  .string()
  .min(1, "a stack needs a name")
  .max(MAX_STACK_NAME, `at most ${MAX_STACK_NAME} characters (services are named <stack>_<service>, at most 63)`)
  .regex(DNS_COMPONENT, "letters and digits, with - or _ between them (Docker's name rule; no spaces, dots, slashes or shell characters)");

/** A settings set's name (dev, prod, eu-west.2): it picks a key of the settings document's sets. */
export const SET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
export const settingsSetName = z.string().max(64, "at most 64 characters").regex(SET_NAME, "a set name is letters, digits, _ . or -, starting with a letter or digit");

/** The name an object of the stack gets: web → wp_web (the compose key, or its own `name:` for secrets, configs, networks, volumes). */
export function scoped(stack: string, key: string): string {
  return `${stack}_${key}`;
}
