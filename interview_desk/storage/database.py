"""Opening the one SQLite file: checks, PRAGMAs, the version guard and migrations.

:func:`open_database` is the entry point for every connection to a database file; it gets its
connections from :data:`interview_desk.storage.connections.FACTORY` (see there for the rules
that keep POSIX locks intact). The first open in a process checks the file — through SQLite,
never by reading it with Python — and folds in a WAL left by a crash before anything else.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from interview_desk.paths import resource
from interview_desk.storage.clean_close import unchanged_since_clean_close
from interview_desk.storage.connections import (
    FACTORY,
    RECURSIVE_TRIGGERS,
    create_private_file,
    wal_path,
)
from interview_desk.storage.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    OrphanedWalError,
    OutdatedDatabaseError,
    StorageError,
    storage_error,
)
from interview_desk.storage.handle import Database
from interview_desk.storage.schema import MIGRATIONS, SCHEMA_VERSION

#: Start-up must stay quick on a large file: the structural check stops after this long
#: (a partial check passes). See "Saving and durability" in the README for the figures.
QUICK_CHECK_BUDGET_S = 0.5


def open_database(path: str | Path, *, create: bool = True, read_only: bool = False,
                  check: bool = True) -> Database:
    """Open (and create or migrate) the database at ``path``.

    ``create``: a missing or empty file becomes a new database — never when a ``-wal`` lies
    beside it (that may hold the only copy of recent work). ``read_only``: SQLite refuses every
    write on this connection and on every later one to the file in this process, as long as
    one stays open. ``check=False`` skips the structural and schema checks (used to look
    into a file already known to be damaged).

    A file that is damaged, not ours, or written by a newer app raises a
    :class:`~interview_desk.storage.errors.StorageError` before anything is written. The file is
    made readable by its owner only: it holds candidates' personal data.
    """
    return database_over(open_connection(path, create=create, read_only=read_only,
                                         check=check))


def open_connection(path: str | Path, *, create: bool = True, read_only: bool = False,
                    check: bool = True) -> sqlite3.Connection:
    """What :func:`open_database` opens — the same checks, WAL fold-in and migrations — as a
    plain ``sqlite3`` connection, for a caller that needs no more (``Desk``: the first window
    shows the Sessions list before any repository is loaded)."""
    path = Path(path)
    if FACTORY.holds(path):
        # Already open and checked in this process: a second connection (writer, worker).
        return _ready(_connect(path, read_only=read_only), path, first=False)
    return _ready(_open_first(path, create=create, read_only=read_only, check=check), path,
                  first=True)


def open_reading(path: str | Path) -> sqlite3.Connection:
    """A read-only plain ``sqlite3`` connection, after the same checks as
    ``open_database(path, create=False, read_only=True)``: for a command that only reads
    rows and must start quickly (an older file raises ``OutdatedDatabaseError``)."""
    path = Path(path)
    if FACTORY.holds(path):
        return _connect(path, read_only=True)
    return _open_first(path, create=False, read_only=True, check=True)


def _open_first(path: Path, *, create: bool, read_only: bool,
                check: bool) -> sqlite3.Connection:
    """The process's first connection to ``path``, once the file has been proven sound."""
    created = _prepare_file(path, create=create, read_only=read_only)
    conn = _connect(path, read_only=read_only)
    try:
        found = _inspect(conn, path, created=created, create=create, check=check)
        if found < SCHEMA_VERSION and (read_only or FACTORY.is_read_only(path)):
            raise OutdatedDatabaseError(str(path), found, SCHEMA_VERSION)
    except BaseException:
        conn.close()
        raise
    if check:
        FACTORY.mark_checked(path)
    if not conn.read_only:  # type: ignore[attr-defined]
        _restrict_permissions(path)
    return conn


def preflight(path: Path) -> None:
    """Refuse, by ``stat`` alone, what SQLite must not open to read (see ``open_database``)."""
    _prepare_file(path, create=False, read_only=True)


