# Gesprekscoach as a container: the Node service on the embedded database file, kept on a volume.
#   docker build -t gesprekscoach .
#   docker run -d -p 8787:8787 -v gesprekscoach-data:/data gesprekscoach
# Or with compose.yaml: docker compose up -d

# Build stage: all packages (esbuild is a dev dependency), then the bundle, then only what runs.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No scripts: `prepare` would build before the sources are here; the build runs below.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY flows ./flows
COPY db ./db
RUN node bin/build.mjs cli && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

# Run stage: the bundle (dist/, with the SQL migrations beside it) and the production packages,
# of which only the native libsql client is loaded from node_modules; no sources, no compiler.
FROM node:20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    DATABASE_URL=file:/data/gesprekscoach.db
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# `gesprekscoach backup /data/backups/x.db` in the container runs the same bundle as the service.
RUN printf '#!/bin/sh\nexec node /app/dist/cli.mjs "$@"\n' > /usr/local/bin/gesprekscoach \
    && chmod 755 /usr/local/bin/gesprekscoach \
    && mkdir -p /data \
    && chown node:node /data
# The node user of the base image (uid 1000) owns the data and nothing else.
USER node
VOLUME ["/data"]
EXPOSE 8787
# Ready means: the database answers, its migrations are current and a write goes through.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 and handles SIGTERM itself: it stops accepting, lets running answers finish, closes
# the database (its WAL is folded into the file) and exits 0. Within compose's stop_grace_period.
STOPSIGNAL SIGTERM
CMD ["node", "/app/dist/cli.mjs", "serve"]
