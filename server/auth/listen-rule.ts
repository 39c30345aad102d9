// The listening rule: loopback addresses may run without sign-in (local mode); any other address needs users configured.

/** True for 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  if (h === "localhost" || h === "::1" || h === "::ffff:127.0.0.1") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Why the server must not start, or null when it may. */
export function listenRefusal(host: string, authConfigured: boolean): string | null {
  if (authConfigured || isLoopback(host)) return null;
  return (
    `refusing to listen on ${host} without authentication: anyone who reaches this address would control the swarm. ` +
    `Configure a first admin (SWARMSCOPE_ADMIN_PASSWORD=… [SWARMSCOPE_ADMIN_USER=admin], or \`npm run users -- add NAME --role admin\`), ` +
    `or listen on 127.0.0.1 only (HOST=127.0.0.1, the default).`
  );
}
