#!/usr/bin/env bash
# The nudge fan-out run: one prompt for 10,000 people, delivered by the host's Hangfire jobs to a fake Slack that
# enforces rate limits (429 + Retry-After); once straight through, once with the host killed half-way and restarted.
# Usage: bash build/fanout-run.sh [--recipients 10000] [--posts-per-second 100]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/CoachBot.Host -v q -nologo >/dev/null
dotnet build -c Release bench/CoachBot.LoadRun -v q -nologo >/dev/null
exec dotnet bench/CoachBot.LoadRun/bin/Release/net10.0/CoachBot.LoadRun.dll fanout \
  --host-dll "$PWD/src/CoachBot.Host/bin/Release/net10.0/CoachBot.Host.dll" "$@"
