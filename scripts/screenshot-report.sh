#!/usr/bin/env bash
# Looks at an HTML report in a real browser: renders it in headless Chromium (Debian's `chromium`)
# at 1280 and 390 px wide (PNG) and to PDF, and fails when the page logs anything to the console or
# a screenshot comes out blank.
#
#   scripts/screenshot-report.sh REPORT.html [OUTDIR]   # writes report-desktop.png, report-phone.png, report.pdf
#
# Exits 77 (skipped) when no Chromium is installed.
set -euo pipefail
report=${1:?usage: screenshot-report.sh REPORT.html [OUTDIR]}
out=${2:-.}
[ -f "$report" ] || { echo "screenshot-report: $report: no such file" >&2; exit 2; }
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chromium" ] || { echo "screenshot-report: no Chromium installed (apt-get install chromium)" >&2; exit 77; }
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
url="file://$(realpath "$report")"

render() {
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --disable-extensions --enable-logging=stderr --v=0 --user-data-dir="$tmp/profile" "$@" "$url" \
        >>"$tmp/log" 2>&1 || { echo "screenshot-report: chromium failed:" >&2; cat "$tmp/log" >&2; exit 1; }
}
render --window-size=1280,2400 --screenshot="$out/report-desktop.png"
render --window-size=390,4200 --screenshot="$out/report-phone.png"
render --no-pdf-header-footer --print-to-pdf="$out/report.pdf"

# Any console message (a script error, a blocked resource, a CSP report) is a failure: the page has none.
if grep -q ":CONSOLE" "$tmp/log"; then
    echo "screenshot-report: the page logged to the console:" >&2
    grep ":CONSOLE" "$tmp/log" >&2
    exit 1
fi
python3 - "$out/report-desktop.png" "$out/report-phone.png" "$out/report.pdf" <<'PY'
import sys, zlib, struct
def pixels(path):
    """The distinct colours of a PNG's rows (8-bit RGB/RGBA, non-interlaced: what Chromium writes)."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            channels = {2: 3, 6: 4}.get(colour, 0)
            assert depth == 8 and channels, f"{path}: unexpected PNG format"
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels + 1
    colours = set()
    # Sample every 16th row's raw bytes (filtered, but a blank page filters to near-constant rows).
    for y in range(0, height, 16):
        row = raw[y * stride + 1:(y + 1) * stride]
        colours.update(row[i:i + channels] for i in range(0, len(row), channels * 8))
    return width, height, len(colours)
for path in sys.argv[1:3]:
    w, h, n = pixels(path)
    if n < 16:
        sys.exit(f"screenshot-report: {path} looks blank ({n} distinct colours in {w}x{h})")
    print(f"{path}: {w}x{h}, {n} distinct colour samples")
pdf = open(sys.argv[3], "rb").read()
if not pdf.startswith(b"%PDF") or len(pdf) < 2000:
    sys.exit(f"screenshot-report: {sys.argv[3]} is not a PDF with content")
print(f"{sys.argv[3]}: {len(pdf)} bytes")
PY
