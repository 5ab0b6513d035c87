"""Command line: subcommands for scripts, and the switches that open the GUI.

Every failure a user can cause ends in one line on stderr and a non-zero exit, never a
traceback; anything else is a bug: one line pointing to the log file, which holds the traceback
(exit 70). A command that writes to the database first takes its one-writer lock, so it is
refused while the app (or another writer) has the database. No Qt here: ``__main__`` opens the
GUI when no subcommand is given.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview_desk import __version__, logs
from interview_desk.i18n import LANGUAGES as REPORT_LANGUAGES
from interview_desk.i18n import SOURCE_LANGUAGE
from interview_desk.paths import DB_ENV, default_db_path
from interview_desk.storage.connections import wal_path
from interview_desk.storage.database import open_reading
from interview_desk.storage.errors import OutdatedDatabaseError, StorageError, file_error
from interview_desk.storage.session_list import session_overview

if TYPE_CHECKING:
    from interview_desk.services.desk import Desk

# The services, the file formats and signing load only in the commands that use them: a
# listing such as `sessions` must not pay for every import of the app (issue 13).

PROG = "interview-desk"
#: EX_SOFTWARE from sysexits.h: an internal error, not something the user did.
EXIT_BUG = 70
#: The exit status of a command whose reader stopped reading (128 + SIGPIPE, as the shell shows it).
EXIT_BROKEN_PIPE = 141


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code 1."""


