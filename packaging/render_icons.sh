#!/usr/bin/env bash
# Render the app icon's PNG sizes from resources/icons/interview-desk.svg (commit the result).
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" interview-desk.svg -o "interview-desk-$size.png"
done
