"""Rolling backups and restore, on real files, with a second process where it matters."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from interview_desk.paths import data_dir
from interview_desk.services.desk import Desk
from interview_desk.storage import backup as backup_module
from interview_desk.storage.backup import (
    BackupError,
    backup_dir,
    list_backups,
    make_backup,
    restore_backup,
)
from tests.helpers import dump, let_file_clock_pass


def _digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _rows_in_another_process(path: Path) -> str:
    """The digest of every row, as a fresh Python process sees the file."""
    code = textwrap.dedent(f"""
        import hashlib, sqlite3
        conn = sqlite3.connect({str(path)!r})
        print(hashlib.sha256("\\n".join(conn.iterdump()).encode()).hexdigest())
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    return out.stdout.strip()


def _add_marker(db_path: Path, text: str, *, crash: bool = False) -> None:
    """Write a row from another process; with ``crash`` it dies before closing (WAL kept)."""
    code = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(db_path)!r})
        conn.execute("CREATE TABLE IF NOT EXISTS marker (text TEXT)")
        conn.execute("INSERT INTO marker VALUES (?)", ({text!r},))
        conn.commit()
        if {crash!r}:
            os._exit(0)
        conn.close()
    """)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def _markers(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM marker ORDER BY rowid")]
    finally:
        conn.close()


def _damage_page_2(path: Path) -> None:
    """Overwrite the b-tree page header of page 2 (a test file: no connection is open)."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size:page_size + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


@pytest.fixture
def closed_db(tmp_path: Path) -> Path:
    path = tmp_path / "interviews.sqlite3"
    Desk.open(path).close()
    _add_marker(path, "first")
    return path


def test_a_backup_holds_every_row_including_what_is_still_in_the_wal(demo_desk: Desk) -> None:
    assert demo_desk.path is not None
    demo_desk.db.execute("CREATE TABLE marker (text TEXT)")
    demo_desk.db.execute("INSERT INTO marker VALUES ('typed just now')")
    demo_desk.db.conn.commit()
    assert Path(f"{demo_desk.path}-wal").stat().st_size > 0

    made = make_backup(demo_desk.db, demo_desk.path)

    assert made.parent == backup_dir(demo_desk.path)
    assert _rows_in_another_process(made) == _digest(dump(demo_desk.path))
    assert _markers(made) == ["typed just now"]
    assert not Path(f"{made}-wal").exists()


def test_a_backup_from_its_own_connection_does_not_disturb_the_open_one(demo_desk: Desk) -> None:
    assert demo_desk.path is not None
    made = make_backup(None, demo_desk.path)
    demo_desk.db.execute("CREATE TABLE marker (text TEXT)")
    demo_desk.db.execute("INSERT INTO marker VALUES ('after the backup')")
    demo_desk.db.conn.commit()
    assert Path(f"{demo_desk.path}-wal").exists()
    assert _markers(demo_desk.path) == ["after the backup"]
    assert "marker" not in {r[0] for r in sqlite3.connect(made).execute(
        "SELECT name FROM sqlite_master")}


def test_backups_and_their_folder_are_private(closed_db: Path) -> None:
    made = make_backup(None, closed_db)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert made.parent.is_relative_to(data_dir() / "backups")


def test_rotation_keeps_the_newest_n(closed_db: Path) -> None:
    made = []
    for number in range(5):
        _add_marker(closed_db, f"change {number}")
        made.append(make_backup(None, closed_db, keep=3))
    listed = list_backups(closed_db)
    assert [b.path for b in listed] == list(reversed(made[-3:]))
    assert [b.created_at for b in listed] == sorted((b.created_at for b in listed),
                                                    reverse=True)
    assert all(b.created_at.tzinfo is not None and b.size > 0 for b in listed)
    assert sorted(p.name for p in made[0].parent.glob("backup-*")) == sorted(
        p.name for p in made[-3:])


def test_an_unchanged_database_adds_no_backup(closed_db: Path) -> None:
    first = make_backup(None, closed_db, keep=2)
    assert make_backup(None, closed_db, keep=2) == first
    assert make_backup(None, closed_db, keep=2) == first
    assert [b.path for b in list_backups(closed_db)] == [first]
    _add_marker(closed_db, "second")
    second = make_backup(None, closed_db, keep=2)
    assert second != first
    assert [b.path for b in list_backups(closed_db)] == [second, first]


