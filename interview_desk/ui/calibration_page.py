"""Main-window page: how each interviewer rates against the rest of the panel, across every
session, and how well panels agree per role and per quarter.

It shows the domain's ``Calibration`` (from each session's own read model) and exports the
same as PDF; it computes nothing itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.calibration import (
    MIN_SESSIONS,
    Calibration,
    InterviewerCalibration,
)
from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.ui.i18n import current_language, tr
from interview_desk.ui.models import Column, RowsModel
from interview_desk.ui.ops import Lane, Op, OpError, OpRunner, ShowsStoredData
from interview_desk.ui.report_export import ReportExport, ask_target


def _table(parent: QWidget, model: RowsModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


def _trend(i: InterviewerCalibration) -> str:
    return "  ".join(f"{q.quarter}: {q.shown}" for q in i.trend
                     if q.estimate.mean is not None) or "–"


class CalibrationPage(QWidget, ShowsStoredData):
    """Interviewer calibration; recomputed (on the op runner's thread) whenever it is shown or
    scorecards change while it is."""

    calibrated = Signal(object)  # Calibration, once the tables show it

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.data: Calibration | None = None
        self.op: Op | None = None  # the computation in flight
        self.stale = False
        self.report_export: ReportExport | None = None
        self.export_button = QPushButton(self.tr("Export calibration…"), self)
        self.export_button.setObjectName("calibration_export_report")
        self.export_button.setToolTip(self.tr("Save this page as PDF"))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.export_button.setEnabled(desk.path is not None)
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<h2>{self.tr('Interviewer calibration')}</h2>", self))
        top.addStretch(1)
        top.addWidget(self.export_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("calibration_summary")
        self.summary.setWordWrap(True)
        self.interviewers = RowsModel(parent=self, columns=[
            Column("Interviewer", lambda i: i.name),
            Column("Scorecards\n(sessions)", lambda i: f"{i.scorecards} ({i.sessions})"),
            Column("Time to submit", lambda i: tr(i.submission_shown)),
            Column("Score against\nthe panel", lambda i: tr(i.score_vs_panel.shown)),
            Column("Recommendation\nagainst the panel",
                   lambda i: tr(i.recommendation_vs_panel.shown)),
            Column("Outlier", lambda i: tr(i.outlier.shown)),
            Column("Changed after\ndebrief", lambda i: tr(i.changed.shown)),
            Column("Reading", lambda i: tr(i.score_vs_panel.reading)),
            Column("Trend per quarter", _trend),
        ])
        self.interviewer_view = _table(self, self.interviewers, "calibration_interviewers")
        self.interviewer_view.setAccessibleName(self.tr("Interviewers"))
        self.interviewer_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        agreement_columns = [
            Column("", lambda g: g.label),
            Column("Sessions\nwith alpha", lambda g: str(g.n)),
            Column("Mean alpha\n(lowest – highest)", lambda g: g.shown),
            Column("Reading", lambda g: tr(g.reading)),
        ]
        self.roles = RowsModel(agreement_columns, parent=self)
        self.quarters = RowsModel(agreement_columns, parent=self)
        role_view = _table(self, self.roles, "calibration_roles")
        quarter_view = _table(self, self.quarters, "calibration_quarters")
        role_view.setAccessibleName(self.tr("Agreement by role"))
        quarter_view.setAccessibleName(self.tr("Agreement by quarter"))
        explain = QLabel(self.tr(
            "Score against the panel: in each session, the interviewer's weighted score minus "
            "the mean of the other panelists' scores (before the debrief), averaged over the "
            "sessions, with its 95 % interval. Positive: rates higher than the rest of the "
            "panel; negative: lower. A reading is given only when the interval leaves out zero "
            "and at least %1 sessions back it. Outlier: alone at the top or bottom of a "
            "competency the panel disagreed on. Interviewers are matched by name.").replace(
                "%1", str(MIN_SESSIONS)), self)
        explain.setWordWrap(True)
        explain.setObjectName("calibration_explained")
        agreement = QHBoxLayout()
        for title, view in ((self.tr("Agreement (alpha) per role"), role_view),
                            (self.tr("Agreement (alpha) per quarter"), quarter_view)):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>", self))
            column.addWidget(view)
            agreement.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.interviewer_view, 3)
        layout.addWidget(explain)
        layout.addLayout(agreement, 2)

    def refresh(self) -> None:
        """Recompute off the UI thread (it reads every session); ``calibrated`` says when the
        tables show the result."""
        if self.op is not None:  # one at a time; the latest request runs after it
            self.stale = True
            return
        self.stale = False
        self.summary.setText(self.tr("Reading every session…"))
        self.op = self.ops.run(lambda desk, report: desk.calibration.calibration(report),
                               lane=Lane.BULK, owner=self)
        self.op.progressed.connect(lambda _p, message: self.summary.setText(tr(message)))
        self.op.succeeded.connect(self._show)
        self.op.failed.connect(self._on_failed)

    def _on_failed(self, error: OpError) -> None:
        self.op = None
        self.summary.setText(self.tr("Calibration could not be computed: %1").replace(
            "%1", error.message))

    def _show(self, cal: Calibration) -> None:
        self.op = None
        if self.stale:
            self.refresh()
            return
        self.data = cal
        self.interviewers.set_rows(cal.interviewers)
        self.roles.set_rows(cal.by_role)
        self.quarters.set_rows(cal.by_quarter)
        self.interviewer_view.resizeRowsToContents()
        head = self.tr("%1 session(s) with the panel's figures open.").replace(
            "%1", str(cal.sessions))
        if not cal.sessions:
            head += " " + self.tr("Nothing to calibrate yet: figures appear once a panel's "
                                  "scorecards are in.")
        elif not cal.enough:
            head += " " + self.tr("Fewer than %1 sessions: read these figures as anecdotes, "
                                  "not as a tendency.").replace("%1", str(MIN_SESSIONS))
        self.summary.setText(head)
        self.calibrated.emit(cal)

    def refresh_for(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches(
                Aggregate.SESSIONS, Aggregate.SCORECARDS, Aggregate.DECISIONS,
                Aggregate.CANDIDATES):
            self.refresh()

    def showEvent(self, event: Any) -> None:
        self.refresh()  # across every session: computed when looked at, not at start-up
        super().showEvent(event)

    def _on_export_clicked(self) -> None:
        target = ask_target(self, "interviewer calibration")
        if target is None:
            return
        language = current_language()
        self.report_export = ReportExport(self, self.ops, target, lambda desk, path, report:
                                          desk.reports.export_calibration(
                                              path, progress=report, language=language))


def install_calibration_page(window: Any) -> CalibrationPage:
    page = CalibrationPage(window.desk, window.ops, window)
    window.add_page("calibration", window.tr("Calibration"), page)
    return page
