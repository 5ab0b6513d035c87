"""Rolling backups of the database, and restoring one, through SQLite itself.

A backup is a consistent copy taken with SQLite's online backup API, so it includes what
still sits in the ``-wal`` and never blocks the writer. Backups live in the per-user data
folder (``backups/<database>-<hash of its resolved path>/``) so two databases never mix,
readable by their owner only (they hold candidates' personal data).

The live database file (and its ``-wal``/``-shm``) is only ever touched through SQLite
connections: closing a Python descriptor on it would drop every POSIX lock this process holds
on it (sqlite.org/howtocorrupt.html §2.2). Files in the backup folder are ours alone, so they
are written, synced and renamed with plain file I/O.
"""

from __future__ import annotations

import contextlib
import filecmp
import json
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from interview_desk.domain import clock
from interview_desk.paths import data_dir
from interview_desk.storage.clean_close import file_identity
from interview_desk.storage.errors import StorageError
from interview_desk.storage.path_keys import sha256_hex
from interview_desk.storage.schema import SCHEMA_VERSION

if TYPE_CHECKING:  # not loaded by the commands that only list backups
    from interview_desk.storage.handle import Database

DEFAULT_KEEP = 10
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^backup-(\d{8}T\d{12}Z)\.sqlite3$")
_TEMP_PREFIX = ".partial-"
#: Which file the newest backup was copied from, as ``stat`` saw it (see ``_source_state``).
_SOURCE_RECORD = "newest-source.json"
#: A file written this recently may be written again within the same tick of the file clock
#: without its times changing, so its state is not recorded. Linux file systems keep
#: nanoseconds on a clock that ticks every few ms; ext3 and HFS+ keep whole seconds, FAT two.
#: A large file, where skipping matters, takes longer than this to copy anyway.
_QUIET_NS = 3_000_000_000
#: A partial file older than this was left by a crash, not by a backup still being written.
_STALE_TEMP_SECONDS = 3600
#: How long setting the old file aside waits for another connection to let go.
_IN_USE_TIMEOUT = 2.0


