#!/usr/bin/env bash
# The load run: the CoachBot host (Release, embedded default) and a bare ASP.NET Core endpoint, each at a fixed rate
# on loopback, measured in the same run. Prints p50/p99/p99.9, throughput, errors and the host's peak RSS.
# Usage: bash build/load-run.sh [--rate 500] [--seconds 20] [--warmup 30]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/CoachBot.Host -v q -nologo >/dev/null
dotnet build -c Release bench/CoachBot.LoadRun -v q -nologo >/dev/null
exec dotnet bench/CoachBot.LoadRun/bin/Release/net10.0/CoachBot.LoadRun.dll \
  --host-dll "$PWD/src/CoachBot.Host/bin/Release/net10.0/CoachBot.Host.dll" "$@"
