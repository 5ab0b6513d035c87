"""Look tests: every page at 1366×768 in a light and a dark palette and at 150 %, with a check
that nothing visible lies outside the window or is squeezed below the size it needs.

Each look runs in its own process (tests/ui/look_shots.py): the screen's size and scale are
fixed when a QApplication starts. The screen is the offscreen platform's, configured to
1366×768. The PNGs go to a temporary folder, or to INTERVIEW_DESK_LOOK_DIR to be looked at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT

PAGES = {"sessions", "candidates", "roles", "kits", "debrief", "role_comparison", "overdue",
         "live", "scorecard", "debrief-decided", "planner"}


@pytest.mark.parametrize(("palette", "scale", "language"), [
    ("light", "1", "en"), ("dark", "1", "en"), ("light", "1.5", "en"),
    ("light", "1", "de"), ("light", "1.5", "de")])  # German words are a third longer
def test_every_page_fits_1366x768(tmp_path: Path, on_demo_day: datetime, palette: str,
                                  scale: str, language: str) -> None:
    out = Path(os.environ.get("INTERVIEW_DESK_LOOK_DIR") or tmp_path / "shots")
    out.mkdir(parents=True, exist_ok=True)
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               QT_SCALE_FACTOR=scale,
               PYTHONPATH=str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-m", "tests.ui.look_shots", str(out), palette,
                           language],
                          cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    tag = f"{palette}-{round(float(scale) * 100)}" + ("" if language == "en" else f"-{language}")
    assert {name.removeprefix(tag + "-").removesuffix(".png")
            for name in result["shots"]} == PAGES
    assert all((out / name).stat().st_size > 10_000 for name in result["shots"])
    assert not result["problems"], "\n".join(result["problems"])


def test_a_saved_geometry_larger_than_the_screen_is_brought_back(
        qtbot, demo_desk) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect

    from interview_desk.ui import settings
    from interview_desk.ui.main_window import MainWindow

    first = MainWindow(demo_desk)
    qtbot.addWidget(first)
    first.setGeometry(QRect(-400, -300, 4000, 3000))  # saved on a much larger screen
    settings.put(settings.MAIN_GEOMETRY, bytes(first.saveGeometry().data()))
    first.ops.close()
    second = MainWindow(demo_desk)
    qtbot.addWidget(second)
    area = second.screen().availableGeometry()
    assert area.contains(QRect(second.pos(), second.size()))
