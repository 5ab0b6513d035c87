"""Queries for the follow-up lists: held sessions, who has not submitted, candidates' activity.

Read by the overdue list and by retention; both only decide what the rows mean.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from interview_desk.domain.model import SessionStatus
from interview_desk.storage.handle import Database
from interview_desk.storage.repositories import ids_param, in_ids


class HeldSession(NamedTuple):
    """A session that has started (live, completed or decided), with names for the list and
    what its decision says (a tuple: the overdue list makes a thousand of them per look)."""

    id: str
    status: SessionStatus
    scheduled_at: str
    started_at: str | None
    ended_at: str | None
    planned_minutes: int
    candidate: str
    role: str
    decided: bool  # a decision is recorded
    candidate_told: bool  # ... with the day the candidate was told


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

    def not_submitted_all(self) -> dict[str, list[str]]:
        """Names of the panelists without a submitted scorecard, by session, for every
        session that has any (in panel order). The overdue list is recomputed whenever it is
        looked at: the sessions are found by counting on two covering indexes (a card
        belongs to a panelist of its session, one per panelist), then named."""
        short = [r[0] for r in self.db.execute(
            "SELECT p.session_id FROM panelists p GROUP BY p.session_id "
            "HAVING COUNT(*) > (SELECT COUNT(*) FROM scorecards k "
            "WHERE k.session_id = p.session_id AND k.submitted_at IS NOT NULL)")]
        out: dict[str, list[str]] = {}
        for session_id, name in self.db.execute(
                "SELECT p.session_id, p.name FROM panelists p LEFT JOIN scorecards k ON "
                "k.panelist_id = p.id AND k.session_id = p.session_id "
                f"WHERE {in_ids('p.session_id')} AND k.submitted_at IS NULL "
                "ORDER BY p.session_id, p.position", [ids_param(short)]):
            out.setdefault(session_id, []).append(name)
        return out

    def unfinished_sessions(self, also: Iterable[str] = ()) -> list[HeldSession]:
        """The held sessions without a decision or without word to the candidate, and those
        of ``also`` (e.g. with a scorecard missing) that were held, with their decision's
        state. Years of finished sessions are left out by SQL, not read into Python.

        One statement: the decision is joined once per session, and only the sessions kept
        get their names (the CROSS JOINs keep SQLite from joining the names of every
        session before it filters them)."""
        return [HeldSession(sid, SessionStatus(status), scheduled, started, ended, minutes,
                            candidate, role, bool(decided), bool(told))
                for (sid, status, scheduled, started, ended, minutes, candidate, role, decided,
                     told) in self.db.execute(
                    "SELECT s.id, s.status, s.scheduled_at, s.started_at, s.ended_at, "
                    "s.planned_minutes, c.name, r.name, d.id IS NOT NULL, "
                    "COALESCE(d.candidate_informed_at, '') != '' "
                    "FROM sessions s LEFT JOIN decisions d ON d.session_id = s.id "
                    "CROSS JOIN candidates c ON c.id = s.candidate_id "
                    "CROSS JOIN roles r ON r.id = s.role_id "
                    "WHERE s.status != ? AND (d.id IS NULL "
                    f"OR COALESCE(d.candidate_informed_at, '') = '' OR {in_ids('s.id')})",
                    [SessionStatus.PLANNED.value, ids_param(also)])]

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
