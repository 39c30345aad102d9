// What viewers may not read: values of environment variables whose names look secret (PASSWORD, TOKEN, KEY, SECRET…).
import type { ServiceDetail } from "../../lib/detail-types";

export const MASK = "••••••";

const SECRET_NAME = /PASS(WORD|WD)?|TOKEN|KEY|SECRET|CREDENTIAL|PRIVATE/i;

export function looksSecret(name: string): boolean {
  return SECRET_NAME.test(name);
}

export function maskEnv(env: { name: string; value: string }[]): { name: string; value: string }[] {
  return env.map((e) => (looksSecret(e.name) && e.value ? { ...e, value: MASK } : e));
}

/** The service detail with secret-looking env values masked (current and previous spec). */
export function maskServiceDetail(detail: ServiceDetail): ServiceDetail {
  return {
    ...detail,
    spec: { ...detail.spec, env: maskEnv(detail.spec.env) },
    previousSpec: detail.previousSpec ? { ...detail.previousSpec, env: maskEnv(detail.previousSpec.env) } : null,
  };
}
