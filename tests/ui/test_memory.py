"""What the window keeps in memory (issue 13: peak RSS after visiting every page ≤ 2× a bare
window); the figure itself is measured by tests/benchmarks/run.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT


def _run_child(code: str) -> str:
    env = {"QT_QPA_PLATFORM": "offscreen",
           "INTERVIEW_DESK_DATA_DIR": os.environ["INTERVIEW_DESK_DATA_DIR"]}
    return subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                          text=True, check=True, env=env).stdout


def test_the_window_keeps_no_module_sources_read_at_import(tmp_path: Path) -> None:
    # PySide6's import hook reads the source of every module imported after it into
    # linecache (about 10 MiB for the app): gone once the window is built, and again once a
    # page built later has imported what it needs.
    code = f"""
import linecache, os
from interview_desk.services.desk import Desk
from interview_desk.ui.app import application
from interview_desk.ui.main_window import MainWindow

def kept():
    return sum(len(line) for entry in linecache.cache.values() if len(entry) > 2
               for line in entry[2])

app = application()
before = kept()
desk = Desk.open({str(tmp_path / "desk.sqlite3")!r})
window = MainWindow(desk)
after_window = kept()
import interview_desk.reports.session_report  # a late import, as a page may make
late = kept()
window.show_page("candidates")
print(before, after_window, late, kept(), flush=True)
window.ops.close()
desk.close()
os._exit(0)  # no teardown of Qt objects in whatever order Python picks
"""
    before, after_window, late, after_page = map(int, _run_child(code).split())

    assert before > 1_000_000  # what this guards against is still there to guard against
    assert after_window < 50_000
    assert late > after_window
    assert after_page < 50_000