def _no_copy_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("the file was copied again")
    monkeypatch.setattr(backup_module, "_copy_checked", refuse)


def test_an_unchanged_file_is_not_even_read_again(closed_db: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # Closing the app on five years of data copied and compared 2 GB (7 s quiet) each time.
    let_file_clock_pass(closed_db)
    first = make_backup(None, closed_db)
    _no_copy_allowed(monkeypatch)
    assert make_backup(None, closed_db) == first
    assert [b.path for b in list_backups(closed_db)] == [first]


def test_a_write_by_another_process_is_copied_after_an_unread_check(
        closed_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    let_file_clock_pass(closed_db)
    first = make_backup(None, closed_db)
    _add_marker(closed_db, "second")  # closed: the WAL is folded into the file
    second = make_backup(None, closed_db)
    assert second != first and _markers(second) == ["first", "second"]
    _add_marker(closed_db, "third, still in the WAL", crash=True)
    third = make_backup(None, closed_db)
    assert third != second and _markers(third)[-1] == "third, still in the WAL"
    let_file_clock_pass(closed_db)
    assert make_backup(None, closed_db) == third  # compared, the same: and now recorded
    _no_copy_allowed(monkeypatch)
    assert make_backup(None, closed_db) == third


def test_a_checkpoint_since_the_last_backup_adds_no_second_copy_of_the_same_data(
        closed_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The hourly backup copies a file whose -wal holds the day's writes; closing folds the
    # -wal into the file, which changes its state but not its data: the backup at the next
    # close must not be those bytes again, pushing an older backup out of the rotation.
    conn = sqlite3.connect(closed_db)
    conn.execute("INSERT INTO marker VALUES ('typed today')")
    conn.commit()
    assert Path(f"{closed_db}-wal").stat().st_size > 0
    let_file_clock_pass(closed_db)
    first = make_backup(None, closed_db, keep=2)
    conn.close()  # the last connection: its checkpoint writes the -wal into the file

    assert make_backup(None, closed_db, keep=2) == first
    assert [b.path for b in list_backups(closed_db)] == [first]
    let_file_clock_pass(closed_db)
    assert make_backup(None, closed_db, keep=2) == first  # compared once more, now recorded
    _no_copy_allowed(monkeypatch)
    assert make_backup(None, closed_db, keep=2) == first


def test_a_file_written_a_moment_ago_is_compared_not_trusted(
        closed_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A write in the same tick of the file clock could leave every time unchanged.
    monkeypatch.setattr(backup_module, "_QUIET_NS", 10**15)
    first = make_backup(None, closed_db)
    copies = []
    real_copy = backup_module._copy_checked
    monkeypatch.setattr(backup_module, "_copy_checked",
                        lambda *a: copies.append(1) or real_copy(*a))
    assert make_backup(None, closed_db) == first
    assert copies == [1]


def test_the_backup_folder_is_the_one_older_versions_keep_their_backups_in(
        tmp_path: Path) -> None:
    # Now computed without OpenSSL (storage/path_keys.py): another digest would hide every
    # backup made before the update from the restore list.
    database = tmp_path / "desk.sqlite3"
    older = hashlib.sha256(os.fsencode(database.resolve())).hexdigest()[:12]

    assert backup_dir(database).name == f"desk-{older}"


def test_two_databases_with_the_same_name_never_share_backups(tmp_path: Path) -> None:
    a = tmp_path / "a" / "desk.sqlite3"
    b = tmp_path / "b" / "desk.sqlite3"
    for path in (a, b):
        path.parent.mkdir()
        Desk.open(path).close()
    make_backup(None, a)
    assert backup_dir(a) != backup_dir(b)
    assert len(list_backups(a)) == 1
    assert list_backups(b) == []


def test_a_damaged_database_gives_no_backup_and_keeps_the_good_ones(closed_db: Path) -> None:
    good = [make_backup(None, closed_db, keep=2)]
    _add_marker(closed_db, "second")
    good.append(make_backup(None, closed_db, keep=2))
    _damage_page_2(closed_db)

    with pytest.raises(BackupError, match="damaged"):
        make_backup(None, closed_db, keep=2)

    assert [b.path for b in list_backups(closed_db)] == list(reversed(good))
    assert sorted(backup_dir(closed_db).glob("backup-*")) == sorted(good)


def test_restore_keeps_the_current_file_aside_with_its_wal(closed_db: Path) -> None:
    backup = make_backup(None, closed_db)
    _add_marker(closed_db, "after the backup, only in the wal", crash=True)
    assert Path(f"{closed_db}-wal").stat().st_size > 0

    aside = restore_backup(backup, closed_db)

    assert aside is not None and aside.parent == closed_db.parent
    assert ".before-restore-" in aside.name
    assert _markers(aside) == ["first", "after the backup, only in the wal"]
    assert _markers(closed_db) == ["first"]
    assert not Path(f"{closed_db}-wal").exists()
    assert not Path(f"{closed_db}-shm").exists()
    assert stat.S_IMODE(closed_db.stat().st_mode) == 0o600
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    Desk.open(closed_db).close()


def test_a_damaged_backup_is_refused_and_changes_nothing(closed_db: Path) -> None:
    backup = make_backup(None, closed_db)
    _add_marker(closed_db, "second")
    _damage_page_2(backup)
    before = dump(closed_db)
    files_before = sorted(closed_db.parent.iterdir())

    with pytest.raises(BackupError, match=r"cannot be restored: it is damaged.*Nothing was") as err:
        restore_backup(backup, closed_db)

    assert "\n" not in str(err.value)

    assert dump(closed_db) == before
    assert sorted(closed_db.parent.iterdir()) == files_before


@pytest.mark.parametrize("content", [b"", b"hello, not a database", b"SQLite format 3\x00" * 8])
def test_a_file_that_is_no_backup_is_refused(closed_db: Path, tmp_path: Path,
                                            content: bytes) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    before = dump(closed_db)
    with pytest.raises(BackupError, match="cannot be restored"):
        restore_backup(bogus, closed_db)
    assert dump(closed_db) == before


def test_another_programs_database_is_refused(closed_db: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE sessions (x)")
    with pytest.raises(BackupError, match="not an Interview Desk database"):
        restore_backup(foreign, closed_db)


def test_restore_is_refused_while_the_database_is_open(closed_db: Path) -> None:
    backup = make_backup(None, closed_db)
    desk = Desk.open(closed_db)
    try:
        with pytest.raises(BackupError, match="open in another window or program"):
            restore_backup(backup, closed_db)
        assert [p.name for p in closed_db.parent.iterdir() if "before-restore" in p.name] == []
        desk.db.execute("INSERT INTO marker VALUES ('still writable')")
        desk.db.conn.commit()
    finally:
        desk.close()
    assert _markers(closed_db) == ["first", "still writable"]


def test_the_database_itself_is_not_a_backup(closed_db: Path) -> None:
    with pytest.raises(BackupError, match="is the database itself"):
        restore_backup(closed_db, closed_db)


def test_an_unreadable_current_file_is_moved_aside_as_it_is(closed_db: Path) -> None:
    backup = make_backup(None, closed_db)
    closed_db.write_bytes(b"garbage that SQLite cannot read" * 100)
    aside = restore_backup(backup, closed_db)
    assert aside is not None
    assert aside.read_bytes() == b"garbage that SQLite cannot read" * 100
    assert _markers(closed_db) == ["first"]


def test_restore_onto_a_missing_file_keeps_nothing_aside(closed_db: Path, tmp_path: Path) -> None:
    backup = make_backup(None, closed_db)
    fresh = tmp_path / "new.sqlite3"
    assert restore_backup(backup, fresh) is None
    assert _markers(fresh) == ["first"]


def test_a_missing_file_with_a_wal_left_beside_it_keeps_that_wal(closed_db: Path) -> None:
    backup = make_backup(None, closed_db)
    _add_marker(closed_db, "only in the wal", crash=True)
    wal = Path(f"{closed_db}-wal").read_bytes()
    closed_db.unlink()  # e.g. a sync tool removed the main file after a crash

    aside = restore_backup(backup, closed_db)

    assert aside is not None and aside.exists() and aside.stat().st_size == 0
    assert Path(f"{aside}-wal").read_bytes() == wal
    assert not Path(f"{closed_db}-wal").exists()
    assert _markers(closed_db) == ["first"]


def test_two_restores_in_one_second_keep_both_old_files(closed_db: Path) -> None:
    backup = make_backup(None, closed_db)
    first = restore_backup(backup, closed_db)
    second = restore_backup(backup, closed_db)
    assert first is not None and second is not None and first != second
    assert first.exists() and second.exists()
