#!/usr/bin/env bash
# Installs what is missing, builds the Release binary and opens the program (default: the sample
# evening). Extra arguments go to dialoogavond, e.g. scripts/run.sh sessions/mijn-avond.json
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build" -j"$(nproc)"
cd "$root"
if (($# == 0)); then
  set -- sessions/voorbeeld.json
fi
exec "$root/build/dialoogavond" "$@"
