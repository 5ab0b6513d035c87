"""What is overdue: scorecards not in, decisions not made, candidates not told.

Candidates drop out when the process drags, so this list is the lead's to-do list.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from interview_desk.domain import clock
from interview_desk.domain.model import parse_timestamp
from interview_desk.domain.scorecard_rules import (
    OverdueThresholds,
    candidate_told_due,
    scorecard_due,
    working_days_between,
)
from interview_desk.i18n import Words
from interview_desk.storage.follow_up_repositories import FollowUpRepository
from interview_desk.storage.handle import Database

#: What the page shows of each item (docs/translations.md): shown with ``say``.
Overdue = Words("Overdue")


class OverdueItem(NamedTuple):
    """One line of the list (a tuple: a busy team's list is a thousand lines, made anew
    whenever it is looked at)."""

    kind: str  # "scorecard" | "decision" | "candidate_told"
    session_id: str
    candidate: str
    role: str
    what: str
    due: str  # ISO date or timestamp the item fell (or falls) due
    overdue_days: int  # whole calendar days past due
    # Working days (Monday-Friday) since the interview: the wait as the candidate's inbox
    # counts it, which the told-by threshold is set in.
    working_days: int = 0

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.session_id}:{self.what}"


class OverdueService:
    def __init__(self, db: Database) -> None:
        self.follow_up = FollowUpRepository(db)

    def items(self, thresholds: OverdueThresholds | None = None, *,
              now: datetime | None = None) -> list[OverdueItem]:
        """Everything overdue at ``now``, most overdue first.

        A session counts once it was held (live, completed or decided); it ends at ``ended_at``
        or, if nobody pressed stop, at its scheduled start plus planned length.
        """
        t = thresholds or OverdueThresholds()
        now = now or clock.now()
        today = now.date()
        out: list[OverdueItem] = []
        # Three statements in all, over only the sessions that still lack something: the
        # list is recomputed whenever it is looked at, on years of sessions.
        missing = self.follow_up.not_submitted_all()
        scorecard_of = Overdue.tr("Scorecard of %1")
        no_decision = Overdue.tr("Held %1, no decision yet")
        not_told = Overdue.tr("Held %1, not told yet")
        for s in self.follow_up.unfinished_sessions(also=missing):
            start = parse_timestamp(s.started_at) or parse_timestamp(s.scheduled_at)
            if start is None:
                continue
            end = parse_timestamp(s.ended_at) or start + timedelta(minutes=s.planned_minutes)
            if end > now:
                continue
            held = end.date()
            waited = working_days_between(held, today)
            due = scorecard_due(end, t)
            if now > due:
                for name in missing.get(s.id, ()):
                    out.append(OverdueItem(
                        "scorecard", s.id, s.candidate, s.role, scorecard_of.arg(name),
                        due.isoformat(timespec="minutes"), (now - due).days, waited))
            if not s.decided:
                out.append(OverdueItem(
                    "decision", s.id, s.candidate, s.role, no_decision.arg(held.isoformat()),
                    held.isoformat(), (now - end).days, waited))
            # Once the told date is recorded the candidate is no longer waiting.
            if not s.candidate_told:
                told_due = candidate_told_due(held, t)
                if today > told_due:
                    out.append(OverdueItem(
                        "candidate_told", s.id, s.candidate, s.role,
                        not_told.arg(held.isoformat()), told_due.isoformat(),
                        (today - told_due).days, waited))
        return sorted(out, key=lambda i: (-i.overdue_days, i.candidate, i.kind))
