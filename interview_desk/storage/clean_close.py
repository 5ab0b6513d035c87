"""A record of each database file as this app last closed it cleanly, to skip re-checking it.

The open-time checks (``quick_check`` and the schema check, see ``database.py``) exist because
of files damaged by something else: a copy cut short, a sync tool, a disk. They cost most of
the start-up on a large file, and they learn nothing about a file that nothing but this app
has written since it was last checked. So the last close of a file that was checked (or
itself unchanged since such a close) writes down the file's identity — device, inode, size,
modification and status-change times in nanoseconds — once its WAL has been folded in and
emptied. The next open skips the checks only when all of that is still the same and no
``-wal`` or ``-journal`` with content lies beside it.

Why that proves "unchanged": every write to a file, and every ``utime``, ``chmod`` or rename
over it, sets its status-change time (``ctime``) to the kernel's clock, and no user process
can set ``ctime`` back. A restored backup or a copy is another inode. A crash leaves a
changed file or a ``-wal`` with content, and never writes a record. Anything else — a
mismatch, no record, an unreadable record — simply means the file is checked as before.

Only ``stat`` is used on the database and its companions (it opens nothing, so no POSIX lock
is disturbed); the records are small files of our own in the data folder, written atomically.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from interview_desk.paths import data_dir
from interview_desk.storage.path_keys import sha256_hex

_FIELDS = ("st_dev", "st_ino", "st_size", "st_mtime_ns", "st_ctime_ns")
_VERSION = 1


def _record_path(path: Path) -> Path:
    resolved = path.expanduser().resolve()
    digest = sha256_hex(os.fsencode(resolved))[:24]
    return data_dir() / "clean-close" / f"{digest}.json"


def _companions_empty(path: Path) -> bool:
    """No ``-wal`` or ``-journal`` with content: the file alone holds the database."""
    for suffix in ("-wal", "-journal"):
        try:
            if Path(f"{path}{suffix}").stat().st_size > 0:
                return False
        except FileNotFoundError:
            continue
    return True


def file_identity(path: Path) -> dict[str, int | str] | None:
    """What ``stat`` says of ``path`` that any write to it changes; None when it is not there."""
    try:
        st = path.stat()
    except OSError:
        return None
    found: dict[str, int | str] = {name: int(getattr(st, name)) for name in _FIELDS}
    found["path"] = str(path.expanduser().resolve())
    found["version"] = _VERSION
    return found


def unchanged_since_clean_close(path: Path) -> bool:
    """Whether ``path`` is, byte for byte, the file this app last closed cleanly after a check."""
    if not _companions_empty(path):
        return False
    now = file_identity(path)
    if now is None:
        return False
    try:
        recorded = json.loads(_record_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(recorded == now)


def record_clean_close(path: Path) -> None:
    """Write down ``path``'s identity, just after its last connection closed cleanly.

    Nothing is recorded while a ``-wal`` or ``-journal`` still holds content (another process
    reading kept the WAL from being emptied): the next open then checks the file. A record
    that cannot be written costs only that check.
    """
    if not _companions_empty(path):
        forget(path)
        return
    identity = file_identity(path)
    if identity is None:
        return
    target = _record_path(path)
    with contextlib.suppress(OSError):
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}")
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(identity, fh)
        os.replace(partial, target)


def forget(path: Path) -> None:
    """Drop the record: the next open checks the file."""
    with contextlib.suppress(OSError):
        _record_path(path).unlink(missing_ok=True)
