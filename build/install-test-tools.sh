#!/usr/bin/env bash
# Installs the real tools the tests start, pinned in tests/tools/package.json:
# the Microsoft 365 Agents Playground, Azurite, the adaptivecards renderer, the Teams manifest
# schemas and playwright-core, plus Debian's Chromium for the browser tests. Idempotent.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# Installed when the lock file's content differs from the one last installed (not its date: a new checkout or git
# worktree has a fresh date, and a worktree may share node_modules with another checkout).
tools="$root/tests/tools"
lock_hash="$(sha256sum "$tools/package-lock.json" | cut -d' ' -f1)"
if [ ! -d "$tools/node_modules/azurite" ] || [ "$(cat "$tools/node_modules/.installed-lock-sha256" 2>/dev/null)" != "$lock_hash" ]; then
  (cd "$tools" && npm ci --no-audit --no-fund)
  echo "$lock_hash" > "$tools/node_modules/.installed-lock-sha256"
fi
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
