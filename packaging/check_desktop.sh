#!/usr/bin/env bash
# Validate the desktop integration files with the freedesktop tools, and re-render the icon's
# PNG sizes from its SVG to check the committed ones are current.
# Needs (Debian/Ubuntu): apt-get install desktop-file-utils appstream shared-mime-info librsvg2-bin
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/interview-desk-check.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "== desktop-file-validate packaging/interview-desk.desktop"
desktop-file-validate packaging/interview-desk.desktop
echo "== appstreamcli validate --no-net packaging/org.example.InterviewDesk.metainfo.xml"
appstreamcli validate --no-net packaging/org.example.InterviewDesk.metainfo.xml
echo "== update-mime-database with packaging/interview-desk-mime.xml"
mkdir -p "$WORK/mime/packages"
cp packaging/interview-desk-mime.xml "$WORK/mime/packages/"
update-mime-database "$WORK/mime" >/dev/null 2>&1
grep -q '^application/x-interview-desk-panel:\*\.idpanel$' "$WORK/mime/globs"
grep -q '^application/x-interview-desk-return:\*\.idreturn$' "$WORK/mime/globs"
echo "== icon PNGs match resources/icons/interview-desk.svg"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" resources/icons/interview-desk.svg -o "$WORK/$size.png"
    cmp -s "$WORK/$size.png" "resources/icons/interview-desk-$size.png" \
        || { echo "resources/icons/interview-desk-$size.png is stale: run packaging/render_icons.sh" >&2; exit 1; }
done
echo "desktop integration: all checks passed"
