"""Interviewer calibration across every session, and time to decision per role.

Each session's figures come from its own read model (``DebriefService.view``); the domain
(``domain.calibration``) lines them up across sessions.
"""

from __future__ import annotations

from collections.abc import Callable

from interview_desk.domain.calibration import (
    Calibration,
    TimeToDecision,
    calibrate,
    time_to_decision,
)
from interview_desk.domain.model import SessionStatus
from interview_desk.services.debrief import DebriefService


class CalibrationService:
    def __init__(self, debrief: DebriefService) -> None:
        self.debrief = debrief

    def calibration(self, progress: Callable[[int, str], None] | None = None) -> Calibration:
        """Every held session with its panel open, each seen by its own lead. It reads every
        session: the GUI runs it off the UI thread, with ``progress``."""
        ids = [s.id for s in self.debrief.sessions.overview()
               if s.status is not SessionStatus.PLANNED]
        views = []
        for n, sid in enumerate(ids, 1):
            views.append(self.debrief.view(sid))
            if progress is not None and n % 25 == 0:
                progress(n * 100 // len(ids), f"Reading session {n} of {len(ids)}…")
        return calibrate(views)

    def time_to_decision(self, role_id: str) -> TimeToDecision:
        return time_to_decision(self.debrief.role_comparison(role_id).rows)
