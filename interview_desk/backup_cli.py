"""``interview-desk backups`` and ``interview-desk restore``: the rolling backups in a terminal.

Kept beside ``cli.py`` (which registers it) so the backup feature stays in files of its own.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from interview_desk.cli import CliError, _add_db, db_path
from interview_desk.storage.backup import BackupInfo, backup_dir, list_backups, restore_backup


def add_backups(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "backups", help="list the database's backups, newest first",
        description="List the backups the app takes of the database when it closes and every "
                    "hour while it runs (the newest are kept; see README).")
    _add_db(p)
    p.set_defaults(func=cmd_backups)


def add_restore(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "restore", help="replace the database with a backup (the current file is kept aside)",
        description="Replace the database with one of its backups, the newest unless BACKUP "
                    "is given. The current file is first kept beside it as "
                    "NAME.before-restore-TIME.sqlite3. Refused while the app has the database "
                    "open.")
    p.add_argument("backup", nargs="?", metavar="BACKUP",
                   help="a backup file, or its name as `backups` lists it (default: the newest)")
    _add_db(p)
    p.set_defaults(func=cmd_restore, writes=True)


def _when(info: BackupInfo) -> str:
    return info.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def cmd_backups(args: argparse.Namespace) -> int:
    path = db_path(args)
    backups = list_backups(path)
    if not backups:
        print(f"No backups of {path} yet: the app takes one when it closes and every hour "
              "while it runs.")
        return 0
    for info in backups:
        print(f"{_when(info)}  {_size(info.size):>9}  {info.path}")
    return 0


def _chosen(given: str | None, path: Path) -> BackupInfo | Path:
    backups = list_backups(path)
    if given is None:
        if not backups:
            raise CliError(f"no backups of {path} to restore; nothing was changed")
        return backups[0]
    for info in backups:
        if given in (info.path.name, str(info.path)):
            return info
    candidate = Path(given).expanduser()
    if candidate.is_file():
        return candidate
    raise CliError(f"no backup {given!r}: give a file listed by `backups` "
                   f"(the backups of {path} are in {backup_dir(path)}); nothing was changed")


def cmd_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    chosen = _chosen(args.backup, path)
    backup = chosen.path if isinstance(chosen, BackupInfo) else chosen
    aside = restore_backup(backup, path)
    taken = f" taken {_when(chosen)}" if isinstance(chosen, BackupInfo) else f" {backup}"
    print(f"Restored {path} from the backup{taken}.")
    if aside is not None:
        print(f"The previous file is kept as {aside}.")
    return 0
