"""What the recovery screen can do with a database that would not open (no Qt here)."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from interview_desk.domain import clock
from interview_desk.services.desk import Desk
from interview_desk.storage.backup import BackupInfo, list_backups, restore_backup
from interview_desk.storage.errors import DatabaseFileError
from interview_desk.storage.salvage import SalvageReport, salvage


@dataclass(frozen=True)
class Salvaged:
    report: SalvageReport
    aside: Path  # where the damaged file was kept


def backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first."""
    return list_backups(db_path)


def restore(backup: BackupInfo, db_path: Path) -> Desk:
    """Put ``backup`` in place of the file (which is kept aside) and open it."""
    restore_backup(backup.path, db_path)
    return Desk.open(db_path, create=False)


def open_read_only(db_path: Path) -> Desk:
    """Open a whole file (one from a newer version, say) as it is, for looking only."""
    return Desk.open(db_path, create=False, read_only=True, check=False)


def readable_copy(db_path: Path) -> Path:
    """Copy what can still be read of a damaged file into a private temporary folder.

    A damaged file is never shown as it is: pages SQLite cannot read would fail the window
    half-way through showing them. The damaged file is only read. Returns the copy; slow
    on a big file, and touches no connection but its own, so it may run on any thread.
    """
    folder = Path(tempfile.mkdtemp(prefix="interview-desk-view-"))  # 0700: owner only
    copy = folder / db_path.name
    try:
        report = salvage(db_path, copy)
        if report.rows == 0:
            raise DatabaseFileError(str(db_path),
                                    f"Nothing could be read from {db_path}. It was not changed.")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return copy


def open_copy_read_only(db_path: Path, copy: Path) -> Desk:
    """The read-only desk over ``readable_copy(db_path)``; its folder goes when it closes."""
    try:
        desk = Desk.open(copy, create=False, read_only=True)
    except BaseException:
        shutil.rmtree(copy.parent, ignore_errors=True)
        raise
    desk.view_of = db_path
    desk.scratch = copy.parent
    return desk


def salvage_in_place(db_path: Path) -> Salvaged:
    """Copy every readable row into a new file that then takes the damaged one's place.

    The damaged file is kept aside, never deleted. Nothing changes when no row could be read.
    """
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    target = db_path.with_name(f"{db_path.stem}.salvaged-{stamp}.sqlite3")
    try:
        report = salvage(db_path, target)
        if report.rows == 0:
            raise DatabaseFileError(str(db_path),
                                    f"Nothing could be read from {db_path}. It was not changed.")
        aside = db_path.with_name(f"{db_path.stem}.damaged-{stamp}.sqlite3")
        # Renamed, never copied: the damaged bytes are kept exactly as they were (a copy
        # through SQLite would rewrite them), with their -wal and -shm.
        for suffix in ("-wal", "-shm", ""):
            if Path(f"{db_path}{suffix}").exists():
                os.rename(f"{db_path}{suffix}", f"{aside}{suffix}")
        os.replace(target, db_path)
    finally:
        target.unlink(missing_ok=True)
    return Salvaged(report, aside)


def open_other(path: Path) -> Desk:
    """Open (or create) another database file."""
    return Desk.open(path)
