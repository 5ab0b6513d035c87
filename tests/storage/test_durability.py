"""What a save promises: FULL sync, a crash's WAL folded in at the next open, one file at close."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from interview_desk.storage.connections import FACTORY
from interview_desk.storage.database import open_database
from tests.helpers import REPO_ROOT


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.Popen([sys.executable, "-c", code, *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env, cwd=REPO_ROOT)


def _copy_in_another_process(src: Path, dst: Path) -> None:
    # Reading the file here would drop this process's locks on it (the very bug guarded).
    subprocess.run([sys.executable, "-c", "import shutil, sys; shutil.copyfile(*sys.argv[1:])",
                    str(src), str(dst)], check=True)


def _roles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM roles ORDER BY name")]
    finally:
        conn.close()


def _add_role(conn: sqlite3.Connection, name: str) -> None:
    with conn:
        conn.execute("INSERT INTO roles (id, name, created_at, updated_at) "
                     "VALUES (?, ?, '', '')", [name, name])


def test_every_connection_saves_with_full_sync(db_path: Path) -> None:
    main = open_database(db_path)
    second = open_database(db_path, create=False)
    try:
        for db in (main, second):
            assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        second.close()
        main.close()


def test_after_a_crash_the_next_open_folds_the_wal_into_the_file(
        db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    crash = _child(
        "import os, sys, sqlite3\n"
        "from interview_desk.storage.database import open_database\n"
        "db = open_database(sys.argv[1])\n"
        "db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "with db.conn:\n"
        "    db.execute(\"INSERT INTO roles (id, name, created_at, updated_at) "
        "VALUES ('r', 'only in the wal', '', '')\")\n"
        "os._exit(0)  # no close, no checkpoint: as if killed\n", str(db_path))
    assert crash.wait(timeout=60) == 0
    assert Path(f"{db_path}-wal").stat().st_size > 0
    alone = tmp_path / "alone.sqlite3"
    shutil.copyfile(db_path, alone)
    assert _roles(alone) == []  # before: the note lived only in the WAL

    db = open_database(db_path)
    try:
        _copy_in_another_process(db_path, alone)
        assert _roles(alone) == ["only in the wal"]  # the file alone holds it now
    finally:
        db.close()


def test_a_clean_close_leaves_everything_in_the_file_while_another_process_reads(
        db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    reader = _child(
        "import sys, sqlite3\n"
        "c = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)\n"
        "c.execute('SELECT COUNT(*) FROM roles').fetchall()\n"
        "print('reading', flush=True)\n"
        "sys.stdin.readline()\n", str(db_path))
    try:
        assert reader.stdout is not None and reader.stdin is not None
        assert reader.stdout.readline().strip() == "reading"
        db = open_database(db_path)
        _add_role(db.conn, "written before close")
        db.close()
        assert not FACTORY.holds(db_path)
        # The reader still has the file open, so SQLite itself did not checkpoint at close.
        assert Path(f"{db_path}-wal").stat().st_size == 0
        alone = tmp_path / "alone.sqlite3"
        shutil.copyfile(db_path, alone)
        assert _roles(alone) == ["written before close"]
    finally:
        reader.communicate(timeout=30)
    assert reader.returncode == 0


@pytest.mark.skipif(sys.platform != "darwin", reason="F_FULLFSYNC exists on macOS only")
def test_macos_saves_with_fullfsync(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert db.execute("PRAGMA fullfsync").fetchone()[0] == 1
    finally:
        db.close()
