#!/usr/bin/env bash
# The Python package: build the wheel and sdist with `python -m build`, check them with
# `twine check --strict`, install the wheel into a clean virtual environment and start the app
# from it (offscreen, a demo database, quit once the window is shown).
# Needs Python >= 3.11 and access to PyPI. Usage: packaging/check_wheel.sh [OUTDIR]
# (OUTDIR keeps the wheel and sdist; by default they go with the temporary folder).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/interview-desk-wheel.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
OUT="${1:-$WORK/dist}"
fail() { echo "check_wheel: FAILED: $*" >&2; exit 1; }

"$PYTHON" -m venv "$WORK/tools"
"$WORK/tools/bin/python" -m pip install --quiet --upgrade pip
"$WORK/tools/bin/python" -m pip install --quiet "build>=1.2" "twine>=5"
# Built from a copy, so setuptools' build/ and *.egg-info never land in the checkout.
mkdir "$WORK/src"
cp -R "$ROOT/pyproject.toml" "$ROOT/README.md" "$ROOT/interview_desk" "$ROOT/resources" \
    "$WORK/src/"
"$WORK/tools/bin/python" -m build --outdir "$OUT" "$WORK/src" >"$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log" >&2; fail "python -m build"; }
"$WORK/tools/bin/twine" check --strict "$OUT"/*.whl "$OUT"/*.tar.gz

WHEEL="$(ls "$OUT"/interview_desk-*.whl)"
"$PYTHON" -m venv "$WORK/clean"
"$WORK/clean/bin/python" -m pip install --quiet "$WHEEL"
[ -x "$WORK/clean/bin/interview-desk-gui" ] || fail "no interview-desk-gui entry point"
# From another folder with an empty environment: only the installed package can be found.
mkdir "$WORK/home"
cd "$WORK/home"
run() { env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
run "$WORK/clean/bin/python" -c "
import interview_desk, sys
from interview_desk.paths import resource
assert '$WORK/clean/' in interview_desk.__file__, interview_desk.__file__
for parts in [('icons', 'interview-desk-16.png'), ('fonts', 'DejaVuSans.ttf'),
              ('schemas', 'return-file.schema.json'), ('demo', 'demo.json'),
              ('i18n', 'interview_desk_de.qm'), ('i18n', 'de', 'report.ts')]:
    assert resource(*parts).is_file(), parts
from interview_desk.i18n import Catalog
assert Catalog.load('de').tr('Second interview — consolidated panel report') != (
    'Second interview — consolidated panel report'), 'no German catalog in the wheel'
"
run "$WORK/clean/bin/interview-desk" --version
shown="$(run INTERVIEW_DESK_EXIT_AFTER_SHOW=1 timeout 60 "$WORK/clean/bin/interview-desk" --demo)" \
    || fail "interview-desk --demo exited with $?"
[ "$shown" = "interview-desk: window shown" ] || fail "interview-desk --demo printed '$shown'"
echo "wheel: $(basename "$WHEEL") $(du -h "$WHEEL" | cut -f1); sdist: $(du -h "$OUT"/*.tar.gz | cut -f1)"
echo "check_wheel: all checks passed"
