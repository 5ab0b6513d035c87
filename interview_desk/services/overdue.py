"""What is overdue: scorecards not in, decisions not made, candidates not told.

Candidates drop out when the process drags (the average wait after an interview is about
12 days; strong candidates are often gone within 10), so this list is the lead's to-do list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from interview_desk.domain import clock
from interview_desk.domain.model import SessionStatus, parse_timestamp
from interview_desk.domain.scorecard_rules import (
    OverdueThresholds,
    candidate_told_due,
    scorecard_due,
)


@dataclass(frozen=True)
class OverdueItem:
    kind: str  # "scorecard" | "decision" | "candidate_told"
    session_id: str
    candidate: str
    role: str
    what: str
    due: str  # ISO date or timestamp the item fell (or falls) due
    overdue_days: int  # whole calendar days past due

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.session_id}:{self.what}"


class OverdueService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def items(self, thresholds: OverdueThresholds | None = None, *,
              now: datetime | None = None) -> list[OverdueItem]:
        """Everything overdue at ``now``, most overdue first.

        A session counts once it was held (live, completed or decided); it ends at ``ended_at``
        or, if nobody pressed stop, at its scheduled start plus planned length.
        """
        t = thresholds or OverdueThresholds()
        now = now or clock.now()
        out: list[OverdueItem] = []
        sessions = self.db.query(
            "SELECT s.id, s.status, s.scheduled_at, s.started_at, s.ended_at, "
            "s.planned_minutes, c.name AS candidate, r.name AS role FROM sessions s "
            "JOIN candidates c ON c.id = s.candidate_id JOIN roles r ON r.id = s.role_id "
            "WHERE s.status != ?", [SessionStatus.PLANNED.value])
        for s in list(sessions):
            start = parse_timestamp(s["started_at"]) or parse_timestamp(s["scheduled_at"])
            if start is None:
                continue
            end = parse_timestamp(s["ended_at"]) or start + timedelta(minutes=s["planned_minutes"])
            if end > now:
                continue
            base = {"session_id": s["id"], "candidate": s["candidate"], "role": s["role"]}
            due = scorecard_due(end, t)
            if now > due:
                for p in self.db.query(
                        "SELECT p.name FROM panelists p LEFT JOIN scorecards k ON "
                        "k.panelist_id = p.id AND k.session_id = p.session_id "
                        "WHERE p.session_id = ? AND k.submitted_at IS NULL "
                        "ORDER BY p.position", [s["id"]]):
                    out.append(OverdueItem(
                        kind="scorecard", what=f"Scorecard of {p['name']}",
                        due=due.isoformat(timespec="minutes"),
                        overdue_days=(now - due).days, **base))
            decision = self.db.execute(
                "SELECT candidate_informed_at FROM decisions WHERE session_id = ?",
                [s["id"]]).fetchone()
            if decision is None:
                out.append(OverdueItem(
                    kind="decision",
                    what=f"Held {end.date().isoformat()}, no decision yet",
                    due=end.date().isoformat(), overdue_days=(now - end).days, **base))
            if decision is None or not decision[0]:
                told_due = candidate_told_due(end.date(), t)
                if now.date() > told_due:
                    out.append(OverdueItem(
                        kind="candidate_told",
                        what=f"Held {end.date().isoformat()}, not told yet",
                        due=told_due.isoformat(), overdue_days=(now.date() - told_due).days,
                        **base))
        return sorted(out, key=lambda i: (-i.overdue_days, i.candidate, i.kind))
