"""Shared fixtures: Qt offscreen, data and settings redirected to tmp_path, real databases."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English whatever the machine's locale, here and in the app processes tests start (the app
# follows the system's language by default); a test that wants German asks for it
# (tests/ui/test_translations.py).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANG"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_MESSAGES", None)

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from interview_desk.services.desk import Desk

REPO_ROOT = Path(__file__).resolve().parent.parent

#: The instant the demo fixture is built at: fixed, so its dates are the same on any day the
#: suite runs. The demo's live session started at 10:00 that day and is under way.
DEMO_NOW = datetime(2026, 11, 22, 10, 20, tzinfo=UTC)


@pytest.fixture(scope="session", autouse=True)
def _no_real_data_dir_for_wide_fixtures(
        tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Module-scoped fixtures are set up before ``_isolated_user_dirs``: they too must never
    reach the real data folder (where, for one, this laptop's signing key would be made)."""
    patch = pytest.MonkeyPatch()
    patch.setenv("INTERVIEW_DESK_DATA_DIR", str(tmp_path_factory.mktemp("session-data")))
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch the real per-user data or log folder, or QSettings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("INTERVIEW_DESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("INTERVIEW_DESK_LOG_DIR", str(home / "logs"))
    monkeypatch.delenv("INTERVIEW_DESK_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "settings"))
    return home


@pytest.fixture
def on_demo_day(monkeypatch: pytest.MonkeyPatch) -> datetime:
    """Set the app's clock (here and in the processes a test starts) to the demo's moment.

    For tests whose story is "the demo, as of the day it was made": what is overdue, what is
    ahead. The clock runs on from there at real speed.
    """
    from interview_desk.domain import clock

    days = (DEMO_NOW - datetime.now(UTC)) / timedelta(days=1)
    monkeypatch.setenv(clock.SHIFT_ENV, repr(days))
    return DEMO_NOW


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def desk(db_path: Path) -> Iterator[Desk]:
    d = Desk.open(db_path)
    yield d
    d.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from interview_desk.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo(path, now=DEMO_NOW).close()
    return path


@pytest.fixture
def demo_desk(_demo_template: Path, tmp_path: Path) -> Iterator[Desk]:
    """A fresh copy of the demo database (built once per run, copied per test)."""
    import sqlite3

    target = tmp_path / "demo.sqlite3"
    src = sqlite3.connect(_demo_template)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    d = Desk.open(target)
    yield d
    d.close()


@pytest.fixture(autouse=True)
def _fine_grained_file_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups record a file state only once the file has been quiet for a tick of its file
    clock (3 s, for file systems that keep whole seconds); the tests' temporary folders keep
    nanoseconds, and 50 ms spares each backup test seconds of waiting."""
    from interview_desk.storage import backup

    monkeypatch.setattr(backup, "_QUIET_NS", 50_000_000)


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    """A test that leaves pool workers or an op runner's writer thread running fails: they
    would touch freed objects."""
    yield
    try:
        from PySide6.QtCore import QThreadPool
    except ImportError:
        return
    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(5000):
        pytest.fail("worker threads still running 5 s after the test")
    if "interview_desk.ui.reads" in sys.modules:
        from interview_desk.ui.reads import wait_for_reads

        if not wait_for_reads(5000):
            pytest.fail("background reads still running 5 s after the test")
    if "interview_desk.ui.ops" in sys.modules:
        from interview_desk.ui.ops import open_runners

        left = open_runners()
        for runner in left:
            runner.close()
        if left:
            pytest.fail("an op runner's writer thread was left running after the test")

