#!/usr/bin/env bash
# Renders a BPMN file to PNG with bpmn-js in headless Chromium (Debian package "chromium").
#
#   docs/render-process/render.sh processes/accession.bpmn docs/accession-process.png [NODE_MODULES_DIR]
#
# NODE_MODULES_DIR defaults to /tmp/bpmn-render/node_modules; bpmn-js@17 is installed there with npm
# if it is missing. Nothing is installed inside the repository, and no browser is downloaded.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 <process.bpmn> <out.png> [node_modules dir]" >&2
  exit 2
fi
BPMN=$(realpath "$1")
OUT=$(realpath -m "$2")
NODE_MODULES=${3:-/tmp/bpmn-render/node_modules}
HERE=$(cd "$(dirname "$0")" && pwd)
PAD=${PAD:-30}            # white margin around the diagram, in px

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
  echo "chromium not found: apt-get install -y chromium" >&2
  exit 1
fi

DIST="$NODE_MODULES/bpmn-js/dist"
if [ ! -f "$DIST/bpmn-viewer.production.min.js" ]; then
  PREFIX=$(dirname "$NODE_MODULES")
  mkdir -p "$PREFIX"
  [ -f "$PREFIX/package.json" ] || (cd "$PREFIX" && npm init -y >/dev/null)
  (cd "$PREFIX" && npm install --no-audit --no-fund bpmn-js@17 >/dev/null)
fi

WORK=$(mktemp -d)
PROFILE=$(mktemp -d)
trap 'rm -rf "$WORK" "$PROFILE"' EXIT

cp "$HERE/render.html" "$WORK/page.html"
cp "$DIST/bpmn-viewer.production.min.js" "$WORK/"
cp "$DIST/assets/diagram-js.css" "$DIST/assets/bpmn-js.css" "$WORK/"

# Embed the XML as a JS string and size the window to the diagram's DI bounds (labels and waypoints included).
read -r W H < <(python3 - "$BPMN" "$WORK/diagram.js" "$PAD" <<'PY'
import json, sys
import xml.etree.ElementTree as ET
src, js, pad = sys.argv[1], sys.argv[2], int(sys.argv[3])
xml = open(src, encoding="utf-8").read()
with open(js, "w", encoding="utf-8") as fh:
    fh.write("window.BPMN_XML = " + json.dumps(xml) + ";\n")
DC = "{http://www.omg.org/spec/DD/20100524/DC}"
DI = "{http://www.omg.org/spec/DD/20100524/DI}"
xs, ys = [], []
root = ET.fromstring(xml.encode("utf-8"))
for b in root.iter(DC + "Bounds"):
    x, y, w, h = (float(b.get(k)) for k in ("x", "y", "width", "height"))
    xs += [x, x + w]; ys += [y, y + h]
for p in root.iter(DI + "waypoint"):
    xs.append(float(p.get("x"))); ys.append(float(p.get("y")))
print(int(max(xs) - min(xs)) + 2 * pad, int(max(ys) - min(ys)) + 2 * pad)
PY
)
echo "window.BPMN_SIZE = [$W, $H];" >> "$WORK/diagram.js"

mkdir -p "$(dirname "$OUT")"
rm -f "$OUT"
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$PROFILE" \
  --hide-scrollbars --window-size="$W,$H" --virtual-time-budget=5000 \
  --screenshot="$OUT" "file://$WORK/page.html" 2>"$WORK/chromium.log" || true
if [ ! -s "$OUT" ]; then
  echo "chromium produced no screenshot:" >&2
  cat "$WORK/chromium.log" >&2
  exit 1
fi

echo "rendered $BPMN -> $OUT (${W}x${H})"
