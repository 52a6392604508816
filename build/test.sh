#!/usr/bin/env bash
# Runs every test, the browser test included, on a fresh machine with only the .NET SDK:
# installs Debian's chromium first if it is missing (Playwright drives it; its own download is not used),
# and the npm test tools (tests/node/package.json).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser test (one time)..."
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# npm test tools: the Microsoft 365 Agents Playground (a real Teams client), the Teams manifest schemas, and the
# checkers of what CoachBot sends (tsc with @slack/web-api's types, the adaptivecards package).
node_tools=tests/node
missing=""
for tool in .bin/agentsplayground @microsoft/app-manifest .bin/tsc @slack/web-api adaptivecards; do
  if [ ! -e "$node_tools/node_modules/$tool" ]; then missing="$missing $tool"; fi
done
if [ -n "$missing" ]; then
  if ! command -v npm >/dev/null; then
    echo "Installing Node.js and npm for the npm test tools (one time)..."
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null
  fi
  echo "Installing the npm test tools (missing:$missing)..."
  npm ci --prefix "$node_tools" --no-audit --no-fund --silent
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test CoachBot.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: ${passed} passed, ${failed} failed"
exit "$status"
