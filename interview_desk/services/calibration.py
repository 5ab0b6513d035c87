"""Interviewer calibration across every session, and time to decision per role.

Each session's figures come from its own read model (``DebriefService.view``); the domain
(``domain.calibration``) lines them up across sessions.
"""

from __future__ import annotations

from interview_desk.domain.calibration import (
    Calibration,
    TimeToDecision,
    calibrate,
    time_to_decision,
)
from interview_desk.services.debrief import DebriefService


class CalibrationService:
    def __init__(self, debrief: DebriefService) -> None:
        self.debrief = debrief

    def calibration(self) -> Calibration:
        """Every held session with its panel open, each seen by its own lead."""
        return calibrate([self.debrief.view(s.id)
                          for s in self.debrief.sessions.overview()])

    def time_to_decision(self, role_id: str) -> TimeToDecision:
        return time_to_decision(self.debrief.role_comparison(role_id).rows)