def _prepare_file(path: Path, *, create: bool, read_only: bool) -> bool:
    """Stat-only checks before SQLite touches the file; True when it must become new."""
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise NotADatabaseError(str(path), exc.strerror or str(exc)) from exc
    if st is not None and path.is_dir():
        raise NotADatabaseError(str(path), "it is a folder")
    if st is not None and st.st_size > 0:
        return False
    # Opening a zero-byte database makes SQLite delete the WAL beside it: never let it.
    if _has_content(wal_path(path)):
        raise OrphanedWalError(str(path), str(wal_path(path)))
    if st is None and (read_only or not create):
        raise NotADatabaseError(str(path), "no such file")
    if read_only or not create:
        raise NotADatabaseError(str(path), "the file is empty")
    if st is None:
        create_private_file(path)
    return True


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    try:
        return FACTORY.connect(path, read_only=read_only)
    except sqlite3.Error as exc:
        raise storage_error(exc, str(path)) from exc


def _inspect(conn: sqlite3.Connection, path: Path, *, created: bool, create: bool,
             check: bool) -> int:
    """The file's schema version, after proving it is an Interview Desk database."""
    try:
        found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if found < 0:
            raise DamagedDatabaseError(str(path), f"schema version {found} is impossible")
        if found > SCHEMA_VERSION and check:
            raise NewerDatabaseError(str(path), found, SCHEMA_VERSION)
        if found == 0:
            if _table_names(conn):
                raise NotADatabaseError(str(path), "it holds tables of another program")
            if not (created or create):
                raise NotADatabaseError(str(path), "it holds no Interview Desk data")
            return 0
        # A file unchanged since this app closed it after a check needs no second one: that
        # check was most of the start-up on a large file (see clean_close.py). Nor does it
        # need its tables' columns read (a statement per table, ~1.5 ms, issue 13).
        if check and not unchanged_since_clean_close(path):
            _quick_check(conn, path)
            _check_schema(conn, found, path)
    except StorageError:
        raise
    except sqlite3.Error as exc:
        raise storage_error(exc, str(path)) from exc
    return found


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's structural check (``quick_check``), stopped after a time budget.

    The stop comes from a timer thread (``interrupt`` may be called from any thread): before
    SQLite 3.43 the check is one step of the VM and never calls a progress handler, so a
    budget kept that way was ignored (3.7 s on a 1.9 GB file). An interrupt that comes
    after the check has finished finds no statement running and does nothing.
    """
    timer = threading.Timer(QUICK_CHECK_BUDGET_S, conn.interrupt)
    timer.daemon = True
    timer.start()
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode != sqlite3.SQLITE_INTERRUPT:
            raise
        return  # out of time: what was checked is fine, the rest is trusted
    finally:
        timer.cancel()
        timer.join()
    if rows != [("ok",)]:
        # Its answer may start with a "*** in database main ***" line: one line is enough.
        lines = [ln for row in rows for ln in str(row[0]).splitlines() if not ln.startswith("***")]
        raise DamagedDatabaseError(str(path), "; ".join(lines) or "no answer")


def _check_schema(conn: sqlite3.Connection, version: int, path: Path) -> None:
    """Every table, column and trigger the migrations up to ``version`` create must be
    there: without a trigger, a search index or a session's revision (migration 0012)
    would silently fall behind."""
    expected = _expected_schema(version)
    found_tables = _columns(conn)
    if not expected.tables.keys() & found_tables.keys():
        raise NotADatabaseError(str(path), "it holds tables of another program")
    for table, columns in expected.tables.items():
        have = found_tables.get(table)
        if have is None:
            raise DamagedDatabaseError(str(path), f"the table {table} is missing")
        missing = sorted(columns - have)
        if missing:
            raise DamagedDatabaseError(
                str(path), f"the table {table} lacks the column {', '.join(missing)}")
    triggers = sorted(expected.triggers - _triggers(conn))
    if triggers:
        raise DamagedDatabaseError(str(path), f"the trigger {', '.join(triggers)} is missing")


@dataclass(frozen=True)
class Schema:
    tables: dict[str, set[str]]  # table -> its columns
    triggers: frozenset[str]


#: The tables, columns and triggers of the current schema version, as the migrations build
#: them (``built_schema``; a test keeps the two the same). Read instead of running the
#: migrations when a file is checked: that needs sqlite-utils, whose imports (click,
#: dateutil, pluggy) cost ~11 MiB and ~50 ms of a start after a crash.
SCHEMA_TABLES = ("schemas", "database-tables.json")


@cache
def _expected_schema(version: int) -> Schema:
    if version == SCHEMA_VERSION:
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            shipped = json.loads(resource(*SCHEMA_TABLES).read_text(encoding="utf-8"))
            if shipped["schema_version"] == SCHEMA_VERSION:
                return Schema({table: set(columns) for table, columns in
                               shipped["tables"].items()}, frozenset(shipped["triggers"]))
    return built_schema(version)


def built_schema(version: int) -> Schema:
    """What the first ``version`` migrations build, read back from an in-memory database."""
    db = _memory()
    try:
        for _name, fn in MIGRATIONS[:version]:
            fn(db.utils)
        return Schema(_columns(db.conn), _triggers(db.conn))
    finally:
        db.close()


def _triggers(conn: sqlite3.Connection) -> frozenset[str]:
    return frozenset(r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'"))


def _table_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]


def _columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    return {name: {r[1] for r in conn.execute("SELECT * FROM pragma_table_info(?)", [name])}
            for name in _table_names(conn)}


def database_over(conn: sqlite3.Connection) -> Database:
    """The app's handle on a connection :func:`open_connection` (or the factory) opened."""
    return Database(conn, memory=not conn.execute("PRAGMA database_list").fetchone()[2])


