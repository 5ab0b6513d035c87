#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/interview-desk/ for the OS this runs on.
#
# Uses a throwaway virtual environment (removed on exit), so nothing is installed into the
# environment you develop in. Needs Python >= 3.11 and access to PyPI.
# Usage: packaging/build.sh            (PYTHON=python3.12 packaging/build.sh to pick one)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/interview-desk-build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

"$PYTHON" -m venv "$WORK/venv"
if [ -x "$WORK/venv/Scripts/python.exe" ]; then
    VPY="$WORK/venv/Scripts/python.exe"   # Windows (Git Bash)
else
    VPY="$WORK/venv/bin/python"
fi
"$VPY" -m pip install --quiet --upgrade pip
# Install the project (and so its runtime dependencies) from a copy, so that setuptools'
# build/ and *.egg-info land in the throwaway folder, not in the checkout.
mkdir "$WORK/src"
cp -R "$ROOT/pyproject.toml" "$ROOT/README.md" "$ROOT/interview_desk" "$ROOT/resources" "$WORK/src/"
"$VPY" -m pip install --quiet "$WORK/src" "pyinstaller>=6.10,<7"

cd "$ROOT"
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$WORK/build" packaging/interview-desk.spec
# The menu entry, file types and metainfo beside the executable, with the script that installs
# them for the user (it finds the icons in _internal/resources/icons).
cp packaging/install-desktop.sh packaging/interview-desk.desktop packaging/interview-desk-mime.xml \
    packaging/org.example.InterviewDesk.metainfo.xml "$ROOT/dist/interview-desk/"
echo "built $ROOT/dist/interview-desk/ (run dist/interview-desk/interview-desk --version)"
