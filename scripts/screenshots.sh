#!/bin/sh
# Full-page screenshots of the preview pages (run `npm run preview` first), for docs/.
# Needs Debian's chromium (apt-get install chromium); run by hand, never by the tests (CI has no browser).
# Usage: scripts/screenshots.sh [page ...]   (default: every page in preview/ except index.html)
set -eu
cd "$(dirname "$0")/.."
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
OUT="${OUT:-docs}"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
pages="$*"
[ -n "$pages" ] || pages=$(ls preview/*.html | xargs -n1 basename | grep -v '^index.html$' | sed 's/\.html$//')
for page in $pages; do
  profile=$(mktemp -d)
  # A tall window first, to measure the page; then the screenshot cropped to the page's own height.
  height=$(timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --virtual-time-budget=8000 --window-size=940,4000 --dump-dom "file://$PWD/preview/$page.html?open" 2>/dev/null |
    grep -o 'data-height="[0-9]*"' | head -1 | grep -o '[0-9]*' || true)
  [ -n "$height" ] || height=2400
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars \
    --virtual-time-budget=8000 --window-size=940,"$height" --screenshot="$OUT/$page.png" \
    "file://$PWD/preview/$page.html?open" >/dev/null 2>&1
  rm -rf "$profile"
  [ -s "$OUT/$page.png" ] || { echo "no screenshot of $page" >&2; exit 1; }
  echo "$OUT/$page.png (940×$height)"
done