def _ready(conn: sqlite3.Connection, path: Path, *, first: bool) -> sqlite3.Connection:
    """Fold in a crash's WAL, migrate, switch to WAL: what a writable connection gets first."""
    if is_read_only(conn):
        return conn
    try:
        if first:
            # A WAL left by a crash is folded into the file before anything else happens.
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        if schema_version(conn) < SCHEMA_VERSION and migrate(database_over(conn)):
            # A connection that ran ALTER TABLE … DROP COLUMN can no longer checkpoint
            # ("database table is locked", SQLite 3.40): go on with a fresh one, opened
            # first so the file is never left without a connection (no close-time work).
            fresh = _connect(path, read_only=False)
            conn.close()
            conn = fresh
        # After the first migration: a new file is built in a rollback journal, so a crash
        # half-way leaves an empty file, never one whose schema is only in a WAL.
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
    except sqlite3.Error as exc:
        conn.close()
        raise storage_error(exc, str(path)) from exc
    return conn


def _memory() -> Database:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute(RECURSIVE_TRIGGERS)
    return Database(conn, memory=True)


def open_memory_database() -> Database:
    """An in-memory database with the full schema (for tests and previews)."""
    db = _memory()
    db.execute("PRAGMA foreign_keys = ON")
    migrate(db)
    return db


def is_read_only(conn: sqlite3.Connection) -> bool:
    """Whether this connection refuses writes (opened read-only, here or by an earlier open)."""
    return bool(getattr(conn, "read_only", False))


def database_file(db: Database) -> Path | None:
    """The file behind ``db``; None for an in-memory database."""
    if db.memory:
        return None
    name = db.execute("PRAGMA database_list").fetchone()[2]
    return Path(name) if name else None


def schema_version(db: Database | sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database) -> int:
    """Apply every pending migration, each in its own transaction with its version bump.

    Returns how many were applied.
    """
    current = schema_version(db)
    applied = 0
    for number, (_name, fn) in enumerate(MIGRATIONS, start=1):
        if number <= current:
            continue
        with db.atomic():
            fn(db.utils)
            db.execute(f"PRAGMA user_version = {number}")
        applied += 1
    return applied


def _restrict_permissions(path: Path) -> None:
    # On e.g. a FAT-formatted USB stick nothing better is possible. Only when needed: a chmod
    # sets the file's ctime, which would make the next open check it again (clean_close.py).
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o777 != 0o600:
            path.chmod(0o600)


def roll_back_open_transaction(conn: sqlite3.Connection) -> None:
    """After a failed write: nothing half-done stays open on this connection."""
    if conn.in_transaction:
        conn.rollback()


def interrupt(conn: sqlite3.Connection) -> None:
    """Stop the statement running on this connection; safe from any thread (the statement
    raises ``sqlite3.OperationalError`` with ``SQLITE_INTERRUPT``)."""
    conn.interrupt()


def set_busy_timeout(conn: sqlite3.Connection, milliseconds: int) -> None:
    """How long this connection waits for another's lock before it reports "locked"."""
    conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")


def holds_a_kit(conn: sqlite3.Connection) -> bool:
    """Whether any interview kit is stored (a new database gets the shipped one)."""
    return conn.execute("SELECT 1 FROM kits LIMIT 1").fetchone() is not None
