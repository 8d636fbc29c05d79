#!/usr/bin/env bash
# libFuzzer (clang, ASan + UBSan) on the session loader, the participant CSV import and a phone's
# request body, each for SECONDS (default 45; CI runs this). To fuzz for long: scripts/fuzz.sh 3600.
# New interesting inputs collect in build-fuzz/corpus-<target>/; a crash is saved as build-fuzz/crash-* with the
# input that caused it (replay: build-fuzz/fuzz_<target> build-fuzz/crash-...).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-45}"
build="$root/build-fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDLG_FUZZ=ON -DDLG_WERROR=ON \
  -DBUILD_TESTING=OFF "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz_session fuzz_csv fuzz_net_request
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
for target in session csv net_request; do
  echo "== fuzz_$target for ${seconds} s"
  mkdir -p "$build/corpus-$target"
  # The first folder receives new inputs; the seeds in the repo are only read.
  "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$build/" -print_final_stats=1 "$build/corpus-$target" "$root/tests/fuzz/corpus/$target"
done
