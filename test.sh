#!/usr/bin/env bash
# Runs every test of the solution. First installs what the tests start when it is missing
# (the npm tools in tests/tools, Debian's Chromium), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")"
build/install-test-tools.sh
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test Bot.sln "$@" 2>&1 | tee "$log" || status=$?
# One closing line for the whole run, summed over the test projects.
awk '/(Passed|Failed)! +- +Failed: /{gsub(",", ""); f += $4; p += $6; s += $8}
     END {printf "%d passed, %d failed, %d skipped\n", p, f, s}' "$log"
exit "$status"
