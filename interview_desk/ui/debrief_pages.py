"""Main-window pages around the debrief: role comparison, what is overdue, and the Sessions
page's buttons that open a session's debrief or a panelist's scorecard."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain import clock
from interview_desk.domain.calibration import time_to_decision
from interview_desk.domain.debrief import ComparisonRow
from interview_desk.domain.model import Recommendation
from interview_desk.domain.scorecard_rules import OverdueThresholds
from interview_desk.i18n import QT_TRANSLATE_NOOP
from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.ui import dates, settings
from interview_desk.ui.debrief_view import outcome_text, recommendation_text, score_text
from interview_desk.ui.i18n import arg, say, tr
from interview_desk.ui.models import ID_ROLE, SORT_ROLE, Column, RowsModel
from interview_desk.ui.ops import OpRunner, ShowsStoredData
from interview_desk.ui.reads import Read, read_in_background
from interview_desk.ui.report_export import ReportExport, export_role_report, safe_file_name
from interview_desk.ui.wrapping_header import ColumnFitter, WrappingHeader


def _num(v: float | int | None) -> float:
    # Missing figures sort below every real one.
    return float("-inf") if v is None else float(v)


def _recs_text(r: ComparisonRow) -> str:
    if r.pre is None:
        return arg(tr("sealed (%1 of %2 in)"), r.submitted, r.panel_size)
    given = [(rec, n) for rec, n in r.pre.tally if n]
    if not given:
        return "—"
    return ", ".join(f"{recommendation_text(rec)} ×{n}" for rec, n in given)


_REC_VALUE = {Recommendation.STRONG_NO: 1, Recommendation.NO: 2, Recommendation.YES: 3,
              Recommendation.STRONG_YES: 4}


def _recs_key(r: ComparisonRow) -> float:
    if r.pre is None or not r.pre.recommendations_given:
        return float("-inf")
    return sum(_REC_VALUE[rec] * n for rec, n in r.pre.tally) / r.pre.recommendations_given


def _score_after(r: ComparisonRow) -> str:
    if r.pre is None or r.post is None:
        return tr("sealed")
    if r.post.panel_score == r.pre.panel_score:
        return tr("unchanged")
    return score_text(r.post.panel_score)


def _table(parent: QWidget, model: QAbstractTableModel) -> tuple[QTableView,
                                                                  QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    # at 150 % the two-line titles ("Recommendations / before debrief") were cut at the sides
    view.setHorizontalHeader(WrappingHeader(Qt.Orientation.Horizontal, view))
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt's default indicator is descending
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table (cell by cell it never did)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    ColumnFitter(view, cells=False)  # titles wrap between words, never inside one
    return view, proxy


# Sessions in the comparison's first part (a screenful of rows, the newest interviews) and
# in each later one. A read that another role made obsolete stops at the end of its part:
# parts of 20 (at most ~60 ms on the five-year file, against ~550 ms for parts of 100) keep
# it from holding up the new read, for ~20 % more time over a whole busy role. (Not "#:":
# lupdate would take it for a note to the translators of the next string.)
_FIRST_PART = 20
_PART = 20


class RoleComparisonPage(QWidget, ShowsStoredData):
    """All candidates for a role side by side; every column sorts."""

    def __init__(self, desk: Desk, ops: OpRunner,
                 open_debrief: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops  # the PDF export runs there
        self.open_debrief = open_debrief
        self._now = clock.now()
        self.role = QComboBox(self)
        self.role.setObjectName("comparison_role")
        self.role.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = RowsModel(parent=self, columns=[
            Column(QT_TRANSLATE_NOOP("", "Candidate"), lambda r: r.candidate,
                   lambda r: r.candidate.casefold()),
            Column(QT_TRANSLATE_NOOP("", "Score\nbefore debrief"),
                   lambda r: tr("sealed") if r.pre is None else score_text(r.pre.panel_score),
                   lambda r: _num(r.pre.panel_score if r.pre else None)),
            Column(QT_TRANSLATE_NOOP("", "Score\nafter debrief"), _score_after,
                   lambda r: _num(r.post.panel_score if r.post else None)),
            Column(QT_TRANSLATE_NOOP("", "Recommendations\nbefore debrief"), _recs_text,
                   _recs_key),
            Column(QT_TRANSLATE_NOOP("", "Agreement (alpha)\nbefore debrief"),
                   lambda r: "—" if r.pre is None or r.pre.agreement.alpha is None
                   else f"{r.pre.agreement.alpha:.3f}",
                   lambda r: _num(r.pre.agreement.alpha if r.pre else None)),
            Column(QT_TRANSLATE_NOOP("", "Decision"),
                   lambda r: outcome_text(r.decision.outcome) if r.decision
                   else tr("pending"), lambda r: r.decision.outcome.value if r.decision else ""),
            Column(QT_TRANSLATE_NOOP("", "Days since\ninterview"),
                   lambda r: "—" if r.days_since(self._now) is None
                   else str(r.days_since(self._now)),
                   lambda r: _num(r.days_since(self._now))),
        ])
        self.view, self.proxy = _table(self, self.model)
        self.view.setObjectName("comparison_table")
        self.view.setAccessibleName(self.tr("Role comparison"))
        self.view.activated.connect(self._on_activated)  # Enter or double-click
        top = QHBoxLayout()
        title = self.tr("Role comparison")  # outside the f-string, where lupdate reads it
        top.addWidget(QLabel(f"<h2>{title}</h2>", self))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Role:"), self))
        top.addWidget(self.role)
        self.export_button = QPushButton(self.tr("Export comparison…"), self)
        self.export_button.setObjectName("comparison_export_report")
        self.export_button.setToolTip(self.tr("Save this comparison as PDF"))
        self.export_button.clicked.connect(self._on_export_clicked)
        top.addWidget(self.export_button)
        # Tab reads the row above the table first, as the eye does
        QWidget.setTabOrder(self.role, self.export_button)
        QWidget.setTabOrder(self.export_button, self.view)
        self.report_export: ReportExport | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        hint = QLabel(self.tr("Held interviews only, as in the exported PDF. Figures before "
                              "the debrief are the panel's independent ratings; after the "
                              "debrief they include the changes made in it. Figures stay "
                              "hidden while a panel is sealed. Click a heading to sort; "
                              "double-click a row for its debrief."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.status = QLabel(self)
        self.status.setObjectName("comparison_status")
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.waits = QLabel(self)
        self.waits.setObjectName("comparison_time_to_decision")
        self.waits.setWordWrap(True)
        layout.addWidget(self.waits)
        self._read: Read | None = None
        self._stale = True  # read on first show, and on show after a change while hidden
        self.refresh()

    def refresh(self) -> None:
        current = self.role.currentData()
        self.role.blockSignals(True)
        self.role.clear()
        for r in self.desk.catalog.roles.all():
            self.role.addItem(r.name, r.id)
        index = self.role.findData(current) if current else -1
        self.role.setCurrentIndex(max(index, 0) if self.role.count() else -1)
        self.role.blockSignals(False)
        self.reload()  # once, whether or not the chosen role changed

    def refresh_for(self, changes: Changes) -> None:
        if not changes.touches(Aggregate.ROLES, Aggregate.CANDIDATES, Aggregate.SESSIONS,
                               Aggregate.SCORECARDS, Aggregate.DECISIONS):
            return
        if self.isVisible():
            self.refresh()
        else:  # read when next looked at, not after every write elsewhere
            self._stale = True

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh()
        else:  # time passes: "days since" is recomputed, the figures need no new read
            self._now = clock.now()
            self.model.layoutChanged.emit()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        # A read nobody looks at would only compete with the page that is shown now: it
        # stops, and the comparison is read again when the page is shown again.
        if self._read is not None:
            self._read.cancel()
            self._read = None
            self._stale = True
        super().hideEvent(event)

    def reload(self) -> None:
        """Read the chosen role's comparison off the UI thread; rows appear as they come,
        the newest interviews first."""
        if self._read is not None:
            self._read.cancel()
            self._read = None
        self._stale = False
        role_id = self.role.currentData()
        self._now = clock.now()
        self.model.set_rows([])
        self._show_waits()
        if not role_id:
            self.status.setText("")
            return
        self.status.setText(self.tr("Reading the interviews for this role…"))
        read = self._read = read_in_background(
            self.desk, lambda desk: (part.rows for part in desk.debrief.role_comparison_parts(
                role_id, first=_FIRST_PART, size=_PART)))
        read.part_read.connect(lambda rows: self._on_part_read(read, rows))
        read.failed.connect(lambda message: self._on_read_failed(read, message))
        read.finished.connect(lambda: self._on_read_finished(read))

    @property
    def loading(self) -> bool:
        """Parts of the comparison are still being read."""
        return self._read is not None

    def _on_part_read(self, read: Read, rows: tuple[ComparisonRow, ...]) -> None:
        if read is self._read:
            self.model.append_rows(rows)

    def _on_read_failed(self, read: Read, message: str) -> None:
        if read is self._read:
            self.status.setText(message)
            self._read = None

    def _on_read_finished(self, read: Read) -> None:
        if read is self._read:
            self._read = None
            self.status.setText(self.tr("%n interview(s).", "", self.model.rowCount()))
            self._show_waits()

    def _show_waits(self) -> None:
        """The same lines as the role report's "Time to decision", over the rows read."""
        self.waits.setText("<b>" + self.tr("Time to decision") + "</b><br>" + "<br>".join(
            escape(say(line)) for line in time_to_decision(self.model.rows).lines()))

    def _on_export_clicked(self) -> None:
        role_id = self.role.currentData()
        if not role_id or self.desk.path is None:
            return
        self.report_export = export_role_report(
            self, self.ops, role_id,
            suggested=arg(self.tr("%1 – comparison – %2"), safe_file_name(self.role.currentText()),
                          f"{clock.now():%Y-%m-%d}"))

    def _on_activated(self, index: QModelIndex) -> None:
        sid = self.proxy.data(index, ID_ROLE)
        if sid and self.open_debrief:
            self.open_debrief(sid)


