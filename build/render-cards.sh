#!/usr/bin/env bash
# Regenerates docs/cards/: writes every sample card (built from the seed minutes' answers) as JSON, checks each
# with Microsoft's adaptivecards renderer, and renders each to docs/cards/<kind>.png in headless Chromium.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cards="$(mktemp -d)"
trap 'rm -rf "$cards"' EXIT
"$root/build/install-test-tools.sh"
dotnet run --project "$root/tests/WorkingParty.Cards.Tests" -- "$cards"
node "$root/tests/tools/check-cards.mjs" "$cards"
node "$root/tests/tools/render-cards.mjs" "$cards" "$root/docs/cards"
