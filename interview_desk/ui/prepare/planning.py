"""The "Plan session…" and "Edit plan…" buttons of the Sessions page. Apart from the planner itself
(``session_planner``), which loads with its dialog: the window shows these buttons at once
and must start quickly (issue 13)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QTableView, QWidget

from interview_desk.domain.model import SessionStatus
from interview_desk.services.desk import Desk
from interview_desk.ui.actions import ActionId, page_action
from interview_desk.ui.models import ID_ROLE
from interview_desk.ui.ops import OpRunner

if TYPE_CHECKING:
    from interview_desk.ui.prepare.session_planner import SessionPlannerDialog


class SessionPlanning(QObject):
    """Adds "Plan session…" and "Edit plan…" beside the Sessions page's list of rows."""

    planned = Signal(str)  # session id

    def __init__(self, desk: Desk, ops: OpRunner, view: QTableView, parent: QWidget) -> None:
        super().__init__(parent)
        layout = parent.layout()
        assert isinstance(layout, QBoxLayout), "the page lays its rows out in a box"
        self.desk = desk
        self.ops = ops
        self.view = view
        self._parent = parent
        self.plan_button = QPushButton(self.tr("Pla&n session…"), parent)
        self.plan_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.edit_button = QPushButton(self.tr("Edit p&lan…"), parent)
        self.edit_button.setToolTip(self.tr("Change a session that has not started"))
        row = QHBoxLayout()
        row.addWidget(self.plan_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.insertLayout(1, row)
        self.plan_button.clicked.connect(self.plan_new)
        self.edit_button.clicked.connect(self.edit_current)
        page_action(ActionId.PLAN_SESSION, parent).triggered.connect(self.plan_new)
        self.dialog: SessionPlannerDialog | None = None

    def _current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.view.model().data(index, ID_ROLE) if index.isValid() else None

    def plan_new(self) -> None:
        self._open(None)

    def edit_current(self) -> None:
        ident = self._current_id()
        if ident is None:
            return
        if self.desk.sessions.sessions.get(ident).status is not SessionStatus.PLANNED:
            from interview_desk.ui.prepare.common import tell

            tell(self._parent, self.tr("Edit plan"),
                 self.tr("This session has started; its plan can no longer change."))
            return
        self._open(ident)

    def _open(self, ident: str | None) -> None:
        from interview_desk.ui.prepare.session_planner import SessionPlannerDialog

        self.dialog = SessionPlannerDialog(self.desk, self.ops, ident, self._parent)
        self.dialog.editor.saved.connect(self.planned.emit)
        self.dialog.open()
