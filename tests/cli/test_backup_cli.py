"""``interview-desk backups`` and ``interview-desk restore``, run as a user would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from interview_desk.services.desk import Desk
from interview_desk.storage.backup import list_backups, make_backup
from tests.helpers import dump, run_cli


def _mark(path: Path, text: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS marker (text TEXT)")
        conn.execute("INSERT INTO marker VALUES (?)", (text,))
    conn.close()


def _markers(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM marker ORDER BY rowid")]
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    Desk.open(path).close()
    return path


@pytest.fixture
def two_backups(db: Path) -> tuple[Path, Path]:
    """(older, newer) backups; the database itself has moved on since."""
    _mark(db, "older")
    older = make_backup(None, db)
    _mark(db, "newer")
    newer = make_backup(None, db)
    _mark(db, "current")
    return older, newer


def test_backups_without_any_says_when_they_come(db: Path) -> None:
    result = run_cli("backups", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"No backups of {db} yet")


def test_backups_lists_newest_first(db: Path, two_backups: tuple[Path, Path]) -> None:
    older, newer = two_backups
    result = run_cli("backups", "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith(str(newer)) and lines[1].endswith(str(older))
    assert " KB  " in lines[0]


def test_restore_without_argument_takes_the_newest_and_keeps_the_current_file(
        db: Path, two_backups: tuple[Path, Path]) -> None:
    result = run_cli("restore", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Restored {db} from the backup taken ")
    assert _markers(db) == ["older", "newer"]
    aside = Path(result.stdout.splitlines()[1].removeprefix("The previous file is kept as ")
                 .rstrip("."))
    assert _markers(aside) == ["older", "newer", "current"]
    # the restored file works for every other command
    assert run_cli("sessions", "--db", str(db)).returncode == 0


@pytest.mark.parametrize("as_listed", ["name", "path"])
def test_restore_a_chosen_backup(db: Path, two_backups: tuple[Path, Path],
                                 as_listed: str) -> None:
    older, _newer = two_backups
    given = older.name if as_listed == "name" else str(older)
    result = run_cli("restore", given, "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert _markers(db) == ["older"]
    assert [b.path for b in list_backups(db)] == [two_backups[1], older]  # restore takes none


@pytest.mark.parametrize("argument", ["backup-19990101T000000000000Z.sqlite3", "no/such/file"])
def test_an_unknown_backup_is_one_line_and_changes_nothing(
        db: Path, two_backups: tuple[Path, Path], argument: str) -> None:
    before = dump(db)
    result = run_cli("restore", argument, "--db", str(db))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"interview-desk: error: no backup {argument!r}")
    assert dump(db) == before


def test_a_damaged_backup_is_one_line_and_changes_nothing(
        db: Path, two_backups: tuple[Path, Path]) -> None:
    _older, newer = two_backups
    newer.write_bytes(b"\x00garbage" * 500)
    before = dump(db)
    files = sorted(db.parent.iterdir())
    result = run_cli("restore", "--db", str(db))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "cannot be restored" in result.stderr
    assert dump(db) == before
    assert sorted(db.parent.iterdir()) == files


def test_restore_with_no_backups_is_refused(db: Path) -> None:
    result = run_cli("restore", "--db", str(db))
    assert result.returncode == 1
    assert result.stderr == f"interview-desk: error: no backups of {db} to restore; " \
                            "nothing was changed\n"


def test_restore_is_refused_while_the_database_is_open(
        db: Path, two_backups: tuple[Path, Path]) -> None:
    desk = Desk.open(db)  # as the app holds it
    try:
        result = run_cli("restore", "--db", str(db))
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1
        assert "in use" in result.stderr or "open in another window" in result.stderr
        assert desk.db.execute("SELECT count(*) FROM marker").fetchone()[0] == 3
    finally:
        desk.close()
    assert _markers(db) == ["older", "newer", "current"]
    assert [p for p in db.parent.iterdir() if "before-restore" in p.name] == []
