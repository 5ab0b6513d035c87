"""The live view's right-hand column: the question's clock and the pace, competencies without
evidence, first-round concerns, and tabs for flags, the candidate's questions and the job preview.

It shows the live state and reports what the panelist did (ticked, typed); the view changes the
state and saves it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.live import LiveSession, Pace
from interview_desk.domain.model import FlagKind, NoteState
from interview_desk.ui.i18n import arg
from interview_desk.ui.live.agenda import ITEM_ROLE
from interview_desk.ui.live.clock import mmss
from interview_desk.ui.live.look import calm_amber, heading, roomy
from interview_desk.ui.look import readable_checks


class SidePanel(QWidget):
    """Everything beside the note that the panelist glances at or ticks off."""

    concern_toggled = Signal(str, bool)  # concern id, addressed
    talking_point_toggled = Signal(str, bool)  # agenda item id, covered
    candidate_question_asked = Signal(str)  # its text, stripped, never empty
    candidate_question_answered = Signal(str)  # our answer, stripped (may be empty)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_clock = QLabel(self)
        self.question_clock.setObjectName("question_clock")
        self.remaining_label = QLabel(self)
        self.remaining_label.setObjectName("remaining")
        self.remaining_label.setWordWrap(True)
        self.coverage_label = QLabel(self)
        self.coverage_label.setObjectName("coverage")
        self.coverage_label.setWordWrap(True)
        self.concerns = QListWidget(self)
        self.concerns.setObjectName("concerns")
        self.concerns.setAccessibleName(self.tr("Concerns to probe"))
        self.concerns.setWordWrap(True)
        self.concerns.setSpacing(3)
        self.concerns.setMaximumHeight(140)
        readable_checks(self.concerns)  # on a dark palette its unticked boxes were invisible
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("side_tabs")
        self.side_tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.flag_list = QListWidget(self)
        self.flag_list.setObjectName("flags")
        self.flag_list.setAccessibleName(self.tr("Flags"))
        self.flag_list.setWordWrap(True)
        cq_page = QWidget(self)
        self.cq_list = QListWidget(cq_page)
        self.cq_list.setObjectName("candidate_questions")
        self.cq_list.setAccessibleName(self.tr("Their questions"))
        self.cq_list.setWordWrap(True)
        self.cq_edit = QLineEdit(cq_page)
        self.cq_edit.setObjectName("cq_edit")
        self.cq_edit.setAccessibleName(self.tr("What they asked"))
        self.cq_edit.setPlaceholderText(self.tr("What they asked (Enter)"))
        self.cq_answer = QLineEdit(cq_page)
        self.cq_answer.setObjectName("cq_answer")
        self.cq_answer.setAccessibleName(self.tr("Our answer"))
        self.cq_answer.setPlaceholderText(self.tr("Our answer, optional (Enter)"))
        cq_layout = QVBoxLayout(cq_page)
        cq_layout.setContentsMargins(2, 2, 2, 2)
        cq_layout.addWidget(self.cq_list, 1)
        cq_layout.addWidget(self.cq_edit)
        cq_layout.addWidget(self.cq_answer)
        self.preview_list = QListWidget(self)
        self.preview_list.setObjectName("job_preview")
        self.preview_list.setAccessibleName(self.tr("Job preview"))
        self.preview_list.setWordWrap(True)
        readable_checks(self.preview_list)
        self.side_tabs.addTab(self.flag_list, self.tr("Flags"))
        self.side_tabs.addTab(cq_page, self.tr("Their questions"))
        self.side_tabs.addTab(self.preview_list, self.tr("Job preview"))
        side = QVBoxLayout(self)
        side.addWidget(self.question_clock)
        side.addWidget(self.remaining_label)
        side.addWidget(heading(self.tr("No evidence yet"), self))
        side.addWidget(self.coverage_label)
        concerns_heading = heading(self.tr("First-round concerns (Alt+D, Alt+O)"), self)
        concerns_heading.setWordWrap(True)  # on one line it set the column's least width
        side.addWidget(concerns_heading)
        side.addWidget(self.concerns)
        side.addWidget(self.side_tabs, 1)
        self.setMinimumWidth(210)
        self.setMaximumWidth(320)
        side.setContentsMargins(0, 0, 0, 0)
        self.cq_edit.returnPressed.connect(self._on_cq_entered)
        self.cq_answer.returnPressed.connect(self._on_cq_answer_entered)
        self.concerns.itemChanged.connect(self._on_concern_changed)
        self.preview_list.itemChanged.connect(self._on_preview_changed)

    # what is shown -------------------------------------------------------------------------


    def sizeHint(self) -> QSize:
        # full width (three readable tabs) when the screen has room; narrower beside a dock
        # and on a small screen (1366 at 150 % is 911 wide), where the question needs it more
        return QSize(self.maximumWidth() if roomy(self) else self.minimumWidth(),
                     super().sizeHint().height())

    def fill(self, state: LiveSession) -> None:
        self.fill_concerns(state)
        self.fill_preview(state)
        self.fill_flags(state)
        self.fill_candidate_questions(state)

    def fill_concerns(self, state: LiveSession) -> None:
        self.concerns.blockSignals(True)
        self.concerns.clear()
        for c in state.visible_concerns():
            row = QListWidgetItem(c.text, self.concerns)
            row.setData(ITEM_ROLE, c.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done = c.id in state.concern_checks
            row.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            row.setToolTip(self.tr("Addressed") if done else self.tr("Not addressed yet"))
        self.concerns.blockSignals(False)

    def fill_preview(self, state: LiveSession) -> None:
        """The job preview's talking points, ticked once covered."""
        self.preview_list.blockSignals(True)
        self.preview_list.clear()
        for item in state.agenda():
            if not item.is_talking_point:
                continue
            note = state.notes.get(item.id)
            row = QListWidgetItem(item.text, self.preview_list)
            row.setData(ITEM_ROLE, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            covered = note is not None and note.state is NoteState.ASKED
            row.setCheckState(Qt.CheckState.Checked if covered else Qt.CheckState.Unchecked)
        self.preview_list.blockSignals(False)

    def fill_flags(self, state: LiveSession) -> None:
        labels = {FlagKind.STRONG: self.tr("Strong signal"), FlagKind.CONCERN: self.tr("Concern"),
                  FlagKind.FOLLOW_UP: self.tr("Follow up")}
        texts = {i.id: i.text for i in state.agenda()}
        self.flag_list.clear()
        self.side_tabs.setTabText(0, arg(self.tr("Flags (%1)"), len(state.flags))
                                  if state.flags else self.tr("Flags"))
        for f in reversed(state.flags):
            where = texts.get(f.question_id or "", "")
            at = mmss(f.elapsed_seconds)
            line = (arg(self.tr("⚑ %1  %2: %3"), at, labels[f.kind], f.text) if f.text
                    else arg(self.tr("⚑ %1  %2"), at, labels[f.kind]))
            item = QListWidgetItem(line, self.flag_list)
            item.setToolTip(where)

    def fill_candidate_questions(self, state: LiveSession) -> None:
        self.cq_list.clear()
        names = {p.id: p.name for p in state.panel}
        for q in state.candidate_questions:
            text = q.text + (f"\n→ {q.answer}" if q.answer else "")
            item = QListWidgetItem(text, self.cq_list)
            item.setToolTip(arg(self.tr("Captured by %1"), names.get(q.panelist_id, "")))

    def show_question_time(self, spent: int, minutes: int) -> None:
        """Time on this question against its budget; past it, a calm amber, never red."""
        budget = minutes * 60
        if budget and spent > budget:
            self.question_clock.setText(arg(self.tr("This question: %1, %2 over its %3 min"),
                                            mmss(spent), mmss(spent - budget), minutes))
            self.question_clock.setStyleSheet(f"color: {calm_amber(self)};")
        else:
            self.question_clock.setText(arg(self.tr("This question: %1 of %2"), mmss(spent),
                                            mmss(budget) if budget else "–"))
            self.question_clock.setStyleSheet("")

    def show_pace(self, p: Pace) -> None:
        if p.behind:
            text = arg(self.tr("%n question(s) left, planned %1 min; %2 to go (choose what to "
                               "skip)", "", p.questions_left), p.minutes_needed,
                       mmss(p.seconds_left))
            self.remaining_label.setStyleSheet(f"color: {calm_amber(self)};")
        else:
            text = arg(self.tr("%n question(s) left, planned %1 min; %2 to go", "",
                               p.questions_left), p.minutes_needed, mmss(p.seconds_left))
            self.remaining_label.setStyleSheet("")
        self.remaining_label.setText(text)

    def show_coverage(self, missing: list[str]) -> None:
        """The competencies with no evidence yet."""
        self.coverage_label.setText(" · ".join(missing) if missing else self.tr(
            "Every competency has some evidence."))

    # focus ---------------------------------------------------------------------------------

    def focus_concerns(self) -> None:
        self.concerns.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.concerns.currentRow() < 0 and self.concerns.count():
            self.concerns.setCurrentRow(0)

    def start_candidate_question(self) -> None:
        self.side_tabs.setCurrentIndex(1)
        self.cq_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # what the panelist did -----------------------------------------------------------------

    def _on_concern_changed(self, row: QListWidgetItem) -> None:
        self.concern_toggled.emit(row.data(ITEM_ROLE), row.checkState() == Qt.CheckState.Checked)
        row.setToolTip(self.tr("Addressed") if row.checkState() == Qt.CheckState.Checked
                       else self.tr("Not addressed yet"))

    def _on_preview_changed(self, row: QListWidgetItem) -> None:
        self.talking_point_toggled.emit(row.data(ITEM_ROLE),
                                        row.checkState() == Qt.CheckState.Checked)

    def _on_cq_entered(self) -> None:
        text = self.cq_edit.text().strip()
        if not text:
            return
        self.candidate_question_asked.emit(text)
        self.cq_edit.clear()
        self.cq_answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_cq_answer_entered(self) -> None:
        answer = self.cq_answer.text().strip()
        self.cq_answer.clear()
        self.candidate_question_answered.emit(answer)

