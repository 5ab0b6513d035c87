"""The file that holds this laptop's private signing key: created once, owner-only.

The key itself is the exchange layer's business (``exchange.signing``); this module only
keeps its bytes safe on disk. Two processes starting at once must end up with one key, so the
new file is written beside the target and linked into place, which fails if another process
got there first; the loser then reads the winner's key.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from interview_desk.storage.errors import StorageError

OWNER_ONLY = 0o600


def read_or_create(path: Path, make: Callable[[], bytes]) -> bytes:
    """The bytes stored at ``path``; if there is no file yet, ``make()`` them and store them.

    The file is readable and writable by its owner only; a file that others may read (copied
    with a careless tool) is tightened back to owner-only before it is used.
    """
    try:
        return _read_private(path)
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp makes the file owner-only (0600) from its first byte.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(make())
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(FileExistsError):  # another process made one first
            os.link(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return _read_private(path)


def _read_private(path: Path) -> bytes:
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise StorageError(f"{path} is not a regular file; the signing key cannot be read.")
        if mode & 0o077:
            os.chmod(path, OWNER_ONLY)
        return path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise StorageError(f"The signing key {path} cannot be read: "
                           f"{exc.strerror or exc}.") from None
