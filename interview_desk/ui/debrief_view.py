"""The debrief: the panel's ratings side by side, how far they agree, and the decision.

Sealed until every panelist has submitted (or the lead unseals it, which is recorded). Every
figure comes from the read model (``DebriefService.view``); the widgets only arrange it, and
each figure says whether it is from before the debrief or after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.debrief import PanelistView, PanelView
from interview_desk.domain.model import Outcome, Recommendation, SessionStatus
from interview_desk.domain.scale import SCALE
from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.storage.session_list import SessionChoice
from interview_desk.ui import dates
from interview_desk.ui.debrief_agenda import AgendaPanel, structure_html
from interview_desk.ui.i18n import arg, say, tr
from interview_desk.ui.look import Tone, colours, text_style, tint
from interview_desk.ui.ops import OpError, OpRunner, ShowsStoredData
from interview_desk.ui.report_export import ReportExport, export_session_report, safe_file_name
from interview_desk.ui.tell_candidate import tell_button
from interview_desk.ui.wrapping_header import ColumnFitter, WrappingHeader

AnyIndex = QModelIndex | QPersistentModelIndex


def recommendation_text(r: Recommendation | None) -> str:
    if r is None:
        return "—"
    return {Recommendation.STRONG_NO: tr("Strong no"), Recommendation.NO: tr("No"),
            Recommendation.YES: tr("Yes"), Recommendation.STRONG_YES: tr("Strong yes")}[r]


def outcome_text(o: Outcome) -> str:
    return {Outcome.HIRE: tr("Hire"), Outcome.NO_HIRE: tr("No hire"),
            Outcome.ANOTHER_ROUND: tr("Another round"),
            Outcome.ADDITIONAL_ASSESSMENT: tr("Additional assessment")}[o]


def status_word(s: SessionStatus) -> str:
    """The status as a lower-case word inside a line ("status decided")."""
    return {SessionStatus.PLANNED: tr("planned", "session status"),
            SessionStatus.LIVE: tr("live", "session status"),
            SessionStatus.COMPLETED: tr("completed", "session status"),
            SessionStatus.DECIDED: tr("decided", "session status")}[s]


def score_text(v: float | None) -> str:
    return "—" if v is None else f"{v:.2f}"


def _rating_text(v: int | None, no_evidence: bool) -> str:
    if v is not None:
        return str(v)
    return tr("n/e") if no_evidence else "—"


class MatrixModel(QAbstractTableModel):
    """Panelists (rows) × competencies (columns), then each panelist's score and recommendation.

    Two summary rows close the table: the panel (mean rating, panel weighted score) and the
    spread (range) per competency. A figure changed after the debrief reads
    "before the debrief → after the debrief".
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.data_: PanelView | None = None

    def set_data(self, data: PanelView | None) -> None:
        self.beginResetModel()
        self.data_ = data
        self.endResetModel()

    @property
    def _people(self) -> tuple[PanelistView, ...]:
        return self.data_.shown if self.data_ else ()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self.data_:
            return 0
        return len(self._people) + 2

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self.data_:
            return 0
        return len(self.data_.competencies) + 2

    def panelist_at(self, row: int) -> PanelistView | None:
        people = self._people
        return people[row] if 0 <= row < len(people) else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        d = self.data_
        if d is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            n = len(d.competencies)
            if section < n:
                c = d.competencies[section]
                if role == Qt.ItemDataRole.ToolTipRole:
                    return arg(tr("%1 — weight %2"), c.name, f"{c.weight:g}")
                return c.name  # the header wraps it at its width
            return [tr("Weighted\nscore"), tr("Recommen-\ndation")][section - n]
        people = self._people
        if section < len(people):
            p = people[section].panelist
            return p.name + (" ⚠" if people[section].submitted_after_unseal else "")
        return [tr("Panel"), tr("Spread")][section - len(people)]

    def _tone(self, row: int, cid: str | None, disagreement: bool) -> Tone | None:
        """A changed cell is blue even inside an orange column, as the legend says."""
        p = self.panelist_at(row)
        if p and cid is not None and p.changed(cid):
            return Tone.CHANGED
        return Tone.DISAGREE if disagreement else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        d = self.data_
        if d is None or d.pre is None or d.post is None or not index.isValid():
            return None
        row, col = index.row(), index.column()
        n = len(d.competencies)
        people = self._people
        cid = d.competencies[col].id if col < n else None
        pre_f = d.pre.per_competency.get(cid) if cid else None
        post_f = d.post.per_competency.get(cid) if cid else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            tone = self._tone(row, cid, pre_f is not None and pre_f.disagreement)
            if tone is None:
                return None
            # the tint's own text colour: a dark palette's light text on a light tint was
            # unreadable, and these are the very numbers to discuss
            bg, fg = colours(tone)
            return QBrush(bg if role == Qt.ItemDataRole.BackgroundRole else fg)
        if role == Qt.ItemDataRole.FontRole and row >= len(people):
            f = QFont()
            f.setBold(True)
            return f
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if row < len(people):
            p = people[row]
            if p.pre is None or p.post is None:
                return None
            if cid is not None:
                pre, post = p.pre.rating(cid), p.post.rating(cid)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return (post.evidence if post else "") or tr("No evidence written.")
                now = _rating_text(post.rating if post else None,
                                   bool(post and post.no_evidence))
                if p.changed(cid):
                    was = _rating_text(pre.rating if pre else None,
                                       bool(pre and pre.no_evidence))
                    return f"{was} → {now}"
                return now
            if col == n:
                return _before_after(p.pre.score, p.post.score)
            pre_r, post_r = p.pre.recommendation, p.post.recommendation
            if pre_r != post_r:
                return f"{recommendation_text(pre_r)} → {recommendation_text(post_r)}"
            return recommendation_text(post_r)
        if row == len(people):  # the panel
            if cid is not None:
                return _before_after(pre_f.mean if pre_f else None,
                                     post_f.mean if post_f else None)
            if col == n:
                return _before_after(d.pre.panel_score, d.post.panel_score)
            return ""
        if pre_f is not None and post_f is not None:  # spread
            text = "—" if pre_f.spread is None else str(pre_f.spread)
            if pre_f.disagreement:
                text += " " + tr("(disagree)")
            if post_f.spread != pre_f.spread:
                text += f" → {'—' if post_f.spread is None else post_f.spread}"
            return text
        return ""


