#!/usr/bin/env bash
# Opens report.html in a real browser, as a board sees it: headless Chromium renders the
# page at 1280 px wide to PNG (the top screen, and the whole page) and prints it to PDF on
# A4; pdftoppm turns each printed page into a PNG at 50 dpi for a person to look at. Then it
# checks what a machine can: the page printed, every district unit's name is in the printed
# text, the browser fetched nothing from the network.
#
# Usage: scripts/check-html.sh <report.html> [output folder, default .check-html]
# Without Chromium (or pdftoppm) it says so and exits 0: the check is skipped, visibly.
set -euo pipefail

page=${1:?usage: scripts/check-html.sh <report.html> [output folder]}
out=${2:-.check-html}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ] || ! command -v pdftoppm >/dev/null || ! command -v pdftotext >/dev/null; then
    echo "check-html: SKIPPED — needs chromium and poppler-utils (apt-get install -y chromium poppler-utils)"
    exit 0
fi
[ -f "$page" ] || { echo "check-html: $page: no such file (run make first)" >&2; exit 1; }

mkdir -p "$out"
rm -f "$out"/page-*.png "$out"/screen*.png "$out"/report.pdf
url="file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# Every host resolves to nothing, so the pictures show the page as it is offline; the
# browser's network log of the first run lists every URL the page asked for.
run() {
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$profile" --host-resolver-rules="MAP * ~NOTFOUND" \
        --disable-background-networking --disable-component-update --disable-sync \
        --enable-logging=stderr --v=0 "$@" 2>>"$out/browser.log" >/dev/null
}
: >"$out/browser.log"
rm -f "$out/netlog.json"
run --window-size=1280,1600 --log-net-log="$out/netlog.json" --screenshot="$out/screen.png" "$url"
run --window-size=1280,16000 --screenshot="$out/screen-long.png" "$url"
run --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "$url"
pdftoppm -png -r 50 "$out/report.pdf" "$out/page"

pages=$(pdfinfo "$out/report.pdf" | awk '/^Pages:/ { print $2 }')
size=$(pdfinfo "$out/report.pdf" | awk '/^Page size:/ { print $3 "x" $5 }')
echo "check-html: $page → $out/screen.png, $out/screen-long.png, $out/report.pdf ($pages pages, ${size} pt), $out/page-*.png"
status=0
case "$size" in
    59[45].*x84[12].*) ;;
    *) echo "check-html: FAIL — printed page is ${size} pt, not A4 (595x842)"; status=1 ;;
esac
pdftotext -layout "$out/report.pdf" "$out/report.txt"
# District units are the `unit-N` sections; their names are the h3 right after.
missing=0
while IFS= read -r name; do
    if ! grep -qF -- "$name" "$out/report.txt"; then
        echo "check-html: FAIL — district unit not in the printed text: $name"
        missing=$((missing + 1))
    fi
done < <(grep -o '<section id="unit-[0-9]*" class="unit"><h3>[^<]*</h3>' "$page" \
    | sed -e 's/.*<h3>//' -e 's/<\/h3>//' -e 's/&amp;/\&/g' -e 's/&lt;/</g' -e 's/&gt;/>/g')
[ "$missing" -eq 0 ] || status=1
# Chromium's own services (update checks, accounts, clock) call Google hosts whatever the
# page; any other network URL in the log was asked for by the page.
requests=$(grep -oE '"url":"(https?|wss?|ftp)://[^"]*"' "$out/netlog.json" \
    | grep -vE '"url":"[a-z]+://([a-z0-9.-]+\.)?(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)[:/]' \
    | sort -u || true)
if [ -n "$requests" ]; then
    echo "check-html: FAIL — the page asked for something over the network:"
    echo "$requests" | sed 's/^/  /'
    status=1
fi
# And the page's text itself: nothing fetched from elsewhere, no script.
if grep -qiE '<script|<link|<img|<iframe|src=|@import|url\([^#]' "$page"; then
    echo "check-html: FAIL — the page refers to something outside itself or holds a script:"
    grep -oiE '.{0,20}(<script|<link|<img|<iframe|src=|@import|url\([^#]).{0,40}' "$page" | head -5 | sed 's/^/  /'
    status=1
fi
[ "$status" -eq 0 ] && echo "check-html: OK — now look at the PNGs"
exit "$status"
