#!/usr/bin/env bash
# Installs what is missing, builds (Release, warnings are errors) and runs the whole test suite
# through ctest. With --sanitize: a separate AddressSanitizer + UBSan build in build-asan/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
build="$root/build"
options=(-DCMAKE_BUILD_TYPE=Release -DDLG_WERROR=ON)
if [[ "${1:-}" == "--sanitize" ]]; then
  build="$root/build-asan"
  # -g1: line tables are all a sanitizer report needs (file:line in every frame), and full debug
  # info made this build about 30 % slower to compile on a two-core CI machine.
  options=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DDLG_WERROR=ON -DDLG_SANITIZE=ON
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
  export LSAN_OPTIONS="suppressions=$root/.ci/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi
cmake -S "$root" -B "$build" "${options[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)"
cd "$build"
ctest --output-on-failure -j"$(nproc)" --timeout 300
