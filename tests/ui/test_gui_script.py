"""The wheel's ``interview-desk-gui`` entry: started as Windows starts a GUI script.

A GUI script runs under ``pythonw``, which has no console: ``sys.stdout`` and ``sys.stderr``
are None. Anything that writes to them directly (not through ``print``, which then does
nothing) would end the app before its window shows.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from interview_desk.ui.app import EXIT_AFTER_SHOW_ENV
from tests.helpers import REPO_ROOT

pytestmark = pytest.mark.slow

_AS_PYTHONW = """
import importlib, sys
module, _, name = sys.argv[1].partition(":")
sys.stdout = sys.stderr = None  # what pythonw gives a GUI script
sys.exit(getattr(importlib.import_module(module), name)(sys.argv[2:]))
"""


def _gui_entry() -> str:
    with (REPO_ROOT / "pyproject.toml").open("rb") as f:
        entry: str = tomllib.load(f)["project"]["gui-scripts"]["interview-desk-gui"]
    return entry


def _run_without_console(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{EXIT_AFTER_SHOW_ENV: "1"},
               PYTHONPATH=str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-c", _AS_PYTHONW, _gui_entry(), *args],
                          capture_output=True, text=True, timeout=60, env=env, cwd=REPO_ROOT)


def test_without_a_console_the_app_opens_its_database_and_window_and_quits() -> None:
    database = Path(os.environ["INTERVIEW_DESK_DATA_DIR"]) / "interview-desk.sqlite3"

    result = _run_without_console()

    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # the "window shown" line went nowhere, as under pythonw
    assert database.is_file()


def test_without_a_console_a_mistake_on_the_command_line_is_an_exit_code_not_a_crash() -> None:
    result = _run_without_console("--panelist", "p-1")

    assert result.returncode == 2
    assert (result.stdout, result.stderr) == ("", "")
