"""One writing process per database: an advisory lock on ``<database>.lock`` beside it.

The first app (or writing CLI command) on a database takes the lock and writes its PID and
what it is into the lock file; any other writer is refused with a message naming it. The
lock is the kernel's (``flock`` / ``msvcrt.locking``) on a file of our own, so it goes with
the process however it ends — a SIGKILLed app leaves no stale lock — and the database file
itself, its ``-wal`` and ``-shm`` are never opened by Python: closing such a descriptor would
drop SQLite's own POSIX locks (sqlite.org/howtocorrupt.html §2.2).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from interview_desk.storage.errors import StorageError
from interview_desk.storage.path_keys import sha256_hex

#: Windows locks a byte range; one far past the PID text keeps the text readable to others.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """Who holds a database: a process id and what it is ("the app", "`import`")."""

    pid: int | None
    what: str

    def describe(self) -> str:
        if self.pid is None:
            return f"{self.what} (process id unknown)"
        return f"{self.what} (process {self.pid})"


class DatabaseInUseError(StorageError):
    def __init__(self, path: Path, holder: Holder) -> None:
        super().__init__(
            f"{path} is in use by Interview Desk: {holder.describe()}. "
            "Nothing was written; close it there (or let it finish) and try again.")
        self.path = path
        self.holder = holder


def lock_path(database: Path) -> Path:
    """The lock file beside the database (its resolved path, so every spelling agrees)."""
    resolved = database.resolve()
    return resolved.with_name(resolved.name + ".lock")


def instance_key(database: Path) -> str:
    """A name for the database's resolved path and this user: the app's local socket name."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = sha256_hex(f"{user}\0{database.resolve()}".encode())
    return f"interview-desk-{digest[:24]}"


class InstanceLock:
    """The held lock; ``release`` (or leaving the ``with`` block) gives it up."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":
            os.close(fd)  # the lock goes with the handle; an open file cannot be unlinked
            return
        # Unlinked while still held: a process that opened the old file finds, after
        # locking it, that the path no longer names it, and tries again (see _try_lock).
        self.path.unlink(missing_ok=True)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(database: Path, what: str) -> InstanceLock:
    """Take the database's lock for this process, or raise ``DatabaseInUseError``.

    ``what`` says who holds it, for the message another process shows ("the app",
    "`import`"). The database's folder must exist.
    """
    path = lock_path(database)
    for _attempt in range(10):  # only a racing release makes a second attempt needed
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise DatabaseInUseError(database, holder)
        if _still_named_by(fd, path):
            _write_holder(fd, what)
            return InstanceLock(path, fd)
        os.close(fd)
    raise DatabaseInUseError(database, Holder(None, "another Interview Desk"))


def holder(database: Path) -> Holder | None:
    """Who holds the database's lock now, or None if nobody does (nothing is left locked)."""
    path = lock_path(database)
    try:
        fd = os.open(path, os.O_RDONLY if sys.platform != "win32" else os.O_RDWR)
    except FileNotFoundError:
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return _read_holder(fd)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _still_named_by(fd: int, path: Path) -> bool:
    if sys.platform == "win32":
        return True  # an open file cannot be unlinked there
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _write_holder(fd: int, what: str) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{os.getpid()}\n{what}\n".encode())


def _read_holder(fd: int) -> Holder:
    os.lseek(fd, 0, os.SEEK_SET)
    try:
        text = os.read(fd, 4096).decode("utf-8", "replace")
    except OSError:
        text = ""
    first, _, rest = text.partition("\n")
    what = rest.strip() or "another Interview Desk"
    return Holder(int(first) if first.strip().isdigit() else None, what)
