"""Helpers shared by tests (not fixtures)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, timeout: float = 60, input: str | None = None,
            **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m interview_desk ARGS`` from this checkout, as a user would.

    ``input`` is piped to its standard input (which is then not a terminal).
    """
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.update(env)
    return subprocess.run([sys.executable, "-m", "interview_desk", *args], capture_output=True,
                          text=True, timeout=timeout, env=full_env, cwd=REPO_ROOT,
                          input=input)


def dump(db_file: Path) -> list[str]:
    """Every row of every table, in a stable order: for "nothing changed" assertions."""
    import sqlite3

    conn = sqlite3.connect(db_file)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def let_file_clock_pass(db_file: Path) -> None:
    """Wait until the last write to ``db_file`` (or its -wal) is old enough for a backup to
    record which file state it copied (``storage/backup.py``; the tests' file systems keep
    nanoseconds, and ``tests/conftest.py`` shortens the wait to match); there is no signal
    to wait for."""
    from interview_desk.storage import backup

    newest = max(Path(f"{db_file}{suffix}").stat().st_ctime_ns for suffix in ("", "-wal")
                 if Path(f"{db_file}{suffix}").exists())
    time.sleep(max(0.0, (newest + backup._QUIET_NS + 10_000_000 - time.time_ns()) / 1e9))