def _before_after(pre: float | None, post: float | None) -> str:
    """A figure as it stood before the debrief, and where the debrief moved it."""
    if pre != post:
        return f"{score_text(pre)} → {score_text(post)}"
    return score_text(pre)


class DebriefView(QWidget):
    """One session's debrief: seal, matrix, agreement, changes, concerns, decision."""

    unsealed = Signal(str)  # session id
    decision_recorded = Signal(str)  # session id

    def __init__(self, desk: Desk, ops: OpRunner, session_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops  # the unseal and the decision are written there, off this thread
        self.session_id: str | None = None
        self.data_: PanelView | None = None
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)
        self.subheader = QLabel(self)
        self.subheader.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_sealed())
        self.stack.addWidget(self._build_open())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.subheader)
        layout.addWidget(self.stack, 1)
        if session_id:
            self.set_session(session_id)

    # --- sealed -------------------------------------------------------------------------------

    def _build_sealed(self) -> QWidget:
        page = QFrame(self)
        box = QVBoxLayout(page)
        self.seal_label = QLabel(page)
        self.seal_label.setObjectName("seal_label")
        self.seal_label.setWordWrap(True)
        box.addWidget(self.seal_label)
        form = QFormLayout()
        self.unseal_lead = QComboBox(page)
        form.addRow(self.tr("Lead:"), self.unseal_lead)
        self.unseal_pin = QLineEdit(page)
        self.unseal_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.unseal_pin.setPlaceholderText(self.tr("the lead's PIN, if one is set"))
        form.addRow(self.tr("PIN:"), self.unseal_pin)
        self.unseal_reason = QLineEdit(page)
        self.unseal_reason.setObjectName("unseal_reason")
        self.unseal_reason.setPlaceholderText(
            self.tr("e.g. a panelist is away until next week"))
        form.addRow(self.tr("Reason:"), self.unseal_reason)
        box.addLayout(form)
        row = QHBoxLayout()
        self.unseal_button = QPushButton(self.tr("Unseal now (recorded)"), page)
        self.unseal_button.setObjectName("unseal_button")
        self.unseal_button.clicked.connect(self._on_unseal_clicked)
        row.addWidget(self.unseal_button)
        row.addStretch(1)
        box.addLayout(row)
        self.unseal_error = QLabel(page)
        tint(self.unseal_error, lambda: text_style(Tone.ERROR, page))
        box.addWidget(self.unseal_error)
        box.addStretch(1)
        return page

    def _on_unseal_clicked(self) -> None:
        if self.session_id is None:
            return
        lead_id = self.unseal_lead.currentData()
        service = self.desk.scorecards
        if not service.verify_pin(lead_id, self.unseal_pin.text()):
            self.unseal_error.setText(self.tr("That PIN is not right."))
            return
        sid, reason = self.session_id, self.unseal_reason.text()
        self.unseal_button.setEnabled(False)  # one unseal per click
        op = self.ops.run(lambda desk, _report: desk.scorecards.unseal(sid, lead_id, reason),
                          changes=Changes.of(Aggregate.SCORECARDS, ids=[sid]), owner=self)
        op.succeeded.connect(lambda _state: self._on_unsealed(sid))
        op.failed.connect(self._on_unseal_failed)

    def _on_unsealed(self, session_id: str) -> None:
        self.unseal_button.setEnabled(True)
        self.unseal_pin.clear()
        self.unseal_reason.clear()
        self.unseal_error.clear()
        if session_id == self.session_id:
            self.refresh()
        self.unsealed.emit(session_id)

    def _on_unseal_failed(self, error: OpError) -> None:
        self.unseal_button.setEnabled(True)
        self.unseal_error.setText(error.message)

    # --- open ---------------------------------------------------------------------------------

    def _build_open(self) -> QWidget:
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Debrief"))
        # Ratings: matrix, evidence of the clicked cell, agreement
        ratings = QWidget(self)
        rbox = QVBoxLayout(ratings)
        self.matrix_model = MatrixModel(self)
        self.matrix = QTableView(ratings)
        self.matrix.setObjectName("debrief_matrix")
        self.matrix.setAccessibleName(self.tr("Ratings by panelist and competency"))
        self.matrix.setHorizontalHeader(WrappingHeader(Qt.Orientation.Horizontal, self.matrix))
        self.matrix.setModel(self.matrix_model)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_columns = ColumnFitter(self.matrix)  # no title or cell cut inside a word
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.horizontalHeader().geometriesChanged.connect(self._fit_matrix)
        self.matrix.clicked.connect(self._on_cell_clicked)
        self.matrix.selectionModel().currentChanged.connect(
            lambda cur, _prev: self._on_cell_clicked(cur))
        self.legend = QLabel(self.tr("Figures are the independent ratings, before the debrief; "
                                     "where the debrief changed one it reads “before → after”. "
                                     "Orange column: the independent ratings span two points "
                                     "or more — discuss it. Blue cell: changed after the "
                                     "debrief. n/e = no evidence. Click a cell for its "
                                     "evidence."), ratings)
        self.legend.setWordWrap(True)
        self.evidence = QTextBrowser(ratings)
        self.evidence.setObjectName("cell_evidence")
        self.evidence.setAccessibleName(self.tr("Evidence of the chosen rating"))
        self.agreement = QLabel(ratings)
        self.agreement.setObjectName("agreement_label")
        self.agreement.setWordWrap(True)
        self.agreement.setTextFormat(Qt.TextFormat.PlainText)
        # A wrapped label has almost no minimum width: a splitter would squeeze the agreement
        # reading to one word per line, so the two sit side by side at fixed shares.
        lower = QHBoxLayout()
        self.agreement.setMinimumWidth(340)
        self.agreement.setAlignment(Qt.AlignmentFlag.AlignTop)
        # it scrolls, as the evidence beside it does: at 150 % on a 768-pixel screen its last
        # lines were cut off
        agreement_scroll = QScrollArea(ratings)
        agreement_scroll.setObjectName("agreement_scroll")
        agreement_scroll.setAccessibleName(self.tr("Agreement"))
        # what it holds takes the keys; the frame around it is no stop of its own
        agreement_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        agreement_scroll.setWidget(self.agreement)
        agreement_scroll.setWidgetResizable(True)
        agreement_scroll.setFrameShape(QFrame.Shape.NoFrame)
        agreement_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        agreement_scroll.setMinimumWidth(340 + agreement_scroll.verticalScrollBar().sizeHint()
                                         .width())
        lower.addWidget(agreement_scroll, 2)
        lower.addWidget(self.evidence, 3)
        rbox.addWidget(self.legend)
        rbox.addWidget(self.matrix)
        rbox.addLayout(lower, 1)
        # At 150 % on a 768-pixel screen the legend, the whole matrix and the panes below do
        # not fit: the tab scrolls rather than let the panes slide over the matrix's last rows.
        ratings_scroll = QScrollArea(self)
        ratings_scroll.setObjectName("ratings_scroll")
        ratings_scroll.setAccessibleName(self.tr("Ratings and agreement"))
        ratings_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ratings_scroll.setWidget(ratings)
        ratings_scroll.setWidgetResizable(True)
        ratings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        ratings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs.addTab(ratings_scroll, self.tr("&Ratings && agreement"))

        # The agenda: widest spread first, in the lead's speaking order, with a timer
        self.agenda = AgendaPanel(self)
        self.agenda.speaking_order_saved.connect(self._on_speaking_order)
        self.tabs.addTab(self.agenda, self.tr("Agenda"))

        # How structured the interview was
        self.structure = QTextBrowser(self)
        self.structure.setObjectName("structure_profile")
        self.structure.setAccessibleName(self.tr("How structured the interview was"))
        self.tabs.addTab(self.structure, self.tr("Structure"))

        # Changes after the debrief, first-round concerns, takeaways
        self.changes = QTextBrowser(self)
        self.changes.setObjectName("changes_text")
        self.changes.setAccessibleName(self.tr("Changes, concerns and takeaways"))
        self.tabs.addTab(self.changes, self.tr("&Changes, concerns && takeaways"))

        # Decision
        # The decision form is taller than the debrief has room for on a 768-pixel screen at
        # 150 %: it scrolls rather than push the whole window past the screen's bottom.
        self.decision_page = QScrollArea(self)
        self.decision_page.setObjectName("decision_scroll")
        self.decision_page.setAccessibleName(self.tr("Decision"))
        self.decision_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.decision_page.setWidget(self._build_decision())
        self.decision_page.setWidgetResizable(True)
        self.decision_page.setFrameShape(QFrame.Shape.NoFrame)
        # Alt+D opens the decision, Alt+O its outcome, Alt+A the rationale, Alt+E records it
        self.tabs.addTab(self.decision_page, self.tr("&Decision"))
        # Statistics first: the composite and the agreement head the open debrief.
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel(page)
        self.headline.setObjectName("debrief_headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        box.addWidget(self.headline)
        box.addWidget(self.tabs, 1)
        return page

    def _build_decision(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.outcome = QComboBox(page)
        self.outcome.setObjectName("decision_outcome")
        # nothing chosen until someone chooses: a default of "Hire" was recorded unread
        self.outcome.addItem(self.tr("— choose —"), None)
        for o in Outcome:
            self.outcome.addItem(outcome_text(o), o.value)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        self.rationale = QPlainTextEdit(page)
        self.rationale.setObjectName("decision_rationale")
        self.rationale.setTabChangesFocus(True)  # Tab reaches "Record decision", as elsewhere
        self.rationale.setPlaceholderText(self.tr("Why: the evidence that decided it"))
        form.addRow(self.tr("R&ationale:"), self.rationale)
        # Shown when the chosen outcome departs from the composite under the role's rule.
        self.override_note = QLabel(page)
        self.override_note.setObjectName("decision_override_note")
        self.override_note.setWordWrap(True)
        tint(self.override_note, lambda: text_style(Tone.ERROR, page))
        self.override_reason = QPlainTextEdit(page)
        self.override_reason.setObjectName("decision_override_reason")
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setMaximumHeight(70)
        self.override_reason.setPlaceholderText(
            self.tr("Why the decision goes against the composite (recorded as an override)"))
        self.decision_form = form
        form.addRow(self.override_note)
        form.addRow(self.tr("Override reason:"), self.override_reason)
        self.carry = QPlainTextEdit(page)
        self.carry.setObjectName("decision_carry_concerns")
        self.carry.setTabChangesFocus(True)
        self.carry.setMaximumHeight(70)
        self.carry.setPlaceholderText(self.tr(
            "Concerns for the next round, one per line (open first-round concerns and the "
            "panel's concern flags are carried anyway)"))
        form.addRow(self.tr("Next round:"), self.carry)
        self.outcome.currentIndexChanged.connect(lambda _i: self._show_override_rule())
        self.decided_by = QComboBox(page)
        self.decided_by.setEditable(True)
        self.decided_by.setObjectName("decision_by")
        form.addRow(self.tr("Decided by:"), self.decided_by)
        self.decided_at = QLabel(page)
        form.addRow(self.tr("Decided at:"), self.decided_at)
        due_row = QHBoxLayout()
        self.has_due = QCheckBox(self.tr("Follow up by"), page)
        self.follow_up = QDateEdit(page)
        self.follow_up.setAccessibleName(self.tr("Follow up by"))
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat(dates.day_format())
        self.has_due.toggled.connect(self.follow_up.setEnabled)
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.follow_up)
        due_row.addStretch(1)
        form.addRow(self.tr("Follow-up:"), due_row)
        told_row = QHBoxLayout()
        self.told = QCheckBox(self.tr("Candidate told on"), page)
        self.told.setObjectName("decision_told")
        self.told_on = QDateEdit(page)
        self.told_on.setAccessibleName(self.tr("Candidate told on"))
        self.told_on.setCalendarPopup(True)
        self.told_on.setDisplayFormat(dates.day_format())
        self.told.toggled.connect(self.told_on.setEnabled)
        told_row.addWidget(self.told)
        told_row.addWidget(self.told_on)
        told_row.addStretch(1)
        form.addRow(self.tr("Candidate:"), told_row)
        buttons = QHBoxLayout()
        self.save_decision = QPushButton(self.tr("R&ecord decision"), page)
        self.save_decision.setObjectName("decision_save")
        self.save_decision.clicked.connect(self._on_save_decision)
        self.decision_status = QLabel(page)
        self.decision_status.setWordWrap(True)
        buttons.addWidget(self.save_decision)
        self.tell_button = tell_button(page, self.desk, self.ops, lambda: self.session_id,
                                       self.refresh)
        buttons.addWidget(self.tell_button)
        buttons.addWidget(self.decision_status, 1)
        form.addRow(buttons)
        return page

    # --- filling --------------------------------------------------------------------------------

    def set_session(self, session_id: str) -> None:
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        if self.session_id is None:
            return
        d = self.data_ = self.desk.debrief.view(self.session_id)
        when = dates.shown_when(d.started_at or d.scheduled_at or "")
        self.header.setText(arg(self.tr("%1 — %2"), d.candidate, d.role))
        self.subheader.setText(arg(
            self.tr("Interview %1 · status %2 · %3 of %4 scorecards submitted · a follow-up "
                    "interview (another round)") if d.follow_up_of
            else self.tr("Interview %1 · status %2 · %3 of %4 scorecards submitted"),
            when, status_word(d.status), len(d.seal.submitted), len(d.seal.panel)))
        if d.sealed:
            self._show_sealed(d)
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.matrix_model.set_data(d)
        self._fit_matrix()
        self.agreement.setText(self._agreement_text(d))
        self.evidence.setPlainText(self.tr("Click a rating to read its evidence."))
        self.changes.setHtml(self._changes_html(d))
        self.headline.setText(self._headline(d))
        self.agenda.set_data(d)
        self.structure.setHtml(structure_html(d))
        self._fill_decision(d)

    def _fit_matrix(self) -> None:
        """The matrix is as tall as its rows, so the evidence gets the rest of the page."""
        rows = sum(self.matrix.rowHeight(r) for r in range(self.matrix_model.rowCount()))
        header = self.matrix.horizontalHeader().sizeHint().height()
        sideways = self.matrix.horizontalHeader().length() > self.matrix.viewport().width()
        bar = self.matrix.horizontalScrollBar().sizeHint().height() if sideways else 0
        self.matrix.setFixedHeight(rows + header + bar + 2 * self.matrix.frameWidth() + 2)

    def _show_sealed(self, d: PanelView) -> None:
        waiting = [d.panelist_name(p) for p in d.seal.waiting_for]
        self.seal_label.setText(arg(self.tr(
            "The panel is sealed: %1 of %2 scorecards are in, still waiting for %3. Nobody sees "
            "the others' ratings until every panelist has submitted, so no voice anchors the "
            "rest. The lead can open the debrief early; that is recorded with the reason."),
            len(d.seal.submitted), len(d.seal.panel), ", ".join(waiting)))
        self.unseal_lead.clear()
        for p in d.panelists:
            if p.panelist.is_lead:
                self.unseal_lead.addItem(p.panelist.name, p.panelist.id)

    def _headline(self, d: PanelView) -> str:
        """The composite and the agreement, before anyone speaks."""
        if d.pre is None:
            return ""
        a = d.pre.agreement
        alpha = "—" if a.alpha is None else f"{a.alpha:.2f}"
        text = arg(self.tr("Composite (weighted score of the independent ratings): %1 of %2 · "
                           "agreement alpha %3 · to discuss first (spread ≥ 2): %4"),
                   score_text(d.composite), SCALE.highest, alpha,
                   sum(f.disagreement for f in d.pre.per_competency.values()))
        rule = self._rule_text(d)
        return text + (f"\n{rule}" if rule else "")

    def _rule_text(self, d: PanelView) -> str:
        hire, no_hire = d.policy.hire_below, d.policy.no_hire_above
        if hire is not None and no_hire is not None:
            return arg(self.tr("The role's rule: a hire below %1 or a no-hire above %2 needs a "
                               "written override reason."), score_text(hire),
                       score_text(no_hire))
        if hire is not None:
            return arg(self.tr("The role's rule: a hire below %1 needs a written override "
                               "reason."), score_text(hire))
        if no_hire is not None:
            return arg(self.tr("The role's rule: a no-hire above %1 needs a written override "
                               "reason."), score_text(no_hire))
        return ""

    def _on_speaking_order(self, ids: list[str]) -> None:
        if self.session_id is None:
            return
        sid = self.session_id
        op = self.ops.run(lambda desk, _report: desk.debrief.set_speaking_order(sid, ids),
                          changes=Changes.of(Aggregate.SESSIONS, ids=[sid]), owner=self)
        op.succeeded.connect(lambda _r: self.refresh() if sid == self.session_id else None)
        op.failed.connect(lambda error: self.agenda.detail.setPlainText(error.message))

    def _agreement_text(self, d: PanelView) -> str:
        pre, post = d.pre, d.post
        if pre is None or post is None:
            return ""
        lines = [arg(self.tr("Panel weighted score before the debrief (the independent "
                             "ratings): %1 (of %2)"), score_text(pre.panel_score), SCALE.highest)]
        if d.changed_after_debrief:
            lines.append(arg(self.tr("Panel weighted score after the debrief: %1 (of %2)"),
                             score_text(post.panel_score), SCALE.highest))
        a = pre.agreement
        alpha = "—" if a.alpha is None else f"{a.alpha:.3f}"
        icc = self.tr("not computable (needs two competencies everyone rated)") \
            if a.icc is None else f"{a.icc:.3f}"
        lines += [
            self.tr("Agreement of the independent ratings (before the debrief):"),
            arg(self.tr("Krippendorff's alpha (ordinal): %1"), alpha),
            say(a.reading),
            arg(self.tr("ICC(2,1): %1"), icc),
            arg(self.tr("Based on %1 competencies rated by two or more panelists (%2 ratings)."),
                a.units, a.pairable_values),
        ]
        if d.changed_after_debrief:
            value = "—" if post.agreement.alpha is None else f"{post.agreement.alpha:.3f}"
            lines.append(arg(self.tr("After the debrief: alpha %1."), value))
        names = {c.id: c.name for c in d.competencies}
        disagreements = [names[cid] for cid, f in pre.per_competency.items() if f.disagreement]
        if disagreements:
            lines.append(arg(self.tr("Disagreements before the debrief (range ≥ 2): %1."),
                             ", ".join(disagreements)))
        late = [p.panelist.name for p in d.shown if p.submitted_after_unseal]
        if late:
            lines.append(arg(self.tr("⚠ Submitted after the lead unsealed (may have seen the "
                                     "others' ratings): %1."), ", ".join(late)))
        if d.seal.unsealed_at:
            lines.append(arg(self.tr("Unsealed early by %1 at %2."), d.seal.unsealed_by or "?",
                             dates.shown_when(d.seal.unsealed_at or "")))
        return "\n".join(lines)

    def _changes_html(self, d: PanelView) -> str:
        from html import escape

        # each tr() outside the f-strings: lupdate does not read inside them
        changes, none = self.tr("Changes after the debrief"), self.tr(
            "None: every scorecard stands as submitted.")
        concerns, no_concerns = self.tr("First-round concerns"), self.tr(
            "The first round left no concerns open.")
        takeaways = self.tr("Key takeaways")
        out = [f"<h3>{escape(changes)}</h3>"]
        rows = []
        for a in d.amendments:
            what = a.item if a.competency_id is not None else self.tr("Overall recommendation")
            rows.append(f"<li><b>{escape(a.panelist)}</b>, {escape(what)}: "
                        f"{escape(say(a.original))} → {escape(say(a.amended))} "
                        f"<i>({escape(dates.shown_when(a.amended_at))})</i> — "
                        f"{escape(a.reason)}</li>")
        out.append(f"<ul>{''.join(rows)}</ul>" if rows else
                   f"<p>{escape(none)}</p>")
        out.append(f"<h3>{escape(concerns)}</h3><ul>")
        for c in d.concerns:
            if c.addressed:
                status = arg(self.tr("addressed by %1"), c.addressed_by or "?")
                note = f"<br/><small>{escape(say(c.note))}</small>" if c.note else ""
            else:
                status, note = self.tr("NOT addressed"), ""
            out.append(f"<li>{escape(c.text)} — <b>{escape(status)}</b>{note}</li>")
        if not d.concerns:
            out.append(f"<li>{escape(no_concerns)}</li>")
        out.append("</ul>")
        out.append(f"<h3>{escape(takeaways)}</h3><ul>")
        for p in d.shown:
            text = p.pre.takeaways if p.pre else ""
            out.append(f"<li><b>{escape(p.panelist.name)}</b>: {escape(text) or '—'}</li>")
        out.append("</ul>")
        return "".join(out)

    def _fill_decision(self, d: PanelView) -> None:
        self.decided_by.clear()
        for p in d.panelists:
            self.decided_by.addItem(p.panelist.name)
        lead = next((p.panelist.name for p in d.panelists if p.panelist.is_lead), "")
        dec = d.decision
        today = dates.today()
        if dec is None:
            self.outcome.setCurrentIndex(0)
            self.rationale.clear()
            self.decided_by.setCurrentText(lead)
            self.decided_at.setText(self.tr("not decided yet"))
            self.has_due.setChecked(False)
            self.follow_up.setDate(today.addDays(7))
            self.told.setChecked(False)
            self.told_on.setDate(today)
            self.decision_status.setText("")
        else:
            self.outcome.setCurrentIndex(self.outcome.findData(dec.outcome.value))
            self.rationale.setPlainText(dec.rationale)
            self.decided_by.setCurrentText(dec.decided_by)
            self.decided_at.setText(dates.shown_when(dec.decided_at))
            self.has_due.setChecked(bool(dec.follow_up_due))
            self.follow_up.setDate(QDate.fromString(dec.follow_up_due[:10], "yyyy-MM-dd")
                                   if dec.follow_up_due else today.addDays(7))
            self.told.setChecked(bool(dec.candidate_informed_at))
            self.told_on.setDate(
                QDate.fromString(dec.candidate_informed_at[:10], "yyyy-MM-dd")
                if dec.candidate_informed_at else today)
            self.decision_status.setText(self.tr("Decision recorded."))
        self.follow_up.setEnabled(self.has_due.isChecked())
        self.told_on.setEnabled(self.told.isChecked())
        self.override_reason.setPlainText(dec.override_reason if dec else "")
        self.carry.clear()
        self._show_override_rule()
        self.tell_button.setEnabled(dec is not None)

    def _show_override_rule(self) -> None:
        """Say, as the outcome is chosen, whether it departs from the composite."""
        d = self.data_
        outcome = Outcome(self.outcome.currentData()) if self.outcome.currentData() else None
        dep = d.departure_for(outcome) if d is not None and outcome is not None else None
        if dep is not None:
            self.override_note.setText(arg(self.tr("This would be %1: write why below; it is "
                                                   "recorded as an override, with the "
                                                   "composite, and shown in the report."),
                                           say(dep.sentence)))
        else:
            self.override_note.setText("")
        # Each field shows only when the chosen outcome needs it.
        self.decision_form.setRowVisible(self.override_note, dep is not None)
        self.decision_form.setRowVisible(self.override_reason, dep is not None)
        self.override_reason.setEnabled(dep is not None)
        later = outcome in (Outcome.ANOTHER_ROUND, Outcome.ADDITIONAL_ASSESSMENT)
        planned = d is not None and d.follow_up_session_id is not None
        self.decision_form.setRowVisible(self.carry, later and not planned)
        self.carry.setEnabled(later and not planned)

    # --- events ---------------------------------------------------------------------------------

    def _on_cell_clicked(self, index: QModelIndex) -> None:
        d = self.data_
        if d is None or not index.isValid():
            return
        p = self.matrix_model.panelist_at(index.row())
        n = len(d.competencies)
        if p is None or p.pre is None or p.post is None or index.column() > n:
            return
        if index.column() == n:
            self.evidence.setPlainText(
                arg(self.tr("%1: weighted score %2; takeaways:\n%3"), p.panelist.name,
                    _before_after(p.pre.score, p.post.score), p.pre.takeaways))
            return
        c = d.competencies[index.column()]
        pre, post = p.pre.rating(c.id), p.post.rating(c.id)
        lines = [f"{p.panelist.name} — {c.name}",
                 arg(self.tr("Rating: %1"), _rating_text(
                     post.rating if post else None, bool(post and post.no_evidence))), "",
                 (post.evidence if post else "") or self.tr("No evidence written.")]
        if p.changed(c.id) and pre is not None:
            reasons = "; ".join(a.reason for a in p.amendments if a.competency_id == c.id)
            lines += ["", arg(self.tr("Before the debrief: %1"),
                              _rating_text(pre.rating, pre.no_evidence)),
                      pre.evidence or self.tr("No evidence written."),
                      arg(self.tr("Changed because: %1"), reasons)]
        self.evidence.setPlainText("\n".join(lines))

    def _on_save_decision(self) -> None:
        if self.session_id is None:
            return
        told = self.told_on.date().toString("yyyy-MM-dd") if self.told.isChecked() else None
        due = self.follow_up.date().toString("yyyy-MM-dd") if self.has_due.isChecked() \
            else None
        if self.outcome.currentData() is None:
            self.decision_status.setText(self.tr("Choose an outcome first."))
            self.outcome.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        sid, outcome = self.session_id, Outcome(self.outcome.currentData())
        rationale, decided_by = self.rationale.toPlainText(), self.decided_by.currentText()
        override = self.override_reason.toPlainText()
        carry = self.carry.toPlainText().splitlines()
        self.save_decision.setEnabled(False)  # one decision per click
        op = self.ops.run(
            lambda desk, _report: desk.debrief.record_decision(
                sid, outcome, rationale=rationale, decided_by=decided_by,
                follow_up_due=due, candidate_informed_at=told, override_reason=override,
                carry_concerns=carry),
            changes=Changes.of(Aggregate.DECISIONS, Aggregate.SESSIONS, ids=[sid]), owner=self)
        op.succeeded.connect(lambda _decision: self._on_decision_recorded(sid))
        op.failed.connect(self._on_decision_failed)

    def _on_decision_recorded(self, session_id: str) -> None:
        self.save_decision.setEnabled(True)
        if session_id == self.session_id:
            self.refresh()
            self.tabs.setCurrentWidget(self.decision_page)
            if self.data_ is not None and self.data_.follow_up_session_id:
                self.decision_status.setText(self.tr(
                    "Decision recorded. A follow-up interview is planned on the Sessions page "
                    "with the open concerns to probe."))
        self.decision_recorded.emit(session_id)

    def _on_decision_failed(self, error: OpError) -> None:
        self.save_decision.setEnabled(True)
        self.decision_status.setText(error.message)


class SessionChoices(QAbstractListModel):
    """The Debrief page's chooser: one compact row per session, named only when drawn.

    A combo box's own model keeps an item per row, its text and data in a map of roles; filled
    from the Sessions list's full rows, years of sessions made that most of the page's memory
    (issue 13). The session's id is the ``UserRole``, as ``addItem``'s data was."""

    def __init__(self, name: Callable[[SessionChoice], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._name = name
        self._rows: list[SessionChoice] = []

    def set_rows(self, rows: list[SessionChoice]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, session_id: str) -> int:
        """The row showing ``session_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == session_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._name(row)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class DebriefPage(QWidget, ShowsStoredData):
    """Main-window page: choose a held session, see its debrief."""

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("debrief_session")
        # sized to a short session, not the longest: with the German heading and button it
        # made the window wider than a 1366×768 screen at 150 %
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(18)
        self.choices = SessionChoices(self._session_text, self.chooser)
        self.chooser.setModel(self.choices)
        popup = self.chooser.view()
        if isinstance(popup, QListView):  # it is: the combo's own list view
            # it shows a few of years of sessions at a time: size one row, not all of them
            popup.setUniformItemSizes(True)
        self.chooser.currentIndexChanged.connect(self._on_session_chosen)
        self.view = DebriefView(desk, ops, parent=self)
        row = QHBoxLayout()
        heading = self.tr("Debrief")  # outside the f-string, where lupdate reads it
        title = QLabel(f"<h2>{heading}</h2>", self)
        row.addWidget(title)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Session:"), self))
        row.addWidget(self.chooser)
        self.export_button = QPushButton(self.tr("Export report…"), self)
        self.export_button.setObjectName("debrief_export_report")
        self.export_button.setToolTip(self.tr("Save this session's consolidated report as PDF"))
        self.export_button.clicked.connect(self._on_export_clicked)
        row.addWidget(self.export_button)
        # beside the session chooser on screen, so next to it for Tab, before the debrief
        QWidget.setTabOrder(self.chooser, self.export_button)
        self.report_export: ReportExport | None = None
        # the chooser names each session's status: a decision changes it
        self.view.decision_recorded.connect(lambda _sid: self.refresh())
        self.view.unsealed.connect(lambda _sid: self._label_export())
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.refresh()
        # just read: the show that follows building the page need not read it all again
        self._read_for_show = True

    def refresh(self) -> None:
        current = self.chooser.currentData()
        self._fill(self.desk.sessions.choices(current))  # one shown on purpose stays
        index = self.choices.row_of(current) if current else -1
        self.chooser.setCurrentIndex(max(index, 0) if self.chooser.count() else -1)
        self._on_session_chosen(self.chooser.currentIndex())

    def _fill(self, rows: list[SessionChoice]) -> None:
        self.chooser.blockSignals(True)
        self.choices.set_rows(rows)
        self.chooser.blockSignals(False)

    def refresh_for(self, changes: Changes) -> None:
        if changes.touches(Aggregate.SESSIONS, Aggregate.SCORECARDS, Aggregate.DECISIONS,
                           Aggregate.CANDIDATES, Aggregate.NOTES):
            self.refresh()

    def showEvent(self, event: Any) -> None:
        if not self._read_for_show:
            self.refresh()  # scorecards may have come in since it was last shown
        self._read_for_show = False
        super().showEvent(event)

    def show_session(self, session_id: str) -> None:
        if self.choices.row_of(session_id) < 0:  # e.g. a planned session: show it anyway
            rows = self.desk.sessions.choices(session_id)
            if all(r.id != session_id for r in rows):
                return
            self._fill(rows)
        index = self.choices.row_of(session_id)
        self.chooser.setCurrentIndex(index)
        self._on_session_chosen(index)

    def _session_text(self, r: SessionChoice) -> str:
        return arg(self.tr("%1 — %2 (%3)"), r.candidate, dates.shown_date(r.scheduled_at),
                   status_word(r.status))

    def _on_export_clicked(self) -> None:
        sid = self.chooser.currentData()
        if not sid or self.desk.path is None:
            return
        self.report_export = export_session_report(
            self, self.ops, sid,
            suggested=arg(self.tr("%1 – interview report"),
                          safe_file_name(self.chooser.currentText())))

    def _on_session_chosen(self, index: int) -> None:
        sid = self.chooser.itemData(index) if index >= 0 else None
        self.export_button.setEnabled(bool(sid) and self.desk.path is not None)
        if sid:
            self.view.set_session(sid)
        self._label_export()

    def _label_export(self) -> None:
        # The same rule as the CLI's: a sealed or live session exports an INTERIM report.
        interim = self.view.data_ is not None and self.view.data_.interim
        self.export_button.setText(self.tr("Export interim report…") if interim
                                   else self.tr("Export report…"))
