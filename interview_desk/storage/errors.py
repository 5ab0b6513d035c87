"""Typed storage errors; the UI and CLI turn these into one clear sentence."""

from __future__ import annotations

import sqlite3


class StorageError(Exception):
    """Base of every error the storage layer raises on purpose."""


class DatabaseFileError(StorageError):
    """The database file as a whole cannot be used as it is.

    ``readable``: SQLite can still read some of it, so salvaging its rows into a new file is
    worth offering. ``viewable``: the app can show it read-only.
    """

    readable = False
    viewable = False

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path


class NewerDatabaseError(DatabaseFileError):
    readable = True
    viewable = True

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(path,
            f"{path} was written by a newer version of Interview Desk "
            f"(schema {found}; this version understands up to {supported}). "
            "It was not changed. Update Interview Desk to open it."
        )
        self.found = found
        self.supported = supported


class OutdatedDatabaseError(DatabaseFileError):
    """Read-only, a file from an older version cannot be upgraded (and is not half-read)."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(path,
            f"{path} was written by an older version of Interview Desk (schema {found}, "
            f"now {supported}) and cannot be upgraded while it is open read-only.")


class NotADatabaseError(DatabaseFileError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path,
            f"{path} is not an Interview Desk database ({reason}). It was not changed.")


class DamagedDatabaseError(DatabaseFileError):
    """SQLite can open the file but parts of it are broken or missing.

    Viewable through a copy of what can still be read (``services.recovery``), never as it is.
    """

    readable = True
    viewable = True

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, f"{path} is damaged ({reason}). It was not changed.")


class UnreadableDatabaseError(DatabaseFileError):
    """The file is there but the system will not let us read or write it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, f"{path} cannot be opened ({reason}). It was not changed.")


class OrphanedWalError(DatabaseFileError):
    """An empty or missing file beside a ``-wal``: the WAL may hold the only copy of notes."""

    def __init__(self, path: str, wal: str) -> None:
        super().__init__(path,
            f"{path} is empty or missing, but {wal} beside it may hold unsaved work. "
            "Nothing was replaced; keep both files and restore a backup or ask for help.")
        self.wal = wal


class ReadOnlyDatabaseError(DatabaseFileError):
    def __init__(self, path: str) -> None:
        super().__init__(path, f"{path} is open read-only: nothing can be saved to it.")


_CANNOT_OPEN = {sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH,
                sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL, sqlite3.SQLITE_BUSY,
                sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_NOLFS}


def file_error(exc: sqlite3.Error, path: str) -> DatabaseFileError | None:
    """The file problem an SQLite error reports, or None when it points at our code instead."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code == sqlite3.SQLITE_NOTADB:
        return NotADatabaseError(path, "not an SQLite file")
    if code == sqlite3.SQLITE_CORRUPT:
        return DamagedDatabaseError(path, f"SQLite reports: {exc}")
    if code == sqlite3.SQLITE_READONLY:
        return ReadOnlyDatabaseError(path)
    if code in _CANNOT_OPEN:
        return UnreadableDatabaseError(path, str(exc))
    return None


def storage_error(exc: sqlite3.Error, path: str) -> DatabaseFileError:
    """An SQLite error met while opening and checking a file, as a typed error."""
    return file_error(exc, path) or DamagedDatabaseError(path, f"SQLite reports: {exc}")


class NotFoundError(StorageError):
    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"No {what} with id {ident!r}.")
        self.what = what
        self.ident = ident


class ValidationError(StorageError):
    """A write that would break a rule of the domain (e.g. a competency without anchors)."""
