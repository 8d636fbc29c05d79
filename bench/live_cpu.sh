#!/bin/sh
# CPU of the whole app while an evening is live (countdown running), under Xvfb: the process's
# user+system time (all threads, Mesa's llvmpipe renderer included) over a window of wall time,
# as a percentage of one core. Run it on a quiet machine; it prints one line per scenario.
#
# Usage: bench/live_cpu.sh BINARY [SECONDS]      (default 60 s per scenario)
#   e.g. bench/live_cpu.sh build/dialoogavond 60
set -eu
binary=$(realpath "$1")
seconds=${2:-60}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config"

# The sample evening, started 25 minutes ago and now in phase PHASE (0-based): 3 is the dialogue
# (the projector shows the questions, a still picture), 5 the break (the projector counts down).
live_session() {
    python3 "$here/tests/live_session.py" "$here/sessions/voorbeeld.json" "$work/live.json" "$1"
}

. "$here/bench/xvfb_app.sh"

measure() {
    label=$1
    shift
    cd "$work"
    start_under_xvfb "$binary" --size 1280x800 "$@" "$work/live.json"
    pid=$app_pid
    sleep 5 # start-up, font upload and the first frames are not what we measure
    before=$(ticks "$pid")
    sleep "$seconds"
    after=$(ticks "$pid")
    hz=$(getconf CLK_TCK)
    kill "$pid"
    wait "$runner" 2>/dev/null || true
    awk -v b="$before" -v a="$after" -v hz="$hz" -v s="$seconds" -v l="$label" \
        'BEGIN { printf "%-46s %6.2f %% of one core (%d ticks in %d s)\n", l, 100 * (a - b) / hz / s, a - b, s }'
}

live_session 3
measure "dialogue: live screen" --view live
measure "dialogue: live screen + projector window" --view live --projector-screen 1
measure "dialogue: presenting (F5) in the main window" --view projector
live_session 5
measure "break: live screen + projector window" --view live --projector-screen 1
measure "break: presenting (F5) in the main window" --view projector