def thresholds_from_settings() -> OverdueThresholds:
    return OverdueThresholds(
        scorecard_hours=settings.get(settings.SCORECARD_OVERDUE_HOURS),
        candidate_told_working_days=settings.get(settings.CANDIDATE_TOLD_WORKING_DAYS))


_KIND_TEXT = {"scorecard": QT_TRANSLATE_NOOP("", "Scorecard not submitted"),
              "decision": QT_TRANSLATE_NOOP("", "Decision pending"),
              "candidate_told": QT_TRANSLATE_NOOP("", "Candidate not told")}


class OverduePage(QWidget, ShowsStoredData):
    """What is overdue, most overdue first; thresholds in a small settings dialog."""

    def __init__(self, desk: Desk, open_debrief: Callable[[str], None] | None = None,
                 parent: QWidget | None = None,
                 edit_thresholds: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.open_debrief = open_debrief
        self.edit_thresholds = edit_thresholds
        self.model = RowsModel(parent=self, columns=[
            Column(QT_TRANSLATE_NOOP("", "What"), lambda i: tr(_KIND_TEXT[i.kind]),
                   lambda i: i.kind),
            Column(QT_TRANSLATE_NOOP("", "Candidate"), lambda i: i.candidate,
                   lambda i: i.candidate.casefold()),
            Column(QT_TRANSLATE_NOOP("", "Role"), lambda i: i.role, lambda i: i.role.casefold()),
            Column(QT_TRANSLATE_NOOP("", "Detail"), lambda i: say(i.what), lambda i: i.what),
            Column(QT_TRANSLATE_NOOP("", "Due"), lambda i: dates.shown_when(i.due),
                   lambda i: i.due),
            Column(QT_TRANSLATE_NOOP("", "Days overdue"), lambda i: str(i.overdue_days),
                   lambda i: i.overdue_days),
            Column(QT_TRANSLATE_NOOP("", "Working days\nsince interview"),
                   lambda i: str(i.working_days),
                   lambda i: i.working_days),
        ])
        self.view, self.proxy = _table(self, self.model)
        # The service hands the items most overdue first; re-sorting a thousand of them
        # through data() on every refresh cost more than reading them. A heading click sorts.
        self.proxy.setDynamicSortFilter(False)
        self.view.setObjectName("overdue_table")
        self.view.setAccessibleName(self.tr("What is overdue"))
        self.view.activated.connect(self._on_activated)  # Enter or double-click
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        thresholds = QPushButton(self.tr("Thresholds…"), self)
        thresholds.clicked.connect(self._on_thresholds_clicked)
        top = QHBoxLayout()
        title = self.tr("What is overdue")  # outside the f-string, where lupdate reads it
        top.addWidget(QLabel(f"<h2>{title}</h2>", self))
        top.addStretch(1)
        top.addWidget(thresholds)
        QWidget.setTabOrder(thresholds, self.view)  # the button above the table comes first
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        # Not read here: it is read as it is shown (showEvent), and reading it twice on the
        # way to the screen held both lists at once (issue 13: peak memory).

    def refresh_for(self, changes: Changes) -> None:
        if changes:  # sessions, scorecards and decisions all make what is overdue
            self.refresh()

    def refresh(self) -> None:
        t = thresholds_from_settings()
        items = self.desk.overdue.items(t)
        self.model.set_rows(items)
        self.proxy.sort(-1)  # the service's order, which is "days overdue, descending"
        header = self.view.horizontalHeader()
        header.blockSignals(True)  # the indicator says so without sorting again
        header.setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        # Only the thresholds in force: a figure about candidates in general had no source.
        rule = arg(self.tr("Scorecards are due %1 h after the session; candidates should hear "
                           "within %2 working days (weekends skipped). Change these with "
                           "Thresholds…"), t.scorecard_hours, t.candidate_told_working_days)
        head = self.tr("Nothing is overdue.") if not items else \
            self.tr("%n item(s) need attention.", "", len(items))
        self.summary.setText(arg(self.tr("%1 %2"), head, rule))

    def showEvent(self, event: Any) -> None:
        self.refresh()  # time passes: the list is recomputed whenever it is looked at
        super().showEvent(event)

    def _on_thresholds_clicked(self) -> None:
        if self.edit_thresholds is not None:  # the Settings dialog, at its Follow-up tab
            self.edit_thresholds()

    def _on_activated(self, index: QModelIndex) -> None:
        item_id = self.proxy.data(index, ID_ROLE)
        if item_id and self.open_debrief:
            self.open_debrief(item_id.split(":")[1])
