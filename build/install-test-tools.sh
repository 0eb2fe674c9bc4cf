#!/usr/bin/env bash
# Installs the real tools the tests start, pinned in tests/tools/package.json:
# the Microsoft 365 Agents Playground, Azurite, the adaptivecards renderer, the Teams manifest
# schemas and playwright-core, plus Debian's Chromium for the browser tests. Idempotent.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -d "$root/tests/tools/node_modules/azurite" ] || [ "$root/tests/tools/package-lock.json" -nt "$root/tests/tools/node_modules/.package-lock.json" ]; then
  (cd "$root/tests/tools" && npm ci --no-audit --no-fund)
fi
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
