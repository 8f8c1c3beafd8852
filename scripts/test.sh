#!/usr/bin/env bash
# `pnpm test`: every check there is — typecheck, lint and unit/integration tests of every
# package (turbo), then the end-to-end tests in a real Chromium against the real server, then
# the first-load JS budgets of issue 13, measured on the web build the e2e step just made.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
started=$(date +%s)
pnpm exec turbo run typecheck lint test --output-logs=new-only --concurrency=2
pnpm --filter @threatscape/e2e run e2e
pnpm --filter @threatscape/web run size
echo "All checks passed in $(( $(date +%s) - started ))s."