class BackupError(StorageError):
    """A backup could not be taken or restored; nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    size: int


def backup_dir(db_path: Path) -> Path:
    """The folder holding ``db_path``'s backups (keyed by its resolved path)."""
    resolved = Path(db_path).expanduser().resolve()
    digest = sha256_hex(os.fsencode(resolved))[:12]
    return data_dir() / "backups" / f"{resolved.stem}-{digest}"


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Every backup of ``db_path``, newest first."""
    folder = backup_dir(db_path)
    found: list[BackupInfo] = []
    with contextlib.suppress(FileNotFoundError):
        for entry in folder.iterdir():
            match = _NAME.match(entry.name)
            if not match:
                continue
            try:
                size = entry.stat().st_size
            except FileNotFoundError:  # rotated out by another process just now
                continue
            created = datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)
            found.append(BackupInfo(entry, created, size))
    found.sort(key=lambda b: b.created_at, reverse=True)
    return found


def make_backup(conn_or_db: sqlite3.Connection | Database | None, db_path: Path, *,
                keep: int = DEFAULT_KEEP) -> Path:
    """Copy the database into a new backup, keep the newest ``keep``; return the backup.

    When nothing changed since the newest backup, no file is added and that one is returned.

    ``conn_or_db`` is a connection to ``db_path`` to copy from; with ``None`` a read-only
    connection of its own is opened (for a worker thread: a connection is not shared across
    threads). The copy is checked with ``quick_check`` before it counts: a damaged database
    gives no backup (``BackupError``) and so never rotates out the last good ones.
    """
    folder = _private_folder(backup_dir(db_path))
    _remove_stale_partials(folder)
    given = (None if conn_or_db is None else conn_or_db
             if isinstance(conn_or_db, sqlite3.Connection) else conn_or_db.conn)
    before = _source_state(db_path)
    previous = list_backups(db_path)
    if previous and before is not None and _recorded_source(folder, previous[0].path) == before:
        # Nothing was written since the newest backup was copied from this very file: a
        # second copy of a large file would cost seconds (at every close) to learn that.
        _rotate(db_path, max(1, keep))
        return previous[0].path
    created = clock.now()
    target = folder / f"backup-{created.strftime(_STAMP_FORMAT)}.sqlite3"
    with _partial_file(folder) as partial:
        if given is None:
            with _connection(db_path, read_only=True) as source:
                _copy_checked(source, partial, db_path)
        else:
            _copy_checked(given, partial, db_path)
        # Compared even when the file's state is known to differ: a checkpoint moves what the
        # -wal held into the file and changes its state, but not the data (a backup taken
        # before the app closed, the next after it, would be the same bytes twice).
        if previous and filecmp.cmp(partial, previous[0].path, shallow=False):
            # Nothing changed since: an idle hour must not rotate out an older backup.
            target = previous[0].path
        else:
            _fsync(partial)
            os.replace(partial, target)
            _fsync_folder(folder)
    _record_source(folder, target, before, _source_state(db_path))
    _rotate(db_path, max(1, keep))
    return target


_Identity = dict[str, int | str]


def _source_state(db_path: Path) -> dict[str, _Identity | None] | None:
    """The database file and its companions as ``stat`` sees them, or None if it is missing.

    Every write to a file sets its status-change time, which no user process can set back
    (``clean_close.py`` relies on the same), so an equal state means an equal database.
    ``-shm`` is left out: it is an index that reads change too, never the data.
    """
    main = file_identity(db_path)
    if main is None:
        return None
    return {"main": main, "wal": _companion(Path(f"{db_path}-wal")),
            "journal": _companion(Path(f"{db_path}-journal"))}


def _companion(path: Path) -> _Identity | None:
    # An empty -wal holds nothing: whether one lies there only says whether a connection is
    # open (a checkpoint that emptied it wrote to the main file, whose state then differs).
    # Its status-change time is left out: SQLite sets the -wal's owner and mode at every open,
    # which moves that time though not a byte changed; a write still moves its mtime.
    found = file_identity(path)
    if found is None or not found["st_size"]:
        return None
    del found["st_ctime_ns"]
    return found


def _record_source(folder: Path, backup: Path, before: dict[str, _Identity | None] | None,
                   after: dict[str, _Identity | None] | None) -> None:
    """Write down which file state ``backup`` holds, when that state is certain.

    Only when nothing changed while the copy was read, and the last write is older than a
    tick of the file clock (a write just after this would otherwise keep the same times).
    Without a record the next backup is copied and compared, as before.
    """
    record = folder / _SOURCE_RECORD
    with contextlib.suppress(OSError):
        record.unlink(missing_ok=True)
    if before is None or before != after:
        return
    newest_change = max(int(part.get("st_ctime_ns", part["st_mtime_ns"]))
                        for part in before.values() if part is not None)
    if time.time_ns() - newest_change < _QUIET_NS:  # file times follow the real clock
        return
    with contextlib.suppress(OSError):
        partial = folder / f"{_TEMP_PREFIX}{os.getpid()}-source.json"
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"backup": backup.name, "source": before}, fh)
        os.replace(partial, record)


def _recorded_source(folder: Path, backup: Path) -> object:
    """The file state ``backup`` was copied from, if it was recorded (else None)."""
    try:
        recorded = json.loads((folder / _SOURCE_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(recorded, dict) or recorded.get("backup") != backup.name:
        return None
    return recorded.get("source")


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Replace ``db_path`` by ``backup``; return where the current file was kept aside.

    The backup is checked first (a damaged or foreign file is refused and nothing changes).
    The current file is copied aside through SQLite, so what is still in its ``-wal`` comes
    along, and only then replaced, atomically: never a half-restored file. Refused while any
    other connection has the database open. ``None`` when there was no current file to keep.
    """
    backup = Path(backup)
    db_path = Path(db_path)
    if not backup.is_file():
        raise BackupError(f"no backup file at {backup}")
    if _same_file(backup, db_path):
        raise BackupError(f"{backup} is the database itself, not a backup of it")
    folder = db_path.parent
    with _partial_file(folder) as partial:
        shutil.copyfile(backup, partial)
        _check_restorable(partial, backup)
        _fsync(partial)
        aside = _set_aside(db_path)
        os.replace(partial, db_path)
    _fsync_folder(folder)
    return aside


# --- taking a backup -------------------------------------------------------------------------


def _copy_checked(source: sqlite3.Connection, partial: Path, db_path: Path) -> None:
    dest = sqlite3.connect(partial)
    try:
        try:
            source.backup(dest)
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"no backup of {db_path} was taken: {exc}") from exc
        # A backup is one self-contained file: no -wal beside it when it is opened later.
        dest.execute("PRAGMA journal_mode = DELETE")
        problem = _quick_check(dest)
        if problem:
            raise BackupError(f"no backup of {db_path} was taken: the database is damaged "
                              f"({problem}); the earlier backups were kept")
    finally:
        dest.close()


def _rotate(db_path: Path, keep: int) -> None:
    for old in list_backups(db_path)[keep:]:
        old.path.unlink(missing_ok=True)


def _remove_stale_partials(folder: Path) -> None:
    now = time.time()  # compared with file times, which the clock shift does not move
    for entry in folder.glob(f"{_TEMP_PREFIX}*"):
        with contextlib.suppress(FileNotFoundError):
            if now - entry.stat().st_mtime > _STALE_TEMP_SECONDS:
                entry.unlink()


# --- restoring -------------------------------------------------------------------------------


