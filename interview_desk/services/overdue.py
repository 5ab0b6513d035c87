"""What is overdue: scorecards not in, decisions not made, candidates not told.

Candidates drop out when the process drags, so this list is the lead's to-do list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

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
from interview_desk.storage.repositories import DecisionRepository

#: What the page shows of each item (docs/translations.md): shown with ``say``.
Overdue = Words("Overdue")


@dataclass(frozen=True)
class OverdueItem:
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
        self.decisions = DecisionRepository(db)

    def items(self, thresholds: OverdueThresholds | None = None, *,
              now: datetime | None = None) -> list[OverdueItem]:
        """Everything overdue at ``now``, most overdue first.

        A session counts once it was held (live, completed or decided); it ends at ``ended_at``
        or, if nobody pressed stop, at its scheduled start plus planned length.
        """
        t = thresholds or OverdueThresholds()
        now = now or clock.now()
        out: list[OverdueItem] = []
        # Four statements in all, over only the sessions that still lack something: the
        # list is recomputed whenever it is looked at, on years of sessions.
        missing = self.follow_up.not_submitted_all()
        held = self.follow_up.unfinished_sessions(also=missing)
        decisions = self.decisions.for_sessions(s.id for s in held)
        for s in held:
            start = parse_timestamp(s.started_at) or parse_timestamp(s.scheduled_at)
            if start is None:
                continue
            end = parse_timestamp(s.ended_at) or start + timedelta(minutes=s.planned_minutes)
            if end > now:
                continue
            base = {"session_id": s.id, "candidate": s.candidate, "role": s.role}
            waited = working_days_between(end.date(), now.date())
            due = scorecard_due(end, t)
            if now > due:
                for name in missing.get(s.id, ()):
                    out.append(OverdueItem(
                        kind="scorecard", what=Overdue.tr("Scorecard of %1").arg(name),
                        due=due.isoformat(timespec="minutes"),
                        overdue_days=(now - due).days, working_days=waited, **base))
            decision = decisions.get(s.id)
            if decision is None:
                out.append(OverdueItem(
                    kind="decision",
                    what=Overdue.tr("Held %1, no decision yet").arg(end.date().isoformat()),
                    due=end.date().isoformat(), overdue_days=(now - end).days,
                    working_days=waited, **base))
            # Once the told date is recorded the candidate is no longer waiting.
            if decision is None or not decision.candidate_informed_at:
                told_due = candidate_told_due(end.date(), t)
                if now.date() > told_due:
                    out.append(OverdueItem(
                        kind="candidate_told",
                        what=Overdue.tr("Held %1, not told yet").arg(
                            end.date().isoformat()),
                        due=told_due.isoformat(), overdue_days=(now.date() - told_due).days,
                        working_days=waited, **base))
        return sorted(out, key=lambda i: (-i.overdue_days, i.candidate, i.kind))
