# The server image used by docker-compose.yml: compiled JavaScript, run by node itself as a non-root user.

# Build: compile src/ to dist/ with the dev dependencies, then drop them.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary matches
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

# Run: no compiler, no tsx, no npm between Docker and node.
FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY seed ./seed
# the explorer's browser code, bundled by esbuild from its source on the first request (src/server/web/bundle.ts)
COPY src/explore ./src/explore
# the embedded store's directory (used when NEO4J_URI is unset) belongs to the user the server runs as
RUN mkdir /app/data && chown node:node /app/data
ENV KG_DATA_DIR=/app/data
# the image's unprivileged user (uid 1000); the code stays root-owned, so the server cannot change it
USER node
EXPOSE 4000
# node is PID 1 and gets `docker stop`'s SIGTERM itself: it finishes in-flight requests, closes the
# store and exits (src/server/main.ts)
STOPSIGNAL SIGTERM
CMD ["node", "dist/server/main.js"]
