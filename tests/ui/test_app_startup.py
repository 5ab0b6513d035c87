"""The app starts from the command line, shows its window and quits when asked (benchmark hook)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from interview_desk.ui.app import EXIT_AFTER_SHOW_ENV, SHOWN_MARKER
from tests.helpers import run_cli

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
