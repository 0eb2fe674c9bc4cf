#!/usr/bin/env bash
# Runs every test. Installs first what the tests start (npm tools, Debian Chromium) when it is missing.
set -euo pipefail
cd "$(dirname "$0")"
build/install-test-tools.sh
dotnet test Bot.sln --logger "console;verbosity=normal" "$@"
