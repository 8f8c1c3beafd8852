#!/usr/bin/env bash
# `pnpm start:cluster`: a department on one machine from Debian's packages: PostgreSQL
# (postgres-setup.sh), Redis (redis.conf), three server processes and HAProxy (haproxy.cfg)
# in front. Open http://<this machine>:${PROXY_PORT:-8080}. Ctrl-C stops everything it started.
# Needs: apt-get install postgresql redis-server haproxy.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
PROXY_PORT=${PROXY_PORT:-8080} REDIS_PORT=${REDIS_PORT:-6390} PG_PORT=${PG_PORT:-5433}
APP_PORTS=(${APP_PORTS:-3101 3102 3103})
for tool in redis-server haproxy; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed: apt-get install ${tool/haproxy/haproxy}" >&2; exit 1; }
done

pids=()
stop() {
  trap - EXIT INT TERM
  echo "stopping the cluster..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  deploy/postgres-setup.sh stop "$PG_PORT" >/dev/null 2>&1 || true
}
trap stop EXIT INT TERM

echo "Building the web app..."
pnpm exec turbo run build --filter=@threatscape/web --output-logs=errors-only
DATABASE_URL=$(deploy/postgres-setup.sh start "$PG_PORT")
mkdir -p data/cluster/redis
redis-server deploy/redis.conf --port "$REDIS_PORT" --dir "$PWD/data/cluster/redis" &
pids+=($!)
REDIS_URL="redis://127.0.0.1:$REDIS_PORT"

i=0
for port in "${APP_PORTS[@]}"; do
  i=$((i + 1))
  # Each process: its own port, the shared database and Redis, the proxy's address trusted
  # for X-Forwarded-For (rate limits count students, not the proxy).
  (cd apps/server && PORT=$port HOST=127.0.0.1 DATABASE_URL=$DATABASE_URL REDIS_URL=$REDIS_URL \
    INSTANCE_ID="app$i" TRUST_PROXY=127.0.0.1 PUBLIC_URL=${PUBLIC_URL:-} \
    exec node --import tsx src/main.ts) &
  pids+=($!)
  export "APP${i}_ADDR=127.0.0.1:$port"
done
for port in "${APP_PORTS[@]}"; do
  until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 1; done
done
export PROXY_BIND="0.0.0.0:$PROXY_PORT"
haproxy -f deploy/haproxy.cfg -db &
pids+=($!)
echo "Threatscape cluster: http://127.0.0.1:$PROXY_PORT (3 processes, PostgreSQL :$PG_PORT, Redis :$REDIS_PORT)"
wait -n "${pids[@]}"
