"""``interview-desk purge``: delete candidates past the retention period, never by surprise.

Kept beside ``cli.py`` (which registers it) so the retention feature stays in files of its own.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from interview_desk.cli import CliError, _add_db, open_existing
from interview_desk.domain import clock
from interview_desk.domain.retention import DEFAULT_RETENTION_DAYS

if TYPE_CHECKING:  # every command builds this parser: the service loads only for a purge
    from interview_desk.services.retention import CandidateActivity, RetentionService


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the number of days cannot be negative")
    return value


def add_purge(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "purge", help="delete candidates (and everything about them) past the retention period",
        description="Delete candidates whose last activity is older than the retention period, "
                    "with their sessions, notes, scorecards and decisions, and scrub the "
                    "database file. A candidate with a live or upcoming session is never "
                    "purged. Asks before deleting; in a script, pass --yes.")
    p.add_argument("--older-than", metavar="DAYS", type=_days, default=None,
                   help=f"retention period in days (default {DEFAULT_RETENTION_DAYS}; with "
                        "--candidate, no age limit unless given)")
    p.add_argument("--candidate", metavar="CANDIDATE_ID", action="append", default=[],
                   help="purge this candidate (repeatable), e.g. on their request")
    p.add_argument("--dry-run", action="store_true", help="only list what would be purged")
    p.add_argument("--yes", action="store_true", help="do not ask (needed without a terminal)")
    _add_db(p)
    # a dry run only reads: it keeps working while the app has the database
    p.set_defaults(func=cmd_purge, writes=lambda args: not args.dry_run)


def _line(a: CandidateActivity, now: datetime) -> str:
    role = f" ({a.role})" if a.role else ""
    return (f"  {a.id}  last activity {a.last_activity.date().isoformat()} "
            f"({a.idle_days(now)} days ago)  {a.name}{role}")


def _chosen(args: argparse.Namespace, retention: RetentionService, now: datetime
            ) -> list[CandidateActivity]:
    if not args.candidate:
        return retention.purgeable(
            DEFAULT_RETENTION_DAYS if args.older_than is None else args.older_than, now=now)
    chosen = retention.chosen(args.candidate, now=now)
    for a in chosen:
        if a.blocker:
            raise CliError(f"{a.name} ({a.id}) cannot be purged: {a.blocker}")
        if args.older_than is not None and a.idle_days(now) <= args.older_than:
            raise CliError(f"{a.name} ({a.id}) was active {a.idle_days(now)} days ago, "
                           f"not more than {args.older_than}")
    return chosen


def cmd_purge(args: argparse.Namespace) -> int:
    now = clock.now()
    desk = open_existing(args)
    try:
        chosen = _chosen(args, desk.retention, now)
        if not chosen:
            days = DEFAULT_RETENTION_DAYS if args.older_than is None else args.older_than
            print(f"Nothing to purge: no candidate has been inactive for more than {days} days.")
            return 0
        verb = "Would purge" if args.dry_run else "Will purge"
        print(f"{verb} {len(chosen)} candidate(s) with all their interview records:")
        for a in chosen:
            print(_line(a, now))
        if args.dry_run:
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("refusing to purge without --yes (standard input is not a "
                               "terminal); nothing was deleted")
            try:
                answer = input(f"Purge {len(chosen)} candidate(s)? This cannot be undone. "
                               "Type 'yes' to go on: ")
            except EOFError:
                answer = ""
            if answer.strip().lower() != "yes":
                print("Nothing was deleted.")
                return 1
        result = desk.retention.purge([a.id for a in chosen], now=now)
    finally:
        desk.close()
    print(f"Purged {len(result.names)} candidate(s) ({result.rows_deleted} records); the "
          f"database file went from {result.file_bytes_before // 1024} KiB to "
          f"{result.file_bytes_after // 1024} KiB.")
    if not result.backups_replaced:
        print("Note: the app's backups could not be replaced and still hold the purged "
              "records; see `interview-desk backups`.", file=sys.stderr)
    if not result.wal_truncated:
        print("Note: another program has the database open; deleted text may stay in its "
              "write-ahead log until that program closes it.", file=sys.stderr)
    return 0


def add_export_candidate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export-candidate", help="write everything held about one candidate as one JSON file",
        description="Write everything held about one candidate (dossier, sessions, every "
                    "panelist's notes, flags, ratings and evidence, decisions) as one JSON "
                    "file, for an access request: exactly the records a purge of them would "
                    "delete. The format is described by the JSON Schema "
                    "resources/schemas/candidate-data.schema.json.")
    p.add_argument("candidate_id", metavar="CANDIDATE_ID")
    p.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    _add_db(p)
    p.set_defaults(func=cmd_export_candidate)


def cmd_export_candidate(args: argparse.Namespace) -> int:
    with open_existing(args, read_only=True) as desk:
        path = desk.retention.export_candidate(args.candidate_id, args.output)
    print(f"Everything held about candidate {args.candidate_id} written to {path}")
    return 0
