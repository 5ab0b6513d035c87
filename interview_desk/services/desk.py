"""The open database and its services, passed to the UI and the CLI (no global singleton)."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from interview_desk.storage.database import (
    database_over,
    holds_a_kit,
    interrupt,
    is_read_only,
    open_connection,
    roll_back_open_transaction,
    set_busy_timeout,
)
from interview_desk.storage.session_list import SessionSummary, session_overview

if TYPE_CHECKING:
    from interview_desk.services.calibration import CalibrationService
    from interview_desk.services.catalog import CatalogService
    from interview_desk.services.debrief import DebriefService
    from interview_desk.services.exchange import ExchangeService
    from interview_desk.services.live import LiveService
    from interview_desk.services.messages import MessageService
    from interview_desk.services.overdue import OverdueService
    from interview_desk.services.report_data import ReportService
    from interview_desk.services.retention import RetentionService
    from interview_desk.services.scorecards import ScorecardService
    from interview_desk.services.search import SearchService
    from interview_desk.services.sessions import SessionService
    from interview_desk.services.transcripts import TranscriptService
    from interview_desk.storage.handle import Database


@dataclass
class Desk:
    #: The open file. The desk runs no SQL on it: it hands it to storage's functions, and
    #: the services get storage's handle on it (``db``).
    connection: sqlite3.Connection
    path: Path | None = None
    # This laptop's signing key file; None: the one in the data folder (tests point it away).
    key_path: Path | None = None
    #: The damaged file this desk shows what could be read of (``path`` is then a copy).
    view_of: Path | None = field(default=None, init=False)
    #: A private folder of this desk's own (the copy above), removed when it closes.
    scratch: Path | None = field(default=None, init=False)

    # Each service (and its module) is made the first time it is used: a start that shows
    # the Sessions list, or a command that lists rows, loads no more than it needs.
    @cached_property
    def db(self) -> Database:
        """Storage's handle on the desk's connection, for the services."""
        return database_over(self.connection)

    def session_overview(self, *, first: int | None = None,
                         after: SessionSummary | None = None) -> list[SessionSummary]:
        """Sessions as the Sessions list shows them, newest first (all, the ``first`` ones,
        or those ``after`` a row), read as plain tuples: what the first window shows
        (``sessions.overview`` reads the same list)."""
        return session_overview(self.connection, first=first, after=after)

    @cached_property
    def catalog(self) -> CatalogService:
        from interview_desk.services.catalog import CatalogService

        return CatalogService(self.db)

    @cached_property
    def sessions(self) -> SessionService:
        from interview_desk.services.sessions import SessionService

        return SessionService(self.db)

    @cached_property
    def scorecards(self) -> ScorecardService:
        from interview_desk.services.scorecards import ScorecardService

        return ScorecardService(self.db)

    @cached_property
    def debrief(self) -> DebriefService:
        from interview_desk.services.debrief import DebriefService

        return DebriefService(self.db, self.scorecards)

    @cached_property
    def overdue(self) -> OverdueService:
        from interview_desk.services.overdue import OverdueService

        return OverdueService(self.db)

    @cached_property
    def reports(self) -> ReportService:
        from interview_desk.services.report_data import ReportService

        return ReportService(self.debrief)

    @cached_property
    def exchange(self) -> ExchangeService:
        from interview_desk.services.exchange import ExchangeService

        return ExchangeService(self.db, self.key_path)

    @cached_property
    def live(self) -> LiveService:
        from interview_desk.services.live import LiveService

        return LiveService(self.db)

    @cached_property
    def retention(self) -> RetentionService:
        from interview_desk.services.retention import RetentionService

        return RetentionService(self.db)

    @cached_property
    def calibration(self) -> CalibrationService:
        from interview_desk.services.calibration import CalibrationService

        return CalibrationService(self.debrief)

    @cached_property
    def messages(self) -> MessageService:
        from interview_desk.services.messages import MessageService

        return MessageService(self.db, self.debrief)

    @cached_property
    def search(self) -> SearchService:
        from interview_desk.services.search import SearchService

        return SearchService(self.db)

    @cached_property
    def transcripts(self) -> TranscriptService:
        from interview_desk.services.transcripts import TranscriptService

        return TranscriptService(self.db, led_elsewhere=self.exchange.led_elsewhere)

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, read_only: bool = False,
             check: bool = True, key_path: Path | None = None) -> Desk:
        """Open (creating and migrating if needed) and make sure the shipped kit is there.

        ``read_only`` opens it for looking only (see ``open_database``): nothing is added.
        """
        desk = cls(open_connection(path, create=create, read_only=read_only, check=check),
                   Path(path), key_path)
        if not desk.read_only:
            desk.ensure_shipped_kit()
        return desk

    @classmethod
    def open_writer(cls, path: str | Path, busy_timeout_ms: int) -> Desk:
        """The desk of the one writer thread: an existing database, and a short wait for a
        lock so a write held up by another program is reported (and retried) promptly.
        Not ``open``: the writer must never add the shipped kit back as a side effect."""
        desk = cls(open_connection(path, create=False), Path(path))
        set_busy_timeout(desk.connection, busy_timeout_ms)
        return desk

    @classmethod
    def open_reader(cls, path: str | Path) -> Desk:
        """A second desk on a file this process already has open, for a worker thread that
        only reads (a sqlite3 connection stays on the thread that opened it)."""
        return cls(open_connection(path, create=False), Path(path))

    @property
    def read_only(self) -> bool:
        """Every write to this desk is refused by SQLite (the file was opened read-only)."""
        return is_read_only(self.connection)

    def ensure_shipped_kit(self) -> None:
        """A fresh database gets the ready "Second interview — panel" kit on first launch."""
        if not holds_a_kit(self.connection):  # not every kit read, nor the catalog loaded, at start
            from interview_desk.exchange.kit_file import shipped_kit

            self.catalog.import_kit(shipped_kit())

    def roll_back(self) -> None:
        """After a failed operation: nothing half-written stays open on this connection."""
        roll_back_open_transaction(self.connection)

    def interrupt(self) -> None:
        """Stop the statement this desk's connection is running, from any thread (it raises
        ``sqlite3.OperationalError``): for a reader whose answer nobody waits for any more."""
        interrupt(self.connection)

    def close(self) -> None:
        self.connection.close()
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
