"""Main-window page: how each interviewer rates against the rest of the panel, across every
session, and how well panels agree per role and per quarter.

It shows the domain's ``Calibration`` (from each session's own read model) and exports the
same as PDF; it computes nothing itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
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
from interview_desk.i18n import QT_TRANSLATE_NOOP
from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.ui.i18n import arg, current_language, say
from interview_desk.ui.models import Column, RowsModel
from interview_desk.ui.ops import Lane, Op, OpError, OpRunner, ShowsStoredData
from interview_desk.ui.report_export import ReportExport, ask_target
from interview_desk.ui.wrapping_header import WrappingHeader


def _table(parent: QWidget, model: RowsModel, name: str) -> QTableView:
    view = QTableView(parent)
    # titles wrap inside their column: at 150 % (and in German) one line per title was cut
    view.setHorizontalHeader(WrappingHeader(Qt.Orientation.Horizontal, view))
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
    return "  ".join(f"{say(q.quarter)}: {q.shown}" for q in i.trend
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
        title = self.tr("Interviewer calibration")  # outside the f-string, for lupdate
        top.addWidget(QLabel(f"<h2>{title}</h2>", self))
        top.addStretch(1)
        top.addWidget(self.export_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("calibration_summary")
        self.summary.setWordWrap(True)
        self.interviewers = RowsModel(parent=self, columns=[
            Column(QT_TRANSLATE_NOOP("", "Interviewer"), lambda i: i.name),
            Column(QT_TRANSLATE_NOOP("", "Scorecards\n(sessions)"),
                   lambda i: f"{i.scorecards} ({i.sessions})"),
            Column(QT_TRANSLATE_NOOP("", "Time to\nsubmit"), lambda i: say(i.submission_shown)),
            Column(QT_TRANSLATE_NOOP("", "Score against\nthe panel"),
                   lambda i: say(i.score_vs_panel.shown)),
            Column(QT_TRANSLATE_NOOP("", "Recommendation\nagainst the panel"),
                   lambda i: say(i.recommendation_vs_panel.shown)),
            Column(QT_TRANSLATE_NOOP("", "Outlier"), lambda i: say(i.outlier.shown)),
            Column(QT_TRANSLATE_NOOP("", "Changed after\ndebrief"), lambda i: say(i.changed.shown)),
            Column(QT_TRANSLATE_NOOP("", "Reading"), lambda i: say(i.score_vs_panel.reading)),
            Column(QT_TRANSLATE_NOOP("", "Trend per quarter"), _trend),
        ])
        self.interviewer_view = _table(self, self.interviewers, "calibration_interviewers")
        self.interviewer_view.setAccessibleName(self.tr("Interviewers"))
        self.interviewer_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        agreement_columns = [
            Column("", lambda g: say(g.label)),
            Column(QT_TRANSLATE_NOOP("", "Sessions\nwith alpha"), lambda g: str(g.n)),
            Column(QT_TRANSLATE_NOOP("", "Mean alpha\n(lowest – highest)"),
                   lambda g: say(g.shown)),
            Column(QT_TRANSLATE_NOOP("", "Reading"), lambda g: say(g.reading)),
        ]
        self.roles = RowsModel(agreement_columns, parent=self)
        self.quarters = RowsModel(agreement_columns, parent=self)
        role_view = _table(self, self.roles, "calibration_roles")
        quarter_view = _table(self, self.quarters, "calibration_quarters")
        role_view.setAccessibleName(self.tr("Agreement by role"))
        quarter_view.setAccessibleName(self.tr("Agreement by quarter"))
        explain = QLabel(arg(self.tr(
            "Score against the panel: in each session, the interviewer's weighted score minus "
            "the mean of the other panelists' scores (before the debrief), averaged over the "
            "sessions, with its 95 % interval. Positive: rates higher than the rest of the "
            "panel; negative: lower. A reading is given only when the interval leaves out zero "
            "and at least %1 sessions back it. Outlier: alone at the top or bottom of a "
            "competency the panel disagreed on. Interviewers are matched by name."),
            MIN_SESSIONS), self)
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
        self.op.progressed.connect(lambda _p, message: self.summary.setText(say(message)))
        self.op.succeeded.connect(self._show)
        self.op.failed.connect(self._on_failed)

    def _on_failed(self, error: OpError) -> None:
        self.op = None
        self.summary.setText(arg(self.tr("Calibration could not be computed: %1"),
                                 error.message))

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
        head = self.tr("%n session(s) with the panel's figures open.", "", cal.sessions)
        if not cal.sessions:
            head = arg(self.tr("%1 %2"), head, self.tr(
                "Nothing to calibrate yet: figures appear once a panel's scorecards are in."))
        elif not cal.enough:
            head = arg(self.tr("%1 %2"), head, arg(self.tr(
                "Fewer than %1 sessions: read these figures as anecdotes, not as a tendency."),
                MIN_SESSIONS))
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
        target = ask_target(self, self.tr("interviewer calibration"))
        if target is None:
            return
        language = current_language()
        self.report_export = ReportExport(self, self.ops, target, lambda desk, path, report:
                                          desk.reports.export_calibration(
                                              path, progress=report, language=language))
