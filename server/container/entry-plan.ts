// How the image's entry point starts the server: as root it drops to the image's user with the engine sockets' groups added; otherwise it runs as it is.
/** An engine socket the server will use (DOCKER_HOST / SWARMSCOPE_MANAGERS), as found in the container. */
export interface SocketSeen {
  path: string;
  /** Its group, null when the path does not exist. */
  gid: number | null;
  /** Whether the current user may read and write it. */
  usable: boolean;
}

export type EntryPlan = { kind: "drop"; user: string; groups: (string | number)[] } | { kind: "run"; warnings: string[] };

/**
 * Root (uid 0, the image's default, because `docker stack deploy` has no group_add): switch to `user` (the image's
 * non-root user) keeping its own group plus each socket's group, so the socket's 660 mode lets it in.
 * Any other uid (`docker run --user node --group-add GID`): run as is, warning about each socket it cannot use.
 */
export function entryPlan(uid: number, user: string, sockets: SocketSeen[]): EntryPlan {
  if (uid === 0) {
    const gids = [...new Set(sockets.flatMap((s) => (s.gid === null ? [] : [s.gid])))];
    return { kind: "drop", user, groups: [user, ...gids] };
  }
  const warnings = sockets
    .filter((s) => s.gid !== null && !s.usable)
    .map(
      (s) =>
        `Swarmscope: the engine socket ${s.path} (group ${s.gid}) is not readable and writable by uid ${uid}: ` +
        `add its group (docker run --group-add ${s.gid}, docker service create --group ${s.gid}) or start the container as root and let the entry point add it`,
    );
  return { kind: "run", warnings };
}