def _add_db(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: without --db after the subcommand, a --db given before it still counts
    # (`interview-desk --db F sessions` must never fall back to the default database).
    p.add_argument("--db", metavar="PATH", type=Path, default=argparse.SUPPRESS,
                   help=f"database file (default: ${DB_ENV} or the per-user data folder)")


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def open_existing(args: argparse.Namespace, *, read_only: bool = False) -> Desk:
    """Open the database a subcommand works on; the default one is created if missing.

    ``read_only``: for commands that only read; SQLite refuses any write, so a running app's
    file is never disturbed. A file from an older version is upgraded by a normal open first.
    """
    from interview_desk.services.desk import Desk

    path = db_path(args)
    explicit = getattr(args, "db", None) is not None
    if explicit and not path.exists() and not wal_path(path).exists():
        raise CliError(f"no database at {path}")
    if read_only and (explicit or path.exists()):
        try:
            return Desk.open(path, create=False, read_only=True)
        except OutdatedDatabaseError:
            Desk.open(path, create=False).close()
            return Desk.open(path, create=False, read_only=True)
    return Desk.open(path)


@contextmanager
def _reading(args: argparse.Namespace) -> Iterator[sqlite3.Connection]:
    """A read-only connection for a command that only lists rows: the same checks and the
    same database as ``open_existing(args, read_only=True)``, without loading the services."""
    path = db_path(args)
    if getattr(args, "db", None) is None and not path.exists():
        open_existing(args).close()  # the default database is made on first use
    elif not path.exists() and not wal_path(path).exists():
        raise CliError(f"no database at {path}")
    try:
        conn = open_reading(path)
    except OutdatedDatabaseError:
        open_existing(args).close()  # a file from an older version is upgraded first
        conn = open_reading(path)
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def _writing(args: argparse.Namespace) -> Iterator[None]:
    """Hold the database's one-writer lock for a writing command (refused while it is taken).

    Raises ``DatabaseInUseError`` (a ``StorageError``: one line) naming the holding process.
    """
    path = db_path(args)
    if getattr(args, "db", None) is None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # first use: the data folder
    elif not path.parent.is_dir():
        raise CliError(f"no folder {path.parent} for the database {path.name}")
    from interview_desk.storage import instance_lock

    with instance_lock.acquire(path, f"the `{PROG} {args.command}` command"):
        yield


# --- subcommands -----------------------------------------------------------------------------


def _cmd_demo(args: argparse.Namespace) -> int:
    from interview_desk.services.demo import DemoExistsError, create_demo

    path = db_path(args)
    try:
        desk = create_demo(path)
    except DemoExistsError as exc:
        raise CliError(str(exc)) from None
    desk.close()
    print(f"Demo database created at {path}")
    return 0


def _add_demo(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="create a demo database (never overwrites one)")
    _add_db(p)
    p.set_defaults(func=_cmd_demo, writes=True)


def _cmd_sessions(args: argparse.Namespace) -> int:
    with _reading(args) as conn:
        # the ids beside the names: `report --role` and scripts need the role's id
        rows = [{"id": r.id, "candidate": r.candidate, "role": r.role,
                 "status": r.status.value, "scheduled_at": r.scheduled_at,
                 "location": r.location, "candidate_id": r.candidate_id,
                 "role_id": r.role_id, "kit_id": r.kit_id} for r in session_overview(conn)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print("No sessions.")
    else:
        for r in rows:
            print(f"{r['id']}  {r['scheduled_at'][:16].replace('T', ' '):16}  "
                  f"{r['status']:9}  {r['candidate']} — {r['role']}")
    return 0


def _add_sessions(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sessions", help="list the sessions")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    _add_db(p)
    p.set_defaults(func=_cmd_sessions)


def _cmd_search(args: argparse.Namespace) -> int:
    with open_existing(args, read_only=True) as desk:
        result = desk.search.find(" ".join(args.text), args.limit)  # unquoted words too
    if args.json:
        rows = []
        for hit in result.hits:
            spans, at = [], 0
            for part, highlighted in hit.raw.snippet.parts:
                if highlighted:
                    spans.append([at, at + len(part)])
                at += len(part)
            rows.append({
                "kind": hit.kind.value, "id": hit.raw.ref_id, "score": hit.raw.score,
                "candidate_id": hit.raw.candidate_id, "candidate": hit.candidate_name,
                "session_id": hit.raw.session_id, "session": hit.session_label,
                "panelist_id": hit.raw.author_id, "panelist": hit.author_name,
                "question_id": hit.raw.question_id, "competency_id": hit.raw.competency_id,
                "where": hit.where, "snippet": hit.raw.snippet.text, "highlights": spans,
                "spread": hit.raw.spread})
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not result.groups:
        print("Nothing found.")
    for cand in result.groups:
        print(f"{cand.name}  ({cand.candidate_id})")  # the id export-candidate takes
        for session in cand.sessions:
            indent = "  "
            if session.session_id:
                print(f"  {session.label}  ({session.session_id})")
                indent = "    "
            for hit in session.hits:
                about = " — ".join(x for x in (hit.author_name, hit.where) if x)
                print(f"{indent}{hit.kind.label}{': ' + about if about else ''}")
                print(f"{indent}  {hit.raw.snippet.marked('[', ']')}")
    return 0


def _add_search(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("search", help="find candidates, sessions, notes, evidence, flags and "
                       "candidate questions (the words typed, ranked; sealed ratings stay hidden)")
    p.add_argument("text", nargs="+", help="the words to look for (taken as words, never as a "
                   "query language)")
    p.add_argument("--limit", type=int, default=50, help="at most this many hits (default 50)")
    p.add_argument("--json", action="store_true", help="print a JSON list of hits")
    _add_db(p)
    p.set_defaults(func=_cmd_search)


def _cmd_export_json(args: argparse.Namespace) -> int:
    from interview_desk.exchange import session_json

    with open_existing(args, read_only=True) as desk:
        data = desk.debrief.view(args.session_id)
    if args.output:
        session_json.write(data, args.output)
        print(f"Session written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(session_json.dumps(data))
    return 0


def _add_export_json(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export-json", help="write one session (ratings, scores, agreement, "
                       "decision) as JSON")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("-o", "--output", metavar="FILE", type=Path,
                   help="write to FILE instead of standard output")
    _add_db(p)
    p.set_defaults(func=_cmd_export_json)


def _cmd_report(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if sum(bool(x) for x in (args.role, args.session_id, args.calibration)) > 1:
        raise CliError("give one of SESSION_ID (with or without --panelist), --role or "
                       "--calibration")
    if not args.role and not args.session_id and not args.calibration:
        raise CliError("give a SESSION_ID, --role ROLE_ID or --calibration")
    if not out.parent.is_dir():
        raise CliError(f"no folder {out.parent} to write {out.name} in")
    if out.is_dir():
        raise CliError(f"{out} is a folder; give a file name such as report.pdf")
    with open_existing(args, read_only=True) as desk:
        if args.calibration:
            result = desk.reports.export_calibration(out, language=args.language)
        elif args.role:
            result = desk.reports.export_role(args.role, out, language=args.language)
        elif args.report_panelist:
            result = desk.reports.export_scorecard(args.session_id, args.report_panelist, out,
                                                   language=args.language)
        else:
            result = desk.reports.export_session(args.session_id, out, language=args.language)
    if result.warning:
        print(f"{PROG}: warning: {result.warning}", file=sys.stderr)
    if result.interim:
        print(f"INTERIM report written to {result.path} (the panel is sealed or the interview "
              "is live: no ratings, scores or recommendations in it)")
    else:
        print(f"Report written to {result.path}")
    return 0


def _add_report(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="export a PDF report (session, panelist, role or "
                       "calibration)")
    p.add_argument("session_id", nargs="?", metavar="SESSION_ID",
                   help="the session to report on (see `sessions`)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                   help="the PDF file to write (replaced only once complete)")
    p.add_argument("--panelist", dest="report_panelist", metavar="PANELIST_ID",
                   help="with SESSION_ID: only this panelist's scorecard and notes")
    p.add_argument("--role", metavar="ROLE_ID",
                   help="instead of a session: compare every candidate for this role")
    p.add_argument("--calibration", action="store_true",
                   help="instead of a session: every interviewer against the rest of the panel "
                        "and the panel's agreement, across all sessions")
    p.add_argument("--language", choices=REPORT_LANGUAGES, default=SOURCE_LANGUAGE,
                   help="the language of the report's own wording (default: %(default)s)")
    _add_db(p)
    p.set_defaults(func=_cmd_report)


# --- panel files (hand out, hand back, merge) and CSV ----------------------------------------


def _cmd_export_panel(args: argparse.Namespace) -> int:
    with open_existing(args, read_only=True) as desk:
        path = desk.exchange.export_panel(args.session_id, args.output)
        code = desk.exchange.own_code()
    print(f"Panel file written to {path}, signed with your code {code}")
    return 0


def _add_export_panel(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export-panel", help="write a session's panel file to hand out")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    _add_db(p)
    p.set_defaults(func=_cmd_export_panel)


def _cmd_export_return(args: argparse.Namespace) -> int:
    with open_existing(args, read_only=True) as desk:
        path = desk.exchange.export_return(args.session_id, args.panelist, args.output)
        code = desk.exchange.own_code()
    print(f"Return file written to {path}, signed with your code {code}")
    return 0


def _add_export_return(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export-return",
                       help="write one panelist's notes and scorecard to hand back")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("--panelist", metavar="PANELIST_ID", required=True)
    p.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    _add_db(p)
    p.set_defaults(func=_cmd_export_return)


def _cmd_import(args: argparse.Namespace) -> int:
    from interview_desk.exchange.panel_file import read_file
    from interview_desk.services.desk import Desk

    # Every file is checked before the database is even opened (or created).
    docs = [read_file(f) for f in args.files]
    path = db_path(args)
    created = not path.exists()
    desk = Desk.open(path)
    try:
        report = desk.exchange.import_files(docs)
    except BaseException:
        desk.close()
        if created:  # a database made only for a refused import is not left behind
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    desk.close()
    if args.json:
        print(json.dumps([{"file": f.source, "kind": f.kind.value, "session_id": f.session_id,
                           "added": f.added, "updated": f.updated, "unchanged": f.unchanged,
                           "conflicts": f.conflicts, "signed_by": f.signed_by,
                           "code": f.signer_code, "confirmed": f.confirmed,
                           "first_use": f.first_use} for f in report.files],
                         ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
    # Exit 3: imported, but a conflict needs a person (scripts must not miss it).
    return 3 if report.conflicts else 0


def _add_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="import panel and return files (merged, repeatable)")
    p.add_argument("files", metavar="FILE", nargs="+", type=Path)
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    _add_db(p)
    p.set_defaults(func=_cmd_import, writes=True)


def _cmd_codes(args: argparse.Namespace) -> int:
    from interview_desk.exchange.signing import code_of

    with open_existing(args, read_only=True) as desk:
        own = desk.exchange.own_code()
        pins = desk.exchange.signer_pins()
    print(f"This laptop's return-file code: {own}")
    for pin in pins:
        if pin.forgotten:
            state = "forgotten: the next file from this sender pins its key"
        else:
            state = f"code {code_of(pin.public_key)}, " + (
                "confirmed" if pin.confirmed else "not confirmed")
        print(f"{pin.candidate} — {pin.who or pin.party} (session {pin.session_id}, sender "
              f"{pin.party}): {state}")
    return 0


def _add_codes(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("codes", help="this laptop's return-file code, and the codes of the "
                                     "senders whose files it imported")
    _add_db(p)
    p.set_defaults(func=_cmd_codes)


def _cmd_confirm_code(args: argparse.Namespace) -> int:
    from interview_desk.exchange.signing import code_of

    with open_existing(args) as desk:
        pin = desk.exchange.confirm_code(args.session_id, args.sender, args.code)
    print(f"Confirmed: {pin.who or pin.party}'s code {code_of(pin.public_key)} for this session")
    return 0


def _cmd_forget_code(args: argparse.Namespace) -> int:
    from interview_desk.exchange.signing import code_of

    with open_existing(args) as desk:
        pin = next((p for p in desk.exchange.signer_pins() if p.session_id == args.session_id
                    and p.party == args.sender and not p.forgotten), None)
        if pin is None:
            raise CliError(f"no key is pinned for {args.sender} in session {args.session_id}; "
                           "nothing was changed")
        who = pin.who or pin.party
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("refusing to forget a key without --yes (standard input is not "
                               "a terminal); nothing was changed")
            try:
                answer = input(f"Forget {who}'s code {code_of(pin.public_key)} for this "
                               "session? The next file from them will be trusted as a first "
                               "file. Type 'yes' to go on: ")
            except EOFError:
                answer = ""
            if answer.strip().lower() != "yes":
                print("Nothing was changed.")
                return 1
        desk.exchange.forget_code(args.session_id, args.sender)
    print(f"Forgot {who}'s code {code_of(pin.public_key)}: the next file from them for this "
          "session pins its key again (compare codes then).")
    return 0


def _add_forget_code(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("forget-code",
                       help="forget the key pinned for a sender (e.g. on a new laptop): their "
                            "next file is trusted as a first file")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("sender", metavar="SENDER", help="'lead', or the panelist's id")
    p.add_argument("--yes", action="store_true", help="do not ask (needed without a terminal)")
    _add_db(p)
    p.set_defaults(func=_cmd_forget_code, writes=True)


def _add_confirm_code(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("confirm-code",
                       help="mark a sender's code confirmed, once compared with them aloud")
    p.add_argument("session_id", metavar="SESSION_ID")
    p.add_argument("sender", metavar="SENDER", help="'lead', or the panelist's id")
    p.add_argument("code", metavar="CODE", help="the code the sender read out to you")
    _add_db(p)
    p.set_defaults(func=_cmd_confirm_code, writes=True)


def _cmd_export_csv(args: argparse.Namespace) -> int:
    if (args.session_id is None) == (args.role is None):
        raise CliError("give either SESSION_ID or --role ROLE_ID")
    with open_existing(args, read_only=True) as desk:
        count = desk.exchange.export_csv(args.output, session_id=args.session_id,
                                         role_id=args.role)
    print(f"{count} rows written to {args.output}")
    return 0


def _add_export_csv(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export-csv", help="scorecards and decisions as CSV (per session or role)")
    p.add_argument("session_id", metavar="SESSION_ID", nargs="?")
    p.add_argument("--role", metavar="ROLE_ID")
    p.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    _add_db(p)
    p.set_defaults(func=_cmd_export_csv)


def _cmd_kits(args: argparse.Namespace) -> int:
    with open_existing(args, read_only=True) as desk:
        rows = [{"id": k.id, "name": k.name, "version": k.version,
                 "questions": len(k.questions()), "minutes": k.total_minutes()}
                for k in desk.catalog.list_kits()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    for r in [] if args.json else rows:
        print(f"{r['id']}  v{r['version']}  {r['questions']:3} questions  {r['minutes']:3} min  "
              f"{r['name']}")
    return 0


def _add_kits(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("kits", help="list the newest version of every kit")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    _add_db(p)
    p.set_defaults(func=_cmd_kits)


def _cmd_roles(args: argparse.Namespace) -> int:
    with open_existing(args, read_only=True) as desk:
        rows: list[dict[str, Any]] = [
            {"id": r.id, "name": r.name, "version": r.version,
             "competencies": [c.name for c in r.competencies]}
            for r in desk.catalog.list_roles()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print("No roles.")
    for r in [] if args.json else rows:
        print(f"{r['id']}  v{r['version']}  {len(r['competencies']):2} competencies  "
              f"{r['name']}")
    return 0


def _add_roles(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("roles", help="list the newest version of every role (ids for "
                                     "`report --role`)")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    _add_db(p)
    p.set_defaults(func=_cmd_roles)


def _cmd_import_kit(args: argparse.Namespace) -> int:
    with open_existing(args) as desk:
        kit = desk.catalog.import_kit_file(args.file)
    print(f"Imported kit “{kit.name}” ({len(kit.questions())} questions) as {kit.id}")
    return 0


def _add_import_kit(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import-kit", help="import a kit file (.json) or a question list (.csv)")
    p.add_argument("file", metavar="FILE", type=Path)
    _add_db(p)
    p.set_defaults(func=_cmd_import_kit, writes=True)


def _cmd_export_kit(args: argparse.Namespace) -> int:
    with open_existing(args, read_only=True) as desk:
        path = desk.catalog.export_kit_file(args.kit_id, args.output)
    print(f"Exported kit {args.kit_id} to {path}")
    return 0


def _add_export_kit(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export-kit", help="write one kit version as a kit file (JSON)")
    p.add_argument("kit_id", metavar="KIT_ID")
    p.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    _add_db(p)
    p.set_defaults(func=_cmd_export_kit)


def _add_purge(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from interview_desk.purge_cli import add_purge  # its own module; it imports this one

    add_purge(sub)


def _add_export_candidate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from interview_desk.purge_cli import add_export_candidate  # beside the purge it mirrors

    add_export_candidate(sub)


def _add_backups(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from interview_desk.backup_cli import add_backups, add_restore  # it imports this module

    add_backups(sub)
    add_restore(sub)


def _add_transcribe(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from interview_desk.transcribe_cli import add_transcribe  # it imports this module

    add_transcribe(sub)


Registrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

# Each feature adds its subcommands here.
REGISTRARS: list[Registrar] = [
    _add_demo,
    _add_sessions,
    _add_search,
    _add_export_json,
    _add_report,
    _add_export_panel,
    _add_export_return,
    _add_import,
    _add_codes,
    _add_confirm_code,
    _add_forget_code,
    _add_export_csv,
    _add_kits,
    _add_roles,
    _add_import_kit,
    _add_export_kit,
    _add_purge,
    _add_export_candidate,
    _add_backups,
    _add_transcribe,
]


# --- parsing ---------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def _add_gui_switches(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--demo", action="store_true",
                        help="open the app on a fresh demo database in a temporary folder")
    parser.add_argument("--session", metavar="SESSION_ID", help="open this session live")
    parser.add_argument("--panelist", metavar="PANELIST_ID",
                        help="with --session: write notes as this panelist")
    _add_db(parser)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Interview Desk: panel interviews, offline. "
                     f"`{PROG} FILE.idpanel …` opens the app and imports panel or return files "
                     "(.idpanel, .idreturn or the older .json; handed to the app if it is "
                     "already open on the database).")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _add_gui_switches(parser)
    sub: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser)
    for register in REGISTRARS:
        register(sub)
    return parser


def _is_user_error(exc: Exception) -> bool:
    """A failure a user can cause (a bad file, an unknown id, a refused write, a full disk),
    with a message written for people. Anything else is a bug and must not pass for one."""
    # imported here: only the commands that read such files load these modules
    from interview_desk.exchange.kit_file import KitFileError
    from interview_desk.exchange.panel_file import ExchangeFileError

    return isinstance(exc, CliError | StorageError | KitFileError | ExchangeFileError | OSError)


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed subcommand: a user error is one line (exit 1), a bug is logged (exit 70).

    A subcommand registered with ``writes=True`` (or a predicate on its arguments) runs
    holding the database's one-writer lock.
    """
    logs.setup()
    writes = getattr(args, "writes", False)
    try:
        if writes(args) if callable(writes) else writes:
            with _writing(args):
                result: int = args.func(args)
        else:
            result = args.func(args)
        sys.stdout.flush()  # here, so a reader that went away is met below, not at exit
        return result
    except BrokenPipeError:
        # The reader went away (`interview-desk sessions | head`): what it took was printed,
        # nothing to say about it. Output that still sits in the buffer goes nowhere, so
        # Python's own flush at exit does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        if _is_user_error(exc):
            print(f"{PROG}: error: {exc}", file=sys.stderr)
            return 1
        if not isinstance(exc, sqlite3.DatabaseError):
            return _bug(args, exc)
        # Damage the checks at open could not see (they are bounded) is still the file's.
        problem = file_error(exc, str(db_path(args)))
        if problem is None:
            return _bug(args, exc)
        print(f"{PROG}: error: {problem}", file=sys.stderr)
        return 1


def _bug(args: argparse.Namespace, exc: Exception) -> int:
    """A bug: the traceback goes to the log, one line to the terminal."""
    log = logs.log_bug(exc, f"bug in `{PROG} {args.command}`")
    print(f"{PROG}: internal error ({type(exc).__name__}), details in {log}", file=sys.stderr)
    return EXIT_BUG


#: The GUI switches that take a value: what follows them is no FILE to open.
_GUI_VALUE_SWITCHES = frozenset({"--db", "--session", "--panelist"})


def _opens_files(tokens: Sequence[str], commands: Sequence[str]) -> bool:
    """Whether the command line is the GUI form ``interview-desk [switches] FILE…``."""
    takes_value = False
    for token in tokens:
        if takes_value:
            takes_value = False
        elif token in _GUI_VALUE_SWITCHES:
            takes_value = True
        elif not token.startswith("-"):
            # the first positional word: a subcommand, a file, or a typo of a subcommand
            return token not in commands and (bool(Path(token).suffix) or Path(token).exists())
    return False


def _open_files_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, usage=f"{PROG} [--db PATH] [--session SESSION_ID "
                     "[--panelist PANELIST_ID]] FILE [FILE ...]",
                     description="Open the app and import panel or return files.")
    _add_gui_switches(parser)
    parser.add_argument("open_files", metavar="FILE", nargs="+", type=Path)
    return parser


def _gui_switches_only(tokens: Sequence[str]) -> bool:
    """Whether the command line is nothing but well-formed GUI switches (a plain start).

    Anything else (a word, ``--help``, ``--version``, an unknown or abbreviated switch, a
    switch missing its value) goes to the whole parser, which answers it as always."""
    takes_value = False
    for token in tokens:
        if takes_value:
            if token.startswith("-"):  # argparse takes it for a switch: its error, not ours
                return False
            takes_value = False
        elif token in _GUI_VALUE_SWITCHES:
            takes_value = True
        elif token != "--demo" and token.split("=", 1)[0] not in _GUI_VALUE_SWITCHES:
            return False
    return not takes_value


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG)
    _add_gui_switches(parser)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse a subcommand, the GUI switches, or the GUI switches with files to import."""
    tokens = list(sys.argv[1:] if argv is None else argv)
    if _gui_switches_only(tokens):
        # The GUI's own switches need none of the subcommands: building all of them cost
        # ~9 ms of every start of the window (issue 13).
        args = _gui_parser().parse_args(tokens)
        args.command = None
        args.open_files = []
        return args
    parser = build_parser()
    commands = [name for action in parser._actions
                if isinstance(action, argparse._SubParsersAction) for name in action.choices]
    if not _opens_files(tokens, commands):
        args = parser.parse_args(tokens)
        args.open_files = []
        return args
    opener = _open_files_parser()
    args = opener.parse_args(tokens)
    for missing in [f for f in args.open_files if not f.is_file()]:
        opener.error(f"no file {missing}")
    args.command = None
    return args
