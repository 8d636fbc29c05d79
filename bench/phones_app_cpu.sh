#!/bin/sh
# Tafels online in the real window (issue 16's performance goal): the app runs the sample evening
# live under Xvfb with Tafels online on at 127.0.0.1, and bench_phones sends N phones' edits to it.
# Prints the phones' acknowledgement latency and losses (bench_phones), then the app's CPU (user +
# system of all its threads, Mesa's llvmpipe included) while the phones were busy and for 20 s of
# quiet after them, as a percentage of one core. Compare with "dialogue: live screen" of
# live_cpu.sh (the same window without phones). Run it on a quiet machine.
#
# Usage: bench/phones_app_cpu.sh BUILD_DIR [SECONDS] [PHONES] [KEEP_ALIVE]
#   (default 60 s, 40 phones, a new connection per edit; KEEP_ALIVE "yes": as browsers do)
#   e.g. bench/phones_app_cpu.sh build 60 40 yes
set -eu
build=$(realpath "$1")
seconds=${2:-60}
phones=${3:-40}
keep_alive=${4:-no}
binary="$build/dialoogavond"
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config"
pid=""

python3 "$here/tests/live_session.py" "$here/sessions/voorbeeld.json" "$work/live.json" 3
. "$here/bench/xvfb_app.sh"
cd "$work"
start_under_xvfb "$binary" --size 1366x768 --view live --tables-online 127.0.0.1 "$work/live.json"
pid=$app_pid
port=""
for _ in $(seq 1 50); do
    port=$(ss -ltnpH 2>/dev/null | awk -v p="pid=$pid," 'index($0, p) { n = split($4, a, ":"); print a[n]; exit }')
    [ -n "$port" ] && break
    sleep 0.2
done
if [ -z "$port" ]; then
    echo "the program did not start its phone server" >&2
    cat "$work/out.txt" >&2
    exit 1
fi
sleep 5 # start-up and the first frames are not what we measure
hz=$(getconf CLK_TCK)
before=$(ticks "$pid")
started=$(date +%s%N)
"$build/bench/bench_phones" --phones "$phones" --seconds "$seconds" --app-port "$port" --session "$work/live.json" \
    --keep-alive "$keep_alive" || true
busy=$(awk -v a="$started" -v b="$(date +%s%N)" 'BEGIN { print (b - a) / 1e9 }')
during=$(ticks "$pid")
sleep 20
after=$(ticks "$pid")
awk -v b="$before" -v d="$during" -v a="$after" -v hz="$hz" -v s="$busy" -v n="$phones" 'BEGIN {
    printf "app CPU with %d phones: %6.2f %% of one core (%d ticks in %.1f s)\n", n, 100 * (d - b) / hz / s, d - b, s
    printf "app CPU in 20 s after:  %6.2f %% of one core (%d ticks)\n", 100 * (a - d) / hz / 20, a - d }'
