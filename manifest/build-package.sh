#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + icons, zipped) for upload to Teams.
# Usage: manifest/build-package.sh <microsoft-app-id> <bot-domain> [output.zip]
#   e.g. manifest/build-package.sh 3f2a...c1 wpbot.azurewebsites.net
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app_id="${1:?usage: build-package.sh <microsoft-app-id> <bot-domain> [output.zip]}"
domain="${2:?usage: build-package.sh <microsoft-app-id> <bot-domain> [output.zip]}"
out="${3:-$here/build/working-party-bot.zip}"
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]]; then
  echo "build-package: '$app_id' is not an app id (a GUID)" >&2; exit 2
fi
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
sed -e "s/{{MICROSOFT_APP_ID}}/$app_id/g" -e "s/{{BOT_DOMAIN}}/$domain/g" "$here/manifest.json" > "$staging/manifest.json"
cp "$here/color.png" "$here/outline.png" "$staging/"
mkdir -p "$(dirname "$out")"
rm -f "$out"
(cd "$staging" && python3 -m zipfile -c "$out" manifest.json color.png outline.png)
echo "$out"
