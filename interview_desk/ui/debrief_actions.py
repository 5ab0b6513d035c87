"""The buttons under the Sessions table that open a session's debrief or scorecard, and the
debrief pages' places in the window. Apart from ``debrief_pages``: the window shows these
buttons at once, and the pages' modules load only when a page is first built (start-up time,
issue 13)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QWidget

from interview_desk.services.desk import Desk
from interview_desk.ui import settings
from interview_desk.ui.i18n import tr
from interview_desk.ui.models import ID_ROLE
from interview_desk.ui.ops import OpRunner

if TYPE_CHECKING:
    from interview_desk.ui.scorecard_pane import ScorecardPane


def _remember_panelist(session_id: str, panelist_id: str) -> None:
    stored: dict[str, str] = settings.get(settings.LAST_PANELIST) or {}
    settings.put(settings.LAST_PANELIST, {**stored, session_id: panelist_id})


class SessionActionsBar(QWidget):
    """Buttons under the Sessions table: open the selected session's debrief or scorecard."""

    def __init__(self, desk: Desk, ops: OpRunner, view: QTableView,
                 open_debrief: Callable[[str], None],
                 open_scorecard_page: Callable[[str, str], ScorecardPane],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.view = view
        self.open_debrief = open_debrief
        self.open_scorecard_page = open_scorecard_page
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.debrief_button = QPushButton(self.tr("Open debrief"), self)
        self.debrief_button.setObjectName("open_debrief")
        self.debrief_button.clicked.connect(self._on_debrief_clicked)
        self.scorecard_button = QPushButton(self.tr("Open scorecard"), self)
        self.scorecard_button.setObjectName("open_scorecard")
        self.scorecard_button.setToolTip(self.tr("Each panelist fills in their own; switch "
                                                 "panelist inside the scorecard"))
        self.scorecard_button.clicked.connect(self._on_scorecard_clicked)
        row.addStretch(1)
        row.addWidget(self.scorecard_button)
        row.addWidget(self.debrief_button)

    def selected_session(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        value = self.view.model().data(index, ID_ROLE)
        return str(value) if value else None

    def _on_debrief_clicked(self) -> None:
        sid = self.selected_session()
        if sid:
            self.open_debrief(sid)

    def open_scorecard(self, session_id: str) -> ScorecardPane | None:
        """The scorecard page (as Ctrl+6 shows it), on the panelist last chosen here."""
        panel = self.desk.scorecards.panel(session_id)
        if not panel:
            return None
        last = (settings.get(settings.LAST_PANELIST) or {}).get(session_id)
        ids = [p.id for p in panel]
        pid = last if last in ids else next((p.id for p in panel if p.is_lead), ids[0])
        pane = self.open_scorecard_page(session_id, pid)
        pane.panelist_changed.connect(lambda chosen: _remember_panelist(session_id, chosen))
        _remember_panelist(session_id, pid)
        return pane

    def _on_scorecard_clicked(self) -> None:
        sid = self.selected_session()
        if sid:
            self.open_scorecard(sid)


def install_debrief_pages(window: Any) -> SessionActionsBar:
    """Add the debrief, role comparison, overdue and calibration pages to the main window
    (each built, and its module imported, when first shown), and the buttons that open a
    debrief or a scorecard under its Sessions table."""
    sessions = window.page("sessions")

    # Each page's module is imported when the page is first built: not before the first paint.
    def debrief_page() -> QWidget:
        from interview_desk.ui.debrief_view import DebriefPage

        page = DebriefPage(window.desk, window.ops, window)
        page.view.decision_recorded.connect(lambda _sid: sessions.refresh())
        return page

    def role_comparison_page() -> QWidget:
        from interview_desk.ui.debrief_pages import RoleComparisonPage

        return RoleComparisonPage(window.desk, window.ops, open_debrief, window)

    def calibration_page() -> QWidget:
        from interview_desk.ui.calibration_page import CalibrationPage

        return CalibrationPage(window.desk, window.ops, window)

    def overdue_page() -> QWidget:
        from interview_desk.ui.debrief_pages import OverduePage

        return OverduePage(window.desk, open_debrief, window, edit_thresholds=edit_thresholds)

    def edit_thresholds() -> None:
        # Loaded when asked for: the dialog brings the transcription model's checks along.
        from interview_desk.ui.settings_dialog import SettingsTab, open_settings

        open_settings(window, SettingsTab.FOLLOW_UP)

    def open_debrief(session_id: str) -> None:
        window.show_page("debrief")
        window.page("debrief").show_session(session_id)

    window.add_page("debrief", tr("Debrief"), debrief_page)
    window.add_page("role_comparison", tr("Role comparison"), role_comparison_page)
    window.add_page("overdue", tr("What is overdue"), overdue_page)
    window.add_page("calibration", tr("Calibration"), calibration_page)
    bar = SessionActionsBar(window.desk, window.ops, sessions.view, open_debrief,
                            window.open_scorecard, sessions)
    sessions.layout().addWidget(bar)
    sessions.session_actions = bar
    return bar