def _check_restorable(candidate: Path, shown_as: Path) -> None:
    try:
        with contextlib.closing(sqlite3.connect(candidate)) as conn:
            problem = _quick_check(conn)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            # Leave no -wal beside the file once it takes the database's place.
            conn.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{shown_as} cannot be restored: {exc}. Nothing was changed.") from exc
    if problem:
        raise BackupError(f"{shown_as} cannot be restored: it is damaged ({problem}). "
                          "Nothing was changed.")
    if not 1 <= version <= SCHEMA_VERSION or "sessions" not in tables:
        raise BackupError(f"{shown_as} cannot be restored: it is not an Interview Desk database "
                          "this version can open. Nothing was changed.")


def _set_aside(db_path: Path) -> Path | None:
    """Keep the current database beside itself, then leave no ``-wal``/``-shm`` behind.

    Through SQLite: a backup folds the ``-wal`` in, and switching the journal mode to DELETE
    checkpoints and removes the ``-wal``/``-shm`` — which SQLite only does when no other
    connection (in this process or another) has the file open, so it doubles as the check.
    A file SQLite cannot read at all is moved aside as it is, with its ``-wal``/``-shm``.
    """
    aside = _aside_name(db_path)
    companions = [Path(f"{db_path}{suffix}") for suffix in ("-wal", "-shm")]
    if not db_path.exists():
        if not any(c.exists() for c in companions):
            return None
        _move_with_companions(db_path, aside)
        # An empty main file beside the moved -wal: SQLite can open the pair as it was.
        os.close(os.open(aside, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        return aside
    with _connection(db_path, read_only=False) as live:
        try:
            _copy_aside(live, aside)
            live.execute("PRAGMA journal_mode = DELETE")
            unreadable = False
        except sqlite3.DatabaseError as exc:
            aside.unlink(missing_ok=True)
            if _in_use(exc):
                raise _in_use_error(db_path) from exc
            # A damaged file SQLite cannot copy (or check-point) is kept exactly as it is,
            # once this connection has let go of it.
            unreadable = True
    if unreadable:
        _move_with_companions(db_path, aside)
    return aside


def _aside_name(db_path: Path) -> Path:
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}.sqlite3")
    number = 1
    while aside.exists():  # two restores within one second keep both files
        number += 1
        aside = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}-{number}.sqlite3")
    return aside


def _copy_aside(live: sqlite3.Connection, aside: Path) -> None:
    with _partial_file(aside.parent) as partial:
        dest = sqlite3.connect(partial)
        try:
            live.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        _fsync(partial)
        os.replace(partial, aside)


def _in_use(exc: sqlite3.DatabaseError) -> bool:
    return getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _in_use_error(db_path: Path) -> BackupError:
    return BackupError(f"{db_path} is open in another window or program; close it first. "
                       "Nothing was changed.")


def _move_with_companions(db_path: Path, aside: Path) -> None:
    # Renames only: no descriptor is opened (or closed) on the database's files.
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{aside}{suffix}"))


# --- shared ----------------------------------------------------------------------------------


@contextlib.contextmanager
def _connection(db_path: Path, *, read_only: bool) -> Iterator[sqlite3.Connection]:
    """A connection that never creates the file (``mode=ro`` or ``rw`` URI)."""
    mode = "ro" if read_only else "rw"
    uri = f"{Path(db_path).resolve().as_uri()}?mode={mode}"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=_IN_USE_TIMEOUT)
    except sqlite3.OperationalError as exc:
        raise BackupError(f"cannot open {db_path}: {exc}. Nothing was changed.") from exc
    try:
        yield conn
    finally:
        conn.close()


@contextlib.contextmanager
def _partial_file(folder: Path) -> Iterator[Path]:
    """A new owner-only file in ``folder``, removed unless it was renamed into place."""
    fd = -1
    for attempt in range(100):
        candidate = folder / f"{_TEMP_PREFIX}{os.getpid()}-{attempt}.sqlite3"
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        break
    else:
        raise BackupError(f"cannot create a temporary file in {folder}")
    os.close(fd)
    try:
        yield candidate
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{candidate}{suffix}").unlink(missing_ok=True)


def _quick_check(conn: sqlite3.Connection) -> str:
    """'' when SQLite finds nothing wrong, else its first complaint (bounded to one row)."""
    row = conn.execute("PRAGMA quick_check(1)").fetchone()
    result = str(row[0]) if row else "no answer"
    if result == "ok":
        return ""
    # One line for people: SQLite's answer spans lines and names the schema ("main").
    return " ".join(result.replace("*** in database main ***", "").split())


def _private_folder(folder: Path) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask
    return folder


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.samefile(b))
    except OSError:
        return False


def _fsync(path: Path) -> None:
    # Read-write: Windows flushes only a handle that may write. Only ever our own files.
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is; not every OS allows this.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
