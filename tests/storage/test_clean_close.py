"""A file this app closed cleanly is not checked again at open — and any change brings the check
back (storage/clean_close.py). The damage below is made after a clean close, so only the
open-time check can find it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from interview_desk.storage import database
from interview_desk.storage.database import open_database
from interview_desk.storage.errors import DamagedDatabaseError
from tests.conftest import REPO_ROOT
from tests.damage_corpus import _flip, _page_size, _root_page


@pytest.fixture()
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the open-time ``quick_check`` ran on, in order."""
    seen: list[Path] = []
    real = database._quick_check

    def counting(conn: object, path: Path) -> None:
        seen.append(path)
        real(conn, path)  # type: ignore[arg-type]

    monkeypatch.setattr(database, "_quick_check", counting)
    return seen


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from interview_desk.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo(path).close()
    return path


@pytest.fixture()
def closed_clean(demo: Path, tmp_path: Path, checks: list[Path]) -> Path:
    """A copy of the demo, opened (and so checked) and closed by the app."""
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(demo, path)
    open_database(path).close()
    assert checks == [path]
    checks.clear()
    return path


def _flip_note_root(path: Path) -> None:
    """Flip bytes of the notes table's root page, keeping size and modification time."""
    before = path.stat()
    _flip(path, (_root_page(path, "notes") - 1) * _page_size(path), 12)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size


def test_a_file_closed_cleanly_opens_without_a_second_check(
        closed_clean: Path, checks: list[Path]) -> None:
    path = closed_clean
    open_database(path).close()
    open_database(path, read_only=True).close()
    assert checks == []


def test_damage_after_a_clean_close_is_still_found_even_with_its_mtime_put_back(
        closed_clean: Path, checks: list[Path]) -> None:
    path = closed_clean
    _flip_note_root(path)
    for read_only in (True, False):
        with pytest.raises(DamagedDatabaseError):
            open_database(path, read_only=read_only)
    assert len(checks) == 2


def test_a_copy_put_in_its_place_is_checked(tmp_path: Path, closed_clean: Path,
                                        checks: list[Path]) -> None:
    path = closed_clean
    shutil.copyfile(path, tmp_path / "copy.sqlite3")
    os.replace(tmp_path / "copy.sqlite3", path)  # a restore from elsewhere: another inode
    open_database(path).close()
    assert checks == [path]
    open_database(path).close()  # and closed cleanly again: trusted once more
    assert checks == [path]


def test_after_a_crash_the_file_is_checked(closed_clean: Path, checks: list[Path]) -> None:
    path = closed_clean
    # Another process writes and dies without closing: a WAL with content stays behind.
    code = ("import os, sys\nfrom interview_desk.storage.database import open_database\n"
            "db = open_database(sys.argv[1])\n"
            "db.execute(\"UPDATE roles SET name = 'Renamed'\")\ndb.conn.commit()\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, cwd=REPO_ROOT,
                   env={**os.environ})
    assert Path(f"{path}-wal").stat().st_size > 0
    db = open_database(path)
    assert db.execute("SELECT name FROM roles").fetchone()[0] == "Renamed"
    db.close()
    assert checks == [path]


def test_a_file_opened_without_its_checks_is_not_trusted_afterwards(
        closed_clean: Path, checks: list[Path]) -> None:
    path = closed_clean
    _flip_note_root(path)
    # e.g. salvage looking into it: writable, unchecked, closed cleanly
    open_database(path, check=False).close()
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    assert checks == [path]


def test_the_record_keeps_the_name_older_versions_gave_it(tmp_path: Path) -> None:
    import hashlib

    from interview_desk.storage.clean_close import _record_path

    path = tmp_path / "desk.sqlite3"
    older = hashlib.sha256(os.fsencode(path.resolve())).hexdigest()[:24]

    assert _record_path(path).name == f"{older}.json"


def test_a_file_closed_cleanly_opens_without_reading_its_tables_columns(
        closed_clean: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a statement per table, ~1.5 ms of every start on the app's schema (issue 13)
    read: list[object] = []
    real = database._columns
    monkeypatch.setattr(database, "_columns", lambda conn: read.append(conn) or real(conn))

    open_database(closed_clean).close()

    assert read == []
