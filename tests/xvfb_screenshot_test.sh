#!/bin/sh
# Renders screens of the real binary in a real window under Xvfb and checks that the PNGs are not
# blank. Usage: xvfb_screenshot_test.sh BINARY SESSION
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 BINARY SESSION" >&2
    exit 1
fi
binary=$1
session=$2
for tool in xvfb-run python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "xvfb_screenshot_test: $tool is missing (install the xvfb / python3 packages)" >&2
        exit 1
    fi
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Keep the test away from the user's settings.
export XDG_CONFIG_HOME="$out/config"

# The PNG check: stdlib only. Decodes 8-bit RGB/RGBA PNGs (what stbi_write_png writes) and counts
# distinct colours and pixels that differ from the most common (background) colour.
check_png() {
    python3 - "$1" "$2" "$3" <<'PY'
import struct, sys, zlib
path, want_w, want_h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit(f"{path}: not a PNG file")
pos, idat, width = 8, b"", None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
if width is None:
    sys.exit(f"{path}: no IHDR chunk")
if (width, height) != (want_w, want_h):
    sys.exit(f"{path}: size {width}x{height}, expected {want_w}x{want_h}")
if depth != 8 or colour not in (2, 6):
    sys.exit(f"{path}: unsupported PNG (bit depth {depth}, colour type {colour})")
channels = 3 if colour == 2 else 4
raw = zlib.decompress(idat)
stride = width * channels
rows, prev = [], bytearray(stride)
for y in range(height):
    filt = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - channels] if i >= channels else 0
        b = prev[i]
        c = prev[i - channels] if i >= channels else 0
        if filt == 1: line[i] = (line[i] + a) & 255
        elif filt == 2: line[i] = (line[i] + b) & 255
        elif filt == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif filt == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(bytes(line))
    prev = line
counts = {}
for line in rows[::2]:  # every other row is plenty and keeps this quick
    for x in range(0, stride, channels * 2):
        key = line[x:x + 3]
        counts[key] = counts.get(key, 0) + 1
total = sum(counts.values())
background = max(counts.values())
foreground = total - background
if len(counts) < 16:
    sys.exit(f"{path}: only {len(counts)} distinct colours: looks blank")
if foreground < total * 0.02:
    sys.exit(f"{path}: only {foreground} of {total} sampled pixels differ from the background: looks blank")
print(f"{path}: {width}x{height}, {len(counts)} colours, {100 * foreground // total}% non-background")
PY
}

status=0
shoot() {
    name=$1
    shift
    png="$out/$name.png"
    # The program's own exit code, printed inside the X session (see the failure paths below).
    result=$(xvfb-run -a -s "-screen 0 1280x800x24" sh -c '"$0" "$@"; echo "exit=$?"' \
        "$binary" --screenshot "$png" "$@" "$session")
    case "$result" in
    *exit=0*) ;;
    *)
        echo "xvfb_screenshot_test: '$binary --screenshot $png $* $session' failed ($result)" >&2
        status=1
        return
        ;;
    esac
    if [ ! -s "$png" ]; then
        echo "xvfb_screenshot_test: $png was not written" >&2
        status=1
        return
    fi
    check_png "$png" "$WIDTH" "$HEIGHT" || status=1
}

WIDTH=1280 HEIGHT=800
shoot voorbereiding-nl --view voorbereiding --size 1280x800
shoot voorbereiding-en --view voorbereiding --size 1280x800 --lang en
shoot voorbereiding-groot --view voorbereiding --size 1280x800 --large-text
shoot deelnemers --view deelnemers --size 1280x800
shoot deelnemers-en --view deelnemers --size 1280x800 --lang en
# Indeling with a seating: seat everyone who did not decline in a copy of the sample first.
sample=$session
session="$out/ingedeeld.json"
cp "$sample" "$session"
if "$binary" assign "$session" --all >/dev/null; then
    shoot indeling --view indeling --size 1280x800
    shoot indeling-groot --view indeling --size 1280x800 --large-text
else
    echo "xvfb_screenshot_test: '$binary assign $session --all' failed" >&2
    status=1
fi
session=$sample
# Live and projector with a started run: a copy of the sample whose evening began 25 minutes ago.
live_session="$out/live.json"
python3 "$(dirname "$0")/live_session.py" "$session" "$live_session"
shoot_live() {
    saved=$session
    session=$live_session
    shoot "$@"
    session=$saved
}
shoot draaiboek --view draaiboek --size 1280x800
shoot_live live --view live --size 1280x800
shoot_live live-en --view live --size 1280x800 --lang en --large-text
shoot_live projector --view projector --size 1280x800
# The second projector window, forced onto the only monitor Xvfb has: both windows' pictures.
shoot_live tweede-scherm --view live --size 1280x800 --projector-screen 1
if [ -s "$out/tweede-scherm-projector.png" ]; then
    check_png "$out/tweede-scherm-projector.png" 1280 800 || status=1
else
    echo "xvfb_screenshot_test: the projector window's screenshot was not written" >&2
    status=1
fi
WIDTH=1024 HEIGHT=700
shoot nazorg --view nazorg --size 1024x700
# Opbrengsten and Nazorg with filled outcomes and actions (tests/data/filled_outcomes.json).
filled="$(dirname "$0")/data/filled_outcomes.json"
saved_session=$session
session=$filled
WIDTH=1280 HEIGHT=800
shoot opbrengsten --view opbrengsten --size 1280x800
shoot opbrengsten-en --view opbrengsten --size 1280x800 --lang en --large-text
shoot nazorg-gevuld --view nazorg --size 1280x800
session=$saved_session

# Exit codes of the failure paths: a session that cannot be loaded gives 2, an unknown view 1, an
# unwritable PNG 3. One X server for all three; the codes are read from the output, so a hiccup of
# xvfb-run's own clean-up cannot be mistaken for the program's exit code.
codes=$(xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
    "$0" --screenshot "$2/x.png" /nonexistent/avond.json; echo "missing-session=$?"
    "$0" --screenshot "$2/x.png" --view planning "$1"; echo "unknown-view=$?"
    "$0" --screenshot /nonexistent-dir/x.png "$1"; echo "unwritable-png=$?"
' "$binary" "$session" "$out")
for expected in missing-session=2 unknown-view=1 unwritable-png=3; do
    case "$codes" in
    *"$expected"*) ;;
    *)
        echo "xvfb_screenshot_test: expected $expected, got: $(echo $codes)" >&2
        status=1
        ;;
    esac
done

[ $status -eq 0 ] && echo "xvfb_screenshot_test: all screenshots fine"
exit $status
