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
apps_dir=data/cluster/run
mkdir -p "$apps_dir"
rm -f "$apps_dir"/*.pid "$apps_dir"/stopping
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }
# Waits (at most $2 seconds) until process $1 is gone; polling, as `wait` inside a trap can hang.
gone() { local t=0; while alive "$1" && ((t < $2 * 10)); do sleep 0.1; t=$((t + 1)); done; }
stopped=""
stop() {
  [[ -n "$stopped" ]] && return
  stopped=1
  echo "stopping the cluster..."
  touch "$apps_dir/stopping"
  # The proxy first (no new requests), then the server processes (each drains its games and
  # releases its leases, which needs Redis and PostgreSQL), then Redis and PostgreSQL.
  alive "${haproxy_pid:-}" && kill -TERM "$haproxy_pid" 2>/dev/null
  local app
  for file in "$apps_dir"/app*.pid; do
    [[ -f "$file" ]] || continue
    app=$(cat "$file")
    kill -TERM "$app" 2>/dev/null || true
  done
  for file in "$apps_dir"/app*.pid; do [[ -f "$file" ]] && gone "$(cat "$file")" 20; done
  if alive "${redis_pid:-}"; then kill -TERM "$redis_pid"; gone "$redis_pid" 10; fi
  deploy/postgres-setup.sh stop "$PG_PORT" >/dev/null 2>&1 || true
  echo "cluster stopped"
}
# Ctrl-C only asks; the main loop below stops everything in order (outside the trap).
trap 'touch "$apps_dir/stopping"' INT TERM
trap stop EXIT

echo "Building the web app..."
pnpm exec turbo run build --filter=@threatscape/web --output-logs=errors-only
DATABASE_URL=$(deploy/postgres-setup.sh start "$PG_PORT")
mkdir -p data/cluster/redis
# In its own session: Ctrl-C reaches the terminal's process group, and Redis must outlive the
# server processes' shutdown (they release their leases and flush through it).
setsid redis-server deploy/redis.conf --port "$REDIS_PORT" --dir "$PWD/data/cluster/redis" &
redis_pid=$!
REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
# Where students are invited (the console's link, QR code, projector): the proxy on this
# machine's LAN address, unless PUBLIC_URL says otherwise.
lan=$(hostname -I 2>/dev/null | awk '{print $1}')
PUBLIC_URL=${PUBLIC_URL:-${lan:+http://$lan:$PROXY_PORT}}

# One server process, restarted 2 s after it dies (as systemd's Restart=always would): its
# games move to the others meanwhile, and it takes its share back as connections arrive.
supervise() {
  local i=$1 port=$2 code
  while [[ ! -f "$apps_dir/stopping" ]]; do
    (cd apps/server && PORT=$port HOST=127.0.0.1 DATABASE_URL=$DATABASE_URL REDIS_URL=$REDIS_URL \
      INSTANCE_ID="app$i" TRUST_PROXY=127.0.0.1 PUBLIC_URL=$PUBLIC_URL \
      exec node --import tsx src/main.ts) &
    echo $! >"$apps_dir/app$i.pid"
    code=0
    wait $! || code=$?
    [[ -f "$apps_dir/stopping" ]] && break
    echo "app$i (:$port) exited with code $code: restarting in 2 s" >&2
    sleep 2
  done
}

i=0
for port in "${APP_PORTS[@]}"; do
  i=$((i + 1))
  # Each process: its own port, the shared database and Redis, the proxy's address trusted
  # for X-Forwarded-For (rate limits count students, not the proxy; haproxy.cfg sets it).
  supervise "$i" "$port" &
  pids+=($!)
  export "APP${i}_ADDR=127.0.0.1:$port"
done
for port in "${APP_PORTS[@]}"; do
  until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 1; done
done
export PROXY_BIND="0.0.0.0:$PROXY_PORT"
haproxy -f deploy/haproxy.cfg -db &
haproxy_pid=$!
echo "Threatscape cluster: http://${lan:-127.0.0.1}:$PROXY_PORT (3 processes :${APP_PORTS[*]}, PostgreSQL :$PG_PORT, Redis :$REDIS_PORT)"
echo "  Students are invited to ${PUBLIC_URL:-http://127.0.0.1:$PROXY_PORT (no LAN address found: set PUBLIC_URL)}"
echo "  Database: $DATABASE_URL (game owners: SELECT * FROM \"GameLease\")"
# A server process that dies is restarted above; Redis or the proxy dying stops everything.
while [[ ! -f "$apps_dir/stopping" ]]; do
  if ! alive "$redis_pid" || ! alive "$haproxy_pid"; then
    echo "Redis or HAProxy exited: stopping" >&2
    break
  fi
  sleep 1
done
stop
