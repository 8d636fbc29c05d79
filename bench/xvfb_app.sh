# Sourced by the bench scripts that measure the app in a window: starting it under its own Xvfb
# and finding its process (not xvfb-run's). Needs $work (a scratch folder) to be set.

# Processor time of process PID so far, in clock ticks (user + system, all threads).
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# Starts BINARY ARGS... under Xvfb (1920x1080); sets $app_pid, and $runner to xvfb-run's pid.
# Exits with the program's output when it has not started within 10 s.
start_under_xvfb() {
    binary=$1
    shift
    xvfb-run -a -s "-screen 0 1920x1080x24" "$binary" "$@" >"$work/out.txt" 2>&1 &
    runner=$!
    app_pid=""
    for _ in $(seq 1 50); do
        app_pid=$(pgrep -n -f "^$binary " || true)
        [ -n "$app_pid" ] && return 0
        sleep 0.2
    done
    echo "the program did not start" >&2
    cat "$work/out.txt" >&2
    exit 1
}
