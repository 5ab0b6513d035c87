"""The one place this process opens SQLite connections to a database file.

Every connection — the window's, the autosave writer's, each worker's, the CLI's — comes from
:data:`FACTORY` (through :func:`interview_desk.storage.database.open_database`, the entry point
the rest of the code calls). Two rules keep the file safe:

* Nothing here (or anywhere) opens the database file, its ``-wal`` or its ``-shm`` with Python
  while a connection may exist: closing *any* descriptor of a file drops every POSIX lock the
  process holds on it (sqlite.org/howtocorrupt.html §2.2), and another process then takes
  itself for the last user, checkpoints and unlinks the WAL under our feet. Only ``stat``
  (which opens nothing) is used on them; a new file is created with ``O_EXCL``, so the
  descriptor closed is that of a brand-new file no connection can hold.
* The factory counts the connections it handed out per file, so the first open in the process
  can check the file and fold in a WAL left by a crash, and the last close can checkpoint and
  truncate the WAL. A file first opened read-only stays read-only in this process until its
  last connection closes: a worker can never write to a file the user chose to open read-only.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from pathlib import Path

from interview_desk.storage.clean_close import record_clean_close

#: How long a connection waits for another one's write lock before giving up.
BUSY_TIMEOUT_MS = 10_000
#: At the last close, the WAL is truncated only if nobody else is reading; never wait long.
_CLOSE_CHECKPOINT_WAIT_MS = 200
#: The page cache of every connection (SQLite's default is 2 MiB): memory the process keeps
#: while the connection is open (issue 13). The writer and each background reader read and
#: write a few rows at a time; the window's connection reads its lists once per refresh, and
#: on five years of data 2 MiB made the Sessions list ~2.5 ms faster (25 ms of 6,000 rows,
#: 10 ms of the first 400) for 1.5 MiB more of the peak after visiting every page.
CACHE_KIB = 512


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def shm_path(path: Path) -> Path:
    return Path(f"{path}-shm")


def file_key(path: Path) -> Path:
    """The name the factory counts a file under (``resolve`` only reads links, opens nothing)."""
    return path.expanduser().resolve()


#: A row that INSERT OR REPLACE pushes out fires its DELETE triggers (the search index's among
#: them) only with this on. sqlite-utils turns it on for each connection it wraps, and the
#: schema's triggers were written for that; the app's connections get it here instead.
RECURSIVE_TRIGGERS = "PRAGMA recursive_triggers = ON"


class _Counted(sqlite3.Connection):
    """A connection that tells the factory when it closes."""

    factory: ConnectionFactory
    key: Path
    read_only: bool
    released: bool

    def close(self) -> None:
        clean = self.factory.release(self)
        super().close()
        if clean:  # after SQLite let go of the file: it may still delete an empty -wal
            record_clean_close(self.key)


class ConnectionFactory:
    """Hands out connections to database files and counts them per file."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: dict[Path, int] = {}
        self._read_only: set[Path] = set()
        # Files whose first open here passed the open-time checks (or needed none).
        self._checked: set[Path] = set()

    def holds(self, path: Path) -> bool:
        """Whether a connection to ``path`` made here is still open in this process."""
        with self._lock:
            return self._open.get(file_key(path), 0) > 0

    def is_read_only(self, path: Path) -> bool:
        with self._lock:
            return file_key(path) in self._read_only

    def mark_checked(self, path: Path) -> None:
        """The file's first open in this process found it sound (see ``clean_close``)."""
        with self._lock:
            if file_key(path) in self._open:
                self._checked.add(file_key(path))

    def connect(self, path: Path, *, read_only: bool = False,
                settings: bool = True) -> sqlite3.Connection:
        """A new connection to the existing file ``path``; never creates it.

        ``read_only`` (or a file already opened read-only here) opens it with ``mode=ro``:
        SQLite itself refuses every write. ``settings=False`` leaves out the PRAGMAs that
        read the schema, to read what is left of a damaged file.
        """
        key = file_key(path)
        with self._lock:
            read_only = read_only or key in self._read_only
            mode = "ro" if read_only else "rw"
            conn = sqlite3.connect(f"{key.as_uri()}?mode={mode}", uri=True,
                                   timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                                   factory=_Counted)
            assert isinstance(conn, _Counted)
            conn.factory, conn.key, conn.read_only, conn.released = self, key, read_only, False
            self._open[key] = self._open.get(key, 0) + 1
            if read_only:
                self._read_only.add(key)
        # Each answer is read to the end, so no statement stays open on the connection.
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}").fetchall()
        if not settings:
            return conn
        conn.execute("PRAGMA foreign_keys = ON").fetchall()
        conn.execute(RECURSIVE_TRIGGERS).fetchall()
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}").fetchall()  # reads the schema
        # FULL: a committed save is on the disk before the commit returns, so it survives a
        # power cut, not only a crash of the app. macOS's fsync does not reach the platter
        # unless asked with F_FULLFSYNC.
        conn.execute("PRAGMA synchronous = FULL").fetchall()
        if sys.platform == "darwin":
            conn.execute("PRAGMA fullfsync = 1").fetchall()
        return conn

    def release(self, conn: _Counted) -> bool:
        """Book a closing connection; the last writable one folds the WAL into the file.

        True when that left a checked file whole and alone: its identity is then recorded
        once the connection has closed, so the next open need not check it again.
        """
        with self._lock:
            if conn.released:
                return False  # closed twice: sqlite3 allows it
            conn.released = True
            count = self._open.get(conn.key, 0)
            last = count <= 1
            checked = conn.key in self._checked
            if last:
                self._open.pop(conn.key, None)
                self._read_only.discard(conn.key)
                self._checked.discard(conn.key)
            else:
                self._open[conn.key] = count - 1
        if last and not conn.read_only:
            return _truncate_wal(conn) and checked
        return False


def _truncate_wal(conn: sqlite3.Connection) -> bool:
    """Copy the WAL into the file and empty it, so the ``.sqlite3`` file alone holds everything.

    Another process still reading keeps the WAL from being truncated; that is harmless (its
    frames are still copied) and not worth waiting for at close. True when it was emptied.
    """
    try:
        if conn.in_transaction:
            conn.rollback()
        conn.execute(f"PRAGMA busy_timeout = {_CLOSE_CHECKPOINT_WAIT_MS}").fetchall()
        busy, _frames, _copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error:
        return False
    return bool(busy == 0)


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty and owner-only; False when it appeared meanwhile.

    ``O_EXCL`` makes the descriptor closed here that of a new file, which no connection in this
    process can hold a lock on.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    os.close(fd)
    return True


#: The factory of this process.
FACTORY = ConnectionFactory()
