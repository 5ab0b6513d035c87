"""A user error is one line; a bug is one line pointing to the log, which holds its traceback.

And a command that writes is refused while another process holds the database; one that only
reads goes on working.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview_desk import cli
from interview_desk.__main__ import main
from interview_desk.cli import EXIT_BUG
from interview_desk.logs import log_file
from interview_desk.services.desk import Desk
from interview_desk.storage.instance_lock import acquire
from tests.helpers import REPO_ROOT, dump, run_cli

KIT = REPO_ROOT / "resources" / "kits" / "second_interview_panel.json"


@pytest.fixture
def demo_db(demo_desk: Desk) -> Iterator[Path]:
    assert demo_desk.path is not None
    demo_desk.close()
    yield demo_desk.path


@pytest.mark.parametrize("bug", [ValueError("matrix rows differ in length"),
                                 RuntimeError("unexpected state")],
                         ids=["ValueError", "RuntimeError"])
def test_a_bug_is_one_line_naming_the_log_which_holds_the_traceback(
        demo_db: Path, bug: Exception, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def broken(_conn: sqlite3.Connection) -> None:
        raise bug

    # what `sessions` reads its rows with (not through the services: it must start quickly)
    monkeypatch.setattr(cli, "session_overview", broken)

    code = main(["sessions", "--db", str(demo_db)])

    err = capsys.readouterr().err
    assert code == EXIT_BUG
    # a ValueError is not the user's fault: it must not pass for "error: <message>"
    assert err == (f"interview-desk: internal error ({type(bug).__name__}), "
                   f"details in {log_file()}\n")
    logged = log_file().read_text(encoding="utf-8")
    assert "bug in `interview-desk sessions`" in logged
    assert "Traceback (most recent call last):" in logged
    assert f"in broken\n    raise bug\n{type(bug).__name__}: {bug}" in logged
    assert log_file().stat().st_mode & 0o777 == 0o600
    assert log_file().parent.stat().st_mode & 0o777 == 0o700


def test_a_user_error_is_still_one_line_and_logs_nothing(
        demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export-json", "no-such-session", "--db", str(demo_db)])

    assert code == 1
    assert capsys.readouterr().err == ("interview-desk: error: No session with id "
                                       "'no-such-session'.\n")
    assert not log_file().exists()


def test_a_bad_panel_file_is_one_line(demo_db: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "panel.json"
    bad.write_text('{"format": "interview-desk-panel", ', encoding="utf-8")
    before = dump(demo_db)

    code = main(["import", str(bad), "--db", str(demo_db)])

    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("interview-desk: error: ") and err.count("\n") == 1
    assert "truncated" in err
    assert dump(demo_db) == before


@pytest.mark.parametrize("command", [
    ["import-kit", str(KIT)],
    ["import", "PANEL"],
    ["purge", "--older-than", "0", "--yes"],
    ["demo"],
    ["restore"],
])
def test_a_writing_command_is_refused_while_another_process_holds_the_database(
        demo_db: Path, tmp_path: Path, command: list[str]) -> None:
    panel = tmp_path / "panel.json"
    sid = _live_session(demo_db)
    assert run_cli("export-panel", sid, "-o", str(panel), "--db", str(demo_db)).returncode == 0
    before = dump(demo_db)
    args = [str(panel) if a == "PANEL" else a for a in command]

    with acquire(demo_db, "the app"):  # this test process plays the running app
        result = run_cli(*args, "--db", str(demo_db))

    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "is in use by Interview Desk: the app (process " in result.stderr
    assert "Nothing was written" in result.stderr
    assert dump(demo_db) == before


def test_reading_commands_keep_working_while_another_process_holds_the_database(
        demo_db: Path, tmp_path: Path) -> None:
    sid = _live_session(demo_db)
    before = dump(demo_db)

    with acquire(demo_db, "the app"):
        for args in (["sessions"], ["kits"], ["export-json", sid],
                     ["export-csv", sid, "-o", str(tmp_path / "s.csv")],
                     ["export-panel", sid, "-o", str(tmp_path / "p.json")],
                     ["report", sid, "-o", str(tmp_path / "s.pdf")],
                     ["purge", "--dry-run"]):
            result = run_cli(*args, "--db", str(demo_db))
            assert result.returncode == 0, (args, result.stderr)

    assert dump(demo_db) == before


def _live_session(db: Path) -> str:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT id FROM sessions WHERE status = 'live'").fetchone()[0])
    finally:
        conn.close()


def test_a_reader_that_stops_reading_gets_no_error(demo_db: Path) -> None:
    # `interview-desk sessions | head`: the pipe closes before the listing is written.
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before a byte is written
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    try:
        done = subprocess.run([sys.executable, "-m", "interview_desk", "--db", str(demo_db),
                               "sessions"], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, timeout=60, env=env, cwd=REPO_ROOT)
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == cli.EXIT_BROKEN_PIPE
