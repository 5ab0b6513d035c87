"""A UI test that fails while an editor holds unsaved input fails fast: its teardown closes
the window without waiting on the Save / Discard / Cancel question."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO_ROOT

FAILING_MID_EDIT = '''
from interview_desk.ui.main_window import MainWindow


def test_fails_mid_edit(qtbot, demo_desk):
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)  # closed by qtbot at teardown, as every window fixture does
    window.resize(1366, 768)
    window.show()
    window.show_page("candidates")
    editor = window.page("candidates").candidate_editor
    editor.phone.setFocus()
    qtbot.keyClicks(editor.phone, "+44 1")
    assert editor.is_dirty()
    assert False, "failed on purpose with unsaved changes"
'''


def test_a_test_failing_with_unsaved_changes_ends_without_hanging(tmp_path: Path) -> None:
    (tmp_path / "test_mid_edit.py").write_text(FAILING_MID_EDIT, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\nqt_api = pyside6\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), QT_QPA_PLATFORM="offscreen")
    # the project's own fixtures (tests/conftest.py, tests/ui/conftest.py) as plugins
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         "-p", "tests.conftest", "-p", "tests.ui.conftest", "--rootdir", str(tmp_path),
         "-c", str(tmp_path / "pytest.ini"), str(tmp_path / "test_mid_edit.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)  # hung: 60 s
    assert "1 failed" in run.stdout, run.stdout + run.stderr
    assert "failed on purpose with unsaved changes" in run.stdout
    assert "error" not in run.stdout.splitlines()[-1]  # the teardown itself went through
