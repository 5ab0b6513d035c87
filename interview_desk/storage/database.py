"""Opening the one SQLite file: permissions, PRAGMAs, the version guard and migrations."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from interview_desk.storage.errors import NewerDatabaseError, NotADatabaseError
from interview_desk.storage.schema import MIGRATIONS, SCHEMA_VERSION

_SQLITE_MAGIC = b"SQLite format 3\x00"


def open_database(path: str | Path, *, create: bool = True) -> Database:
    """Open (and create or migrate) the database at ``path``.

    A file that is not SQLite, or that a newer app wrote, is refused before any write.
    The file is made readable by its owner only: it holds candidates' personal data.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise NotADatabaseError(str(path), "no such file")
    if exists:
        with path.open("rb") as fh:
            if fh.read(16) != _SQLITE_MAGIC:
                raise NotADatabaseError(str(path), "not an SQLite file")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Create the file with owner-only permissions before SQLite writes a byte into it.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    _restrict_permissions(path)

    conn = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
    try:
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        if found > SCHEMA_VERSION:
            raise NewerDatabaseError(str(path), found, SCHEMA_VERSION)
        if exists and found == 0 and _has_foreign_tables(conn):
            raise NotADatabaseError(str(path), "it holds tables of another program")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise NotADatabaseError(str(path), str(exc)) from exc
    except Exception:
        conn.close()
        raise
    # No sqlite-utils plugins: whatever else is installed must not touch candidate data, and
    # looking them up scans every installed package (~15 ms of each start-up).
    db = Database(conn, execute_plugins=False)
    _configure(db)
    migrate(db)
    return db


def open_memory_database() -> Database:
    """An in-memory database with the full schema (for tests and previews)."""
    db = Database(memory=True, execute_plugins=False)
    _configure(db)
    migrate(db)
    return db


def _configure(db: Database) -> None:
    # sqlite-utils finds out whether SQLite has ON CONFLICT by creating a table at the first
    # upsert; if that probe meets another connection's lock it decides "no" for the connection's
    # life, and its fallback (INSERT OR IGNORE, then UPDATE) silently drops every new row that
    # has a NOT NULL column. Every SQLite since 3.24 has it: say so before any probe can fail.
    if sqlite3.sqlite_version_info >= (3, 24, 0):
        db._supports_on_conflict = True
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 10000")
    if not db.memory:
        # WAL + NORMAL: a committed note survives a killed process; readers never block typing.
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")


def set_busy_timeout(db: Database, ms: int) -> None:
    """How long a statement of this connection waits for another connection's lock."""
    db.execute(f"PRAGMA busy_timeout = {int(ms)}")


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return bool(rows)


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database) -> None:
    """Apply every pending migration, each in its own transaction with its version bump."""
    current = schema_version(db)
    for number, (_name, fn) in enumerate(MIGRATIONS, start=1):
        if number <= current:
            continue
        with db.atomic():
            fn(db)
            db.execute(f"PRAGMA user_version = {number}")


def _restrict_permissions(path: Path) -> None:
    # On e.g. a FAT-formatted USB stick nothing better is possible.
    with contextlib.suppress(OSError):
        path.chmod(0o600)
