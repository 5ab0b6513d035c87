"""PDF reports of a session, a panelist's scorecard or a role, rendered from the read model.

Nothing here computes or filters: the debrief service's view (``DebriefService.view``) holds
every figure, already sealed for whoever looks, and ``reports/`` lays it out.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from interview_desk.domain.debrief import Viewer
from interview_desk.domain.model import utc_now
from interview_desk.services.calibration import CalibrationService
from interview_desk.services.debrief import DebriefService
from interview_desk.storage.errors import NotFoundError

if TYPE_CHECKING:
    from interview_desk.reports.export import ExportResult, Progress


class ReportService:
    """Exports the consolidated session report, one panelist's scorecard, a role comparison.

    A sealed or live session's report is INTERIM: marked so on every page and limited to what
    the seal lets the lead see (no ratings, scores, recommendations or takeaways of anyone,
    only the lead's own notes). The GUI and the CLI both come here, so they cannot differ.
    """

    def __init__(self, debrief: DebriefService) -> None:
        self.debrief = debrief

    # The renderers are imported when a report is drawn: reportlab is not needed to start.

    def export_session(self, session_id: str, path: str | Path, *, invariant: bool = False,
                       progress: Progress | None = None,
                       generated_at: str | None = None,
                       language: str = "en") -> ExportResult:
        view = self.debrief.view(session_id)
        from interview_desk.reports.export import render_session_report

        return render_session_report(view, path, generated_at=generated_at or utc_now(),
                                     invariant=invariant, progress=progress,
                                     language=language)

    def export_scorecard(self, session_id: str, panelist_id: str, path: str | Path, *,
                         invariant: bool = False, progress: Progress | None = None,
                         generated_at: str | None = None,
                         language: str = "en") -> ExportResult:
        if panelist_id not in {p.id for p in self.debrief.sessions.panel(session_id)}:
            raise NotFoundError("panelist in this session", panelist_id)
        view = self.debrief.view(session_id, Viewer.panelist(panelist_id))
        from interview_desk.reports.export import render_scorecard_report

        return render_scorecard_report(view, path, generated_at=generated_at or utc_now(),
                                       invariant=invariant, progress=progress,
                                       language=language)

    def export_role(self, role_id: str, path: str | Path, *, invariant: bool = False,
                    progress: Progress | None = None,
                    generated_at: str | None = None,
                    language: str = "en") -> ExportResult:
        comparison = self.debrief.role_comparison(role_id)
        from interview_desk.reports.export import render_role_report

        return render_role_report(comparison, path, generated_at=generated_at or utc_now(),
                                  invariant=invariant, progress=progress,
                                  language=language)

    def export_calibration(self, path: str | Path, *, invariant: bool = False,
                           progress: Progress | None = None,
                           generated_at: str | None = None,
                           language: str = "en") -> ExportResult:
        """Every interviewer's calibration, across every session with an open panel."""
        calibration = CalibrationService(self.debrief).calibration()
        from interview_desk.reports.export import render_calibration_report

        return render_calibration_report(calibration, path,
                                         generated_at=generated_at or utc_now(),
                                         invariant=invariant, progress=progress,
                                         language=language)
