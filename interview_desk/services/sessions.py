"""Planning and listing sessions."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from interview_desk.domain.model import Panelist, Session, SessionStatus
from interview_desk.storage.errors import ValidationError
from interview_desk.storage.repositories import (
    KitRepository,
    SessionRepository,
)


class SessionService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.sessions = SessionRepository(db)
        self.kits = KitRepository(db)

    def plan(self, session: Session, panel: list[Panelist],
             assignments: dict[str, str] | None = None) -> Session:
        """Create or update a planned session with its panel, in one transaction.

        The session points at one kit *version*: later edits to the kit make new versions
        and never change what this session asks.
        """
        if not panel:
            raise ValidationError("A session needs at least one panelist.")
        if not any(p.is_lead for p in panel):
            panel[0].is_lead = True
        with self.db.atomic():
            self.sessions.save(session)
            self.sessions.save_panel(session.id, panel)
            self.sessions.assign(session.id, assignments or {})
        return session

    def set_status(self, session_id: str, status: SessionStatus) -> None:
        self.sessions.update_fields(session_id, status=status.value)

    def overview(self) -> list[dict[str, Any]]:
        return self.sessions.overview()
