# Swarmscope's image: a build stage (npm ci, next build, then dev dependencies pruned) and a runtime stage with only what the server needs.
#
#   docker build -t swarmscope .                      (or scripts/build-image, which also works where no registry is reachable)
#   docker run -d -p 3000:3000 -v /var/run/docker.sock:/var/run/docker.sock \
#     -e SWARMSCOPE_ADMIN_PASSWORD=… swarmscope
#
# Base images are build arguments: the official Node images by default (the full one has python3, make and g++ for
# node-gyp when better-sqlite3 has no prebuilt binary; the slim one runs it), and the docker CLI for `docker stack deploy`.
ARG NODE_BUILD_IMAGE=node:20-bookworm
ARG NODE_IMAGE=node:20-bookworm-slim
ARG DOCKER_CLI_IMAGE=docker:cli

FROM ${DOCKER_CLI_IMAGE} AS docker-cli

FROM ${NODE_BUILD_IMAGE} AS build
WORKDIR /app
# node-gyp builds against the headers of the image's own Node (PREFIX/include/node) instead of downloading them.
COPY package.json package-lock.json ./
RUN npm_config_nodedir="$(node -p 'require("path").resolve(process.execPath, "../..")')" \
    npm ci --no-audit --no-fund
COPY . .
# Then only what runs: no dev dependencies, nor optional peers of next that came with them (@playwright/test);
# no SWC compiler (next build's, not the server's), no build cache, no better-sqlite3 sources and objects.
RUN NEXT_TELEMETRY_DISABLED=1 npm run build \
 && npm prune --omit=dev --omit=peer --no-audit --no-fund \
 && rm -rf .next/cache node_modules/@next/swc-* \
           node_modules/better-sqlite3/deps node_modules/better-sqlite3/src \
           node_modules/better-sqlite3/build/Release/obj node_modules/better-sqlite3/build/Release/obj.target \
 && node -e 'new (require("better-sqlite3"))(":memory:").close()'

FROM ${NODE_IMAGE} AS runtime
ARG NODE_IMAGE
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="Swarmscope" \
      org.opencontainers.image.description="Live web dashboard and visualizer for Docker Swarm" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.base.name="${NODE_IMAGE}"
WORKDIR /app
COPY --from=docker-cli /usr/local/bin/docker /usr/local/bin/docker
# Only what `npm start` (node --import tsx server/index.ts) reads: production dependencies (tsx among them), the built pages, the server's sources.
COPY --from=build /app/package.json /app/next.config.js /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY --from=build /app/server ./server
COPY --from=build /app/lib ./lib
# DATA_DIR belongs to the image's non-root user "node" (uid 1000), so a new named volume mounted there does too.
RUN mkdir -p /data && chown node:node /data
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    PORT=3000 \
    SWARMSCOPE_DATA_DIR=/data \
    DOCKER_HOST=unix:///var/run/docker.sock
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Starts as root only to add the engine socket's group (its gid differs per host; stack files have no group_add),
# then runs the server as "node" (server/container/entry.ts). `docker run --user node --group-add GID` skips that step.
ENTRYPOINT ["node", "--import", "tsx", "server/container/entry.ts"]
