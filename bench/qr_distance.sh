#!/bin/sh
# From how far can a phone read the projector's "Scan de code van jouw tafel"? Renders the slide
# for the sample evening with N tables (1920x1080, Tafels online on at 127.0.0.1), then for a
# projection 2.0 and 2.5 m wide and a phone 4 to 9 m away makes the picture a phone's camera would
# take (three, a few per cent apart) and counts the codes zbarimg reads in them.
#
# The camera, deliberately modest: held upright, QR scanning looks at 1080 pixels across a 50°
# field of view (a 1080p video frame of a main camera, no zoom); a little blur (sigma 0.5 camera
# pixels) and a lit room's contrast (black at 12 %, white at 88 %). A phone that zooms in reads
# further than this says.
#
# Usage: bench/qr_distance.sh BUILD_DIR [TABLES]   (default 40: the smallest codes, one page)
set -eu
build=$(realpath "$1")
tables=${2:-40}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config"
python3 - "$here/sessions/voorbeeld.json" "$work/codes.json" "$tables" <<'PY'
import json, sys
session = json.load(open(sys.argv[1]))
themes = session["themes"]
session["tables"] = [{"id": f"t-{i + 1:02d}", "name": f"Tafel {i + 1}", "themeId": themes[i % len(themes)]["id"],
                      "leaderId": "", "capacity": 10} for i in range(int(sys.argv[3]))]
session["assignment"] = {}
json.dump(session, open(sys.argv[2], "w"), ensure_ascii=False)
PY
cd "$work"
xvfb-run -a -s "-screen 0 1920x1080x24" "$build/dialoogavond" --screenshot "$work/codes.png" --view projector \
    --size 1920x1080 --tables-online 127.0.0.1 --codes-on-projector "$work/codes.json" >/dev/null
shown=$(zbarimg --raw -q "$work/codes.png" 2>/dev/null | wc -l)
echo "$tables tables: $shown codes on the page shown (pages turn with the clock), read from the screenshot itself: $shown"
for width in 2.0 2.5; do
    line="projection $width m wide:"
    for distance in 4 5 6 7 8 9; do
        # Three camera positions a few per cent apart: near the limit, where the modules fall on
        # the camera's pixels decides, so one position alone says little.
        read=0
        for jitter in 0.97 1.00 1.03; do
            scale=$(awk -v d="$distance" -v w="$width" -v j="$jitter" \
                'BEGIN { printf "%.4f", j * 100 * 1080 * (2 * atan2(w / 2, d) * 45 / atan2(1, 1)) / 50 / 1920 }')
            convert "$work/codes.png" -colorspace gray -resize "$scale%" -blur 0x0.5 +level 12%,88% "$work/camera.png"
            read=$((read + $(zbarimg --raw -q "$work/camera.png" 2>/dev/null | wc -l)))
        done
        line="$line  ${distance} m: $read/$((3 * shown))"
    done
    echo "$line"
done
