#!/usr/bin/env bash
# Smoke test of a built one-folder bundle: run it from a copy of the folder (so nothing is
# found through the checkout), with an empty environment and no display, the way a panelist's
# laptop would: the version, a demo database, a report PDF, a panel file, and the window.
# Usage: packaging/smoke.sh [dist/interview-desk]          (after packaging/build.sh)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLE="$(cd "${1:-$ROOT/dist/interview-desk}" && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/interview-desk-smoke.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

cp -R "$BUNDLE" "$WORK/app"
EXE="$WORK/app/interview-desk"
mkdir "$WORK/home"
# Only what a desktop session would certainly have; offscreen: no display needed.
run() { env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f s", b - a }'; }

for wanted in resources/fonts/DejaVuSans.ttf resources/kits/second_interview_panel.json \
              resources/schemas/panel-file.schema.json resources/icons/interview-desk-512.png \
              resources/demo/demo.json resources/i18n/interview_desk_de.qm \
              resources/i18n/de/report.ts; do
    [ -f "$WORK/app/_internal/$wanted" ] || fail "$wanted is not in the bundle"
done
# Qt's own German (standard buttons: "Abbrechen"), collected by PyInstaller's Qt hooks.
[ -n "$(find "$WORK/app/_internal" -name 'qtbase_de.qm' -print -quit)" ] \
    || fail "Qt's German translation (qtbase_de.qm) is not in the bundle"

# The desktop integration, installed from the bundle as packaging/README.md says.
run XDG_DATA_HOME="$WORK/share" "$WORK/app/install-desktop.sh" >/dev/null
for wanted in applications/interview-desk.desktop mime/packages/interview-desk-mime.xml \
              icons/hicolor/16x16/apps/interview-desk.png icons/hicolor/512x512/apps/interview-desk.png; do
    [ -f "$WORK/share/$wanted" ] || fail "install-desktop.sh did not install $wanted"
done

t=$(now); version="$(run "$EXE" --version)"; echo "--version: $version ($(elapsed "$t"))"
[[ "$version" == "interview-desk "* ]] || fail "--version printed '$version'"

DB="$WORK/demo.sqlite3"
t=$(now); run "$EXE" demo --db "$DB" >/dev/null; echo "demo database: $(elapsed "$t")"
# The decided session: its report has every section (scorecards, debrief, decision).
session="$(run "$EXE" sessions --db "$DB" | awk '$4 == "decided" { print $1; exit }')"
[ -n "$session" ] || fail "the demo database lists no decided session"

t=$(now); run "$EXE" report "$session" -o "$WORK/report.pdf" --db "$DB"
echo "report of $session: $(elapsed "$t"), $(wc -c < "$WORK/report.pdf") bytes"
[ "$(head -c 5 "$WORK/report.pdf")" = "%PDF-" ] || fail "the report is not a PDF"
[ "$(wc -c < "$WORK/report.pdf")" -gt 10000 ] || fail "the report is suspiciously small"
run "$EXE" report "$session" -o "$WORK/bericht.pdf" --language de --db "$DB" >/dev/null \
    || fail "the German report was not written"

# A panel file is handed out before the interview: the planned session's.
planned="$(run "$EXE" sessions --db "$DB" | awk '$4 == "planned" { print $1; exit }')"
run "$EXE" export-panel "$planned" -o "$WORK/panel.idpanel" --db "$DB" >/dev/null
run "$EXE" import "$WORK/panel.idpanel" --db "$WORK/other.sqlite3" >/dev/null \
    || fail "a .idpanel file did not import"

# The window: shown on a fresh demo database, then quit (ui/app.py EXIT_AFTER_SHOW_ENV).
t=$(now)
shown="$(run INTERVIEW_DESK_EXIT_AFTER_SHOW=1 timeout 60 "$EXE" --demo)" || fail "the GUI exited with $?"
echo "window shown and closed: $(elapsed "$t")"
[ "$shown" = "interview-desk: window shown" ] || fail "the GUI printed '$shown'"

echo "bundle: $(du -sh "$BUNDLE" | cut -f1), $(find "$BUNDLE" -type f | wc -l) files"
echo "smoke: all checks passed"
