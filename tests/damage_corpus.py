"""Kinds of damage a database file meets in real life, each made from a healthy copy.

Every maker takes the folder to work in and a healthy database (closed, no WAL beside it) and
returns the path the app is then pointed at. Used by the storage, CLI and GUI tests.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

Maker = Callable[[Path, Path], Path]


def _copy(folder: Path, healthy: Path) -> Path:
    target = folder / "desk.sqlite3"
    shutil.copyfile(healthy, target)
    return target


def _page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big") or 65536


def _root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                [table]).fetchone()[0])
    finally:
        conn.close()


def _flip(path: Path, offset: int, count: int) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + count):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for s in statements:
            conn.execute(s)
    finally:
        conn.close()


def magic_flipped(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    _flip(p, 0, 16)
    return p


def page_size_flipped(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    _flip(p, 16, 2)
    return p


def header_then_garbage(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    data = p.read_bytes()
    size = _page_size(p)
    # Page 1 (the header and the list of tables) is whole; everything after it is noise.
    p.write_bytes(data[:size] + bytes((i * 7919 + 13) % 251 for i in range(len(data) - size)))
    return p


def page_two_flipped(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    _flip(p, _page_size(p), 12)
    return p


def note_root_flipped(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    _flip(p, (_root_page(p, "notes") - 1) * _page_size(p), 12)
    return p


def note_index_flipped(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    _flip(p, (_root_page(p, "idx_notes_session") - 1) * _page_size(p), 12)
    return p


def truncated_in_half(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return p


def page_count_too_high(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    data = bytearray(p.read_bytes())
    data[28:32] = (len(data) // _page_size(p) * 3).to_bytes(4, "big")
    p.write_bytes(bytes(data))
    return p


def missing_table(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    _sql(p, "PRAGMA foreign_keys = OFF", "DROP TABLE scorecards")
    return p


def missing_column(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    _sql(p, "ALTER TABLE candidates DROP COLUMN phone")
    return p


def user_version_minus_one(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    _sql(p, "PRAGMA user_version = -1")
    return p


def user_version_too_high(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    _sql(p, "PRAGMA user_version = 9999")
    return p


def foreign_claiming_version_one(folder: Path, healthy: Path) -> Path:
    p = folder / "desk.sqlite3"
    _sql(p, "CREATE TABLE songs (title TEXT, artist TEXT)",
         "INSERT INTO songs VALUES ('Blue', 'Joni')", "PRAGMA user_version = 1")
    return p


def foreign_version_zero(folder: Path, healthy: Path) -> Path:
    p = folder / "desk.sqlite3"
    _sql(p, "CREATE TABLE photos (name TEXT)")
    return p


def plain_text(folder: Path, healthy: Path) -> Path:
    p = folder / "desk.sqlite3"
    p.write_text("Meeting notes\nnot a database\n")
    return p


def zero_bytes_with_wal(folder: Path, healthy: Path) -> Path:
    p = folder / "desk.sqlite3"
    p.write_bytes(b"")
    Path(f"{p}-wal").write_bytes(_a_wal(folder, healthy))
    return p


def missing_with_wal(folder: Path, healthy: Path) -> Path:
    p = folder / "desk.sqlite3"
    Path(f"{p}-wal").write_bytes(_a_wal(folder, healthy))
    return p


def wal_lost_mid_checkpoint(folder: Path, healthy: Path) -> Path:
    """A crash while the WAL was being copied into the file, and the WAL then lost.

    Its first half holds the pages after the writes, its second half those from before.
    """
    before = _copy(folder, healthy).read_bytes()
    after_path = folder / "after.sqlite3"
    shutil.copyfile(healthy, after_path)
    _sql(after_path, "UPDATE notes SET text = text || ' ' || hex(randomblob(600))",
         "DELETE FROM flags", "VACUUM")
    after = after_path.read_bytes()
    after_path.unlink()
    size = _page_size(folder / "desk.sqlite3")
    cut = (min(len(before), len(after)) // size // 2) * size
    p = folder / "desk.sqlite3"
    p.write_bytes(after[:cut] + before[cut:])
    return p


def folder_instead_of_file(folder: Path, healthy: Path) -> Path:
    p = folder / "desk.sqlite3"
    p.mkdir()
    return p


def unreadable(folder: Path, healthy: Path) -> Path:
    p = _copy(folder, healthy)
    p.chmod(0)
    return p


def _a_wal(folder: Path, healthy: Path) -> bytes:
    """The WAL of a process killed right after a write: real frames holding notes."""
    work = folder / "walsource"
    work.mkdir()
    db = work / "w.sqlite3"
    shutil.copyfile(healthy, db)
    script = ("import sqlite3, os, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
              "c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA wal_autocheckpoint=0');"
              "c.execute(\"UPDATE notes SET text = 'only in the wal'\"); os._exit(0)")
    subprocess.run([sys.executable, "-c", script, str(db)], check=True)
    wal = Path(f"{db}-wal").read_bytes()
    shutil.rmtree(work)
    assert wal, "the killed writer left no WAL"
    return wal


#: Every kind, by name. ``unreadable`` means nothing to root, who reads every file.
CORPUS: dict[str, Maker] = {
    "magic bytes flipped": magic_flipped,
    "page size flipped": page_size_flipped,
    "valid header then garbage": header_then_garbage,
    "page 2 flipped": page_two_flipped,
    "note table page flipped": note_root_flipped,
    "note index page flipped": note_index_flipped,
    "truncated in half": truncated_in_half,
    "page count too high": page_count_too_high,
    "a missing table": missing_table,
    "a missing column": missing_column,
    "user_version -1": user_version_minus_one,
    "user_version newer than supported": user_version_too_high,
    "another program's file claiming version 1": foreign_claiming_version_one,
    "another program's file": foreign_version_zero,
    "a text file": plain_text,
    "zero bytes with a -wal": zero_bytes_with_wal,
    "missing with a -wal": missing_with_wal,
    "-wal lost during a checkpoint": wal_lost_mid_checkpoint,
    "a folder": folder_instead_of_file,
    "no permission to read": unreadable,
}

NEEDS_NON_ROOT = {"no permission to read"}


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def snapshot(path: Path) -> dict[str, bytes | None]:
    """The bytes of the file and of its -wal (None: absent, or not a readable file).

    An empty -wal counts as none: SQLite leaves one behind a read-only connection.
    """
    out: dict[str, bytes | None] = {}
    for name in (str(path), f"{path}-wal"):
        p = Path(name)
        out[name] = p.read_bytes() if p.is_file() and os.access(p, os.R_OK) else None
    if not out[f"{path}-wal"]:
        out[f"{path}-wal"] = None
    return out
