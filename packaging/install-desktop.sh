#!/usr/bin/env bash
# Put Interview Desk in this user's menu: the menu entry, the icon in every size, and the
# .idpanel / .idreturn file types opened by it (a double-click imports the file, into the open
# window if there is one). The `interview-desk` command must be on PATH (packaging/README.md).
# Follows $XDG_DATA_HOME (default ~/.local/share). Undo: packaging/install-desktop.sh --remove
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ICONS="$HERE/../resources/icons"
# In an unpacked desktop build the icons sit in _internal/resources/icons.
[ -d "$ICONS" ] || ICONS="$HERE/_internal/resources/icons"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
SIZES="16 24 32 48 64 128 256 512"

refresh() {
    # Each is optional: a desktop without them reads the files on its next login.
    if command -v update-mime-database >/dev/null; then update-mime-database "$DATA/mime"; fi
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database "$DATA/applications"
    fi
    if command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true  # not every theme has one
    fi
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$DATA/applications/interview-desk.desktop" \
        "$DATA/metainfo/org.example.InterviewDesk.metainfo.xml" \
        "$DATA/mime/packages/interview-desk-mime.xml" \
        "$DATA/icons/hicolor/scalable/apps/interview-desk.svg"
    for size in $SIZES; do rm -f "$DATA/icons/hicolor/${size}x${size}/apps/interview-desk.png"; done
    refresh
    echo "Interview Desk removed from the menu (your interviews are untouched)."
    exit 0
fi

install -D -m 644 "$HERE/interview-desk.desktop" "$DATA/applications/interview-desk.desktop"
install -D -m 644 "$HERE/org.example.InterviewDesk.metainfo.xml" \
    "$DATA/metainfo/org.example.InterviewDesk.metainfo.xml"
install -D -m 644 "$HERE/interview-desk-mime.xml" "$DATA/mime/packages/interview-desk-mime.xml"
install -D -m 644 "$ICONS/interview-desk.svg" "$DATA/icons/hicolor/scalable/apps/interview-desk.svg"
for size in $SIZES; do
    install -D -m 644 "$ICONS/interview-desk-$size.png" \
        "$DATA/icons/hicolor/${size}x${size}/apps/interview-desk.png"
done
refresh
echo "Interview Desk is in the menu; .idpanel and .idreturn files open in it."
