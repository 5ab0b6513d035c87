"""The app starts from the command line, shows its window and quits when asked (benchmark hook)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from interview_desk.storage.instance_lock import holder
from interview_desk.ui.app import EXIT_AFTER_SHOW_ENV, SHOWN_MARKER
from tests.helpers import REPO_ROOT, run_cli

pytestmark = pytest.mark.slow


def test_first_launch_creates_the_default_database_and_shows_the_window() -> None:
    database = Path(os.environ["INTERVIEW_DESK_DATA_DIR"]) / "interview-desk.sqlite3"

    result = run_cli(QT_QPA_PLATFORM="offscreen", **{EXIT_AFTER_SHOW_ENV: "1"})

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [SHOWN_MARKER]
    assert database.is_file()


def test_demo_window_shows_without_touching_the_default_database() -> None:
    data = Path(os.environ["INTERVIEW_DESK_DATA_DIR"])

    result = run_cli("--demo", QT_QPA_PLATFORM="offscreen", **{EXIT_AFTER_SHOW_ENV: "1"})

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [SHOWN_MARKER]
    assert not (data / "interview-desk.sqlite3").exists()


def test_sigterm_closes_the_app_as_quit_does(tmp_path: Path) -> None:
    """A logout or `kill` ends the app cleanly: exit 0, the WAL folded into the file."""
    db = tmp_path / "desk.sqlite3"
    assert run_cli("demo", "--db", str(db)).returncode == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-m", "interview_desk", "--db", str(db)],
                           cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while holder(db) is None and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert holder(db) is not None, app.stderr.read() if app.poll() is not None else ""
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
