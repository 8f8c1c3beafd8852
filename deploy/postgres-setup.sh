#!/usr/bin/env bash
# Creates (once) and starts a PostgreSQL server for a Threatscape cluster on this machine,
# from Debian's package (apt-get install postgresql), in DATA (default data/cluster/pg).
#   deploy/postgres-setup.sh start|stop [PORT]
# Prints the DATABASE_URL. The server applies its migrations itself at start.
set -euo pipefail
cd "$(dirname "$0")/.."
action=${1:-start}
port=${2:-${PG_PORT:-5433}}
data=${PG_DATA:-$PWD/data/cluster/pg}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z "$bin" ]]; then
  echo "PostgreSQL is not installed: apt-get install postgresql" >&2
  exit 1
fi
# PostgreSQL refuses to run as root: run it as the `postgres` user the package creates.
as=()
if [[ $(id -u) == 0 ]]; then as=(runuser -u postgres --); fi
if [[ "$action" == stop ]]; then
  "${as[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop
  exit 0
fi
if [[ ! -f "$data/PG_VERSION" ]]; then
  mkdir -p "$data"
  [[ ${#as[@]} -gt 0 ]] && chown -R postgres "$(dirname "$data")"
  "${as[@]}" "$bin/initdb" -D "$data" -U threatscape --auth=trust -E UTF8 >/dev/null
fi
# idle_in_transaction_session_timeout: a process frozen inside an append transaction
# (SIGSTOP, a VM pause) must not hold its game's lease row locked past the lease's expiry.
"${as[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
  -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c idle_in_transaction_session_timeout=2s -c max_connections=200" start >/dev/null
"$bin/psql" -h 127.0.0.1 -p "$port" -U threatscape -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = 'threatscape'" | grep -q 1 ||
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U threatscape threatscape
echo "postgresql://threatscape@127.0.0.1:$port/threatscape"
