"""Salvage: copy what SQLite can still read from a damaged file into a new database.

Python's sqlite3 has no ``.recover``, and the ``sqlite3`` program is rarely on a desktop, so
this copies table by table, row by row in rowid order, jumping over rows whose pages cannot
be read. Rows left pointing at something lost (the notes of a session whose role was lost)
are kept and counted: a typed note is worth more than a tidy file. The damaged file itself is
only read.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from interview_desk.storage.connections import FACTORY
from interview_desk.storage.database import open_database, preflight
from interview_desk.storage.errors import DatabaseFileError, storage_error

_BATCH = 500
#: How far past an unreadable row the copy looks for the next readable one.
_MAX_JUMP = 1 << 24


@dataclass
class SalvageReport:
    path: Path
    copied: dict[str, int] = field(default_factory=dict)
    unreadable_tables: list[str] = field(default_factory=list)
    skipped_stretches: int = 0
    orphans: int = 0  # rows whose parent row could not be read

    @property
    def rows(self) -> int:
        return sum(self.copied.values())


def salvage(source: Path, target: Path) -> SalvageReport:
    """Copy every readable row of ``source`` into the new database ``target``."""
    if target.exists():
        raise DatabaseFileError(str(target), f"{target} already exists; it was not replaced.")
    preflight(source)
    try:
        src = FACTORY.connect(source, read_only=True, settings=False)
    except sqlite3.Error as exc:
        raise storage_error(exc, str(source)) from exc
    report = SalvageReport(target)
    dest = open_database(target)
    try:
        dest.execute("PRAGMA foreign_keys = OFF").fetchall()
        for table in _copyable_tables(dest.conn):
            columns = _shared_columns(src, dest.conn, table)
            if columns is None:
                report.unreadable_tables.append(table)
                continue
            with dest.conn:
                report.copied[table] = _copy_table(src, dest.conn, table, columns, report)
        report.orphans = len(dest.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        dest.close()
        src.close()
    return report


def _copyable_tables(dest: sqlite3.Connection) -> list[str]:
    # In creation order (parents first); the full-text index refills itself from notes.
    return [r[0] for r in dest.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%_fts_%' "
        "AND name NOT LIKE '%_fts' ORDER BY rowid")]


def _shared_columns(src: sqlite3.Connection, dest: sqlite3.Connection,
                    table: str) -> list[str] | None:
    try:
        have = {r[1] for r in src.execute("SELECT * FROM pragma_table_info(?)", [table])}
    except sqlite3.DatabaseError:
        return None
    if not have:
        return None
    wanted = [r[1] for r in dest.execute("SELECT * FROM pragma_table_info(?)", [table])]
    return [c for c in wanted if c in have]


def _copy_table(src: sqlite3.Connection, dest: sqlite3.Connection, table: str,
                columns: list[str], report: SalvageReport) -> int:
    names = ", ".join(f'"{c}"' for c in columns)
    insert = (f'INSERT OR IGNORE INTO "{table}" ({names}) '
              f'VALUES ({", ".join("?" for _ in columns)})')
    copied = 0
    for row in _readable_rows(src, f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? '
                                   f"ORDER BY rowid LIMIT {_BATCH}", report):
        with contextlib.suppress(sqlite3.IntegrityError):
            dest.execute(insert, row)
            copied += 1
    return copied


def _readable_rows(src: sqlite3.Connection, query: str,
                   report: SalvageReport) -> Iterator[tuple[object, ...]]:
    after: int = -(1 << 62)
    while True:
        try:
            batch = src.execute(query, [after]).fetchall()
        except sqlite3.DatabaseError:
            report.skipped_stretches += 1
            resume = _next_readable(src, query, after)
            if resume is None:
                return
            after = resume
            continue
        if not batch:
            return
        for row in batch:
            yield row[1:]
        after = batch[-1][0]


def _next_readable(src: sqlite3.Connection, query: str, after: int) -> int | None:
    """A rowid past ``after`` from which rows can be read again (None: none found)."""
    start = max(after, 0)
    jump = 1
    while jump <= _MAX_JUMP:
        try:
            src.execute(query, [start + jump]).fetchone()
        except sqlite3.DatabaseError:
            jump *= 2
            continue
        return start + jump
    return None
