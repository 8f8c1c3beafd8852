#!/usr/bin/env bash
# `pnpm start`: build the web app (cached by turbo when nothing changed), then run the
# classroom server, which applies pending database migrations and prints the URL to open.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
echo "Building the web app (first run takes about a minute)..."
pnpm exec turbo run build --filter=@threatscape/web --output-logs=errors-only
exec pnpm --silent --filter @threatscape/server run start
