"""Queries for the follow-up lists: held sessions, who has not submitted, candidates' activity.

Read by the overdue list and by retention; both only decide what the rows mean.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from interview_desk.domain.model import SessionStatus


@dataclass(frozen=True)
class HeldSession:
    """A session that has started (live, completed or decided), with names for the list."""

    id: str
    status: SessionStatus
    scheduled_at: str
    started_at: str | None
    ended_at: str | None
    planned_minutes: int
    candidate: str
    role: str


@dataclass(frozen=True)
class SessionActivity:
    """The stamps of one session that say when its candidate was last active."""

    candidate_id: str
    status: SessionStatus
    scheduled_at: str | None
    started_at: str | None
    ended_at: str | None
    decided_at: str | None
    candidate_informed_at: str | None

    def stamps(self) -> list[str | None]:
        return [self.scheduled_at, self.started_at, self.ended_at, self.decided_at,
                self.candidate_informed_at]


@dataclass(frozen=True)
class CandidateEntry:
    id: str
    name: str
    role: str  # "" when the candidate has no role
    updated_at: str


class FollowUpRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def held_sessions(self) -> list[HeldSession]:
        return [HeldSession(id=r["id"], status=SessionStatus(r["status"]),
                            scheduled_at=r["scheduled_at"], started_at=r["started_at"],
                            ended_at=r["ended_at"], planned_minutes=r["planned_minutes"],
                            candidate=r["candidate"], role=r["role"])
                for r in self.db.query(
                    "SELECT s.id, s.status, s.scheduled_at, s.started_at, s.ended_at, "
                    "s.planned_minutes, c.name AS candidate, r.name AS role FROM sessions s "
                    "JOIN candidates c ON c.id = s.candidate_id "
                    "JOIN roles r ON r.id = s.role_id WHERE s.status != ?",
                    [SessionStatus.PLANNED.value])]

    def not_submitted(self, session_id: str) -> list[str]:
        """Names of the panelists whose scorecard is not submitted, in panel order."""
        return [r["name"] for r in self.db.query(
            "SELECT p.name FROM panelists p LEFT JOIN scorecards k ON "
            "k.panelist_id = p.id AND k.session_id = p.session_id "
            "WHERE p.session_id = ? AND k.submitted_at IS NULL "
            "ORDER BY p.position", [session_id])]

    def session_activity(self) -> list[SessionActivity]:
        return [SessionActivity(candidate_id=r["candidate_id"],
                                status=SessionStatus(r["status"]),
                                scheduled_at=r["scheduled_at"], started_at=r["started_at"],
                                ended_at=r["ended_at"], decided_at=r["decided_at"],
                                candidate_informed_at=r["candidate_informed_at"])
                for r in self.db.query(
                    "SELECT s.candidate_id, s.status, s.scheduled_at, s.started_at, "
                    "s.ended_at, d.decided_at, d.candidate_informed_at FROM sessions s "
                    "LEFT JOIN decisions d ON d.session_id = s.id")]

    def candidates(self) -> list[CandidateEntry]:
        return [CandidateEntry(id=r["id"], name=r["name"], role=r["role"],
                               updated_at=r["updated_at"])
                for r in self.db.query(
                    "SELECT c.id, c.name, c.updated_at, COALESCE(r.name, '') AS role "
                    "FROM candidates c LEFT JOIN roles r ON r.id = c.role_id")]
