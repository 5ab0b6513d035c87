"""The question being asked, read from arm's length: its section and place, its text, who asks
it and what it is evidence for, and the interviewer's guide (probes, good, red flags, concerns).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from interview_desk.domain.live import AgendaItem, LiveSession
from interview_desk.domain.placeholders import question_placeholders
from interview_desk.ui.i18n import arg
from interview_desk.ui.live.clock import mmss
from interview_desk.ui.live.look import calm_amber, esc, quiet
from interview_desk.ui.look import Tone, banner_style, tint
from interview_desk.ui.prepare.words import question_type_words

#: Below this width (logical pixels) the question column is narrow (a 1366 screen at 150 %, or
#: a docked scorecard beside the view): the question's lines would take the STAR parts' room.
NARROW_COLUMN = 520


def question_font(base: QFont, text: str, width: int = NARROW_COLUMN) -> QFont:
    """Large enough to read from arm's length; a long question, or one in a narrow column,
    steps down so the note area keeps its room on a 768-pixel-high screen."""
    font = QFont(base)
    size = 22 if len(text) <= 140 else 19 if len(text) <= 240 else 17
    font.setPointSize(size if width >= NARROW_COLUMN else size - 5)
    font.setWeight(QFont.Weight.DemiBold)
    return font


class QuestionPanel(QWidget):
    """Shows one agenda item; holds nothing but what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_label = QLabel(self)
        tint(self.section_label, lambda: f"color: {quiet(self)};")
        self.question_label = QLabel(self)
        self.question_label.setObjectName("question_text")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.meta_label = QLabel(self)
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.section_label.setTextFormat(Qt.TextFormat.PlainText)
        # a blank the kit left (“[names and roles]”) is flagged, never read out as written
        self.blanks_label = QLabel(self)
        self.blanks_label.setObjectName("question_blanks")
        self.blanks_label.setWordWrap(True)
        self.blanks_label.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.blanks_label, lambda: banner_style(Tone.WARNING, self))
        self.blanks_label.hide()
        self.look_fors = QLabel(self)
        self.look_fors.setObjectName("look_fors")
        self.look_fors.setWordWrap(True)
        self.look_fors.setTextFormat(Qt.TextFormat.RichText)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("next_asker")
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        # wrapped: on one line the next question's 70 characters set the view's least width
        self.next_label.setWordWrap(True)
        tint(self.next_label, lambda: f"color: {quiet(self)};")
        self.details = QLabel(self)
        self.details.setObjectName("question_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        # Who asks, the look-fors, who is next and the guide scroll together under the question:
        # on a 768-pixel screen at 150 % they took the height the question's own lines need.
        guide = QWidget(self)
        guide_layout = QVBoxLayout(guide)
        guide_layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.meta_label, self.look_fors, self.next_label, self.details):
            label.setParent(guide)
            guide_layout.addWidget(label)
        guide_layout.addStretch(1)
        self.guide_scroll = QScrollArea(self)
        self.guide_scroll.setObjectName("question_guide")
        self.guide_scroll.setWidget(guide)
        self.guide_scroll.setWidgetResizable(True)
        self.guide_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.guide_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.guide_scroll.setMaximumHeight(10 * self.fontMetrics().lineSpacing())
        self.guide_scroll.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 4)
        self.guide_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.section_label)
        layout.addWidget(self.question_label)
        layout.addWidget(self.blanks_label)
        layout.addWidget(self.guide_scroll)
        # the question is never cut: its height follows its lines at the width it is given
        self.question_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                          QSizePolicy.Policy.Minimum)
        self.section_label.setWordWrap(True)
        self.section_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                         QSizePolicy.Policy.Maximum)
        # never more than it needs: height left over belongs to the note beneath
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_item(self, state: LiveSession, item: AgendaItem, number: int, count: int,
                  next_item: AgendaItem | None = None) -> None:
        """``item`` is question ``number`` of ``count`` on the agenda; ``next_item`` follows."""
        self.next_label.setText(self._next_text(state, next_item))
        self.section_label.setText(arg(self.tr("%1 · question %2 of %3"), item.section.title,
                                       number, count))
        self.question_label.setText(item.text)
        self._fit_question_font()
        meta: list[str] = []
        asker = state.asker(item.id)
        if item.adhoc is not None:
            meta.append(self.tr("Ad-hoc question"))
        if asker is not None and asker.id == state.panelist.id:
            meta.append(self.tr("● You ask this"))
        elif asker is not None:
            meta.append(arg(self.tr("Asked by %1 (%2)"), asker.name, asker.panel_role)
                        if asker.panel_role else arg(self.tr("Asked by %1"), asker.name))
        if item.question is not None:
            meta.append(question_type_words(item.qtype))
            if item.minutes:
                meta.append(arg(self.tr("%1 min"), item.minutes))
            names = {c.key: c.name for c in state.role.competencies}
            measured = [names.get(k, k) for k in item.question.competency_keys]
            if measured:
                meta.append(arg(self.tr("evidence for: %1"), ", ".join(measured)))
        self.meta_label.setText(" · ".join(meta))
        blanks = question_placeholders(item.question) if item.question is not None else []
        self.blanks_label.setVisible(bool(blanks))
        self.blanks_label.setText(arg(self.tr("⚠ Fill in before you read it out: %1"),
                                      "  ".join(blanks)))
        self.details.setText(self._details_html(state, item))
        self.show_look_fors(state, item)

    def _fit_question_font(self) -> None:
        font = question_font(self.question_label.font(), self.question_label.text(),
                             self.width())
        if font != self.question_label.font():
            self.question_label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_question_font()

    def show_look_fors(self, state: LiveSession, item: AgendaItem) -> None:
        """Each look-for with its key; a ticked one with its tick and the time it was seen."""
        q = item.question
        if q is None or not q.look_fors:
            self.look_fors.hide()
            self.look_fors.clear()
            return
        parts: list[str] = []
        for n, text in enumerate(q.look_fors, start=1):
            tick = state.look_for_ticks.get((q.id, text))
            if tick is None:
                parts.append(f"<span style='color:{quiet(self)}'>Alt+{n}</span> ☐ {esc(text)}")
            else:
                parts.append(f"<span style='color:{quiet(self)}'>Alt+{n}</span> <b>☑ {esc(text)}"
                             f"</b> <span style='color:{quiet(self)}'>"
                             f"{mmss(tick.elapsed_seconds)}</span>")
        self.look_fors.setText("<b>" + esc(self.tr("Look for")) + "</b>&nbsp;&nbsp; "
                               + " &nbsp;·&nbsp; ".join(parts))
        self.look_fors.show()

    def _next_text(self, state: LiveSession, item: AgendaItem | None) -> str:
        """Who asks next, so the hand-over between panelists is seen coming."""
        if item is None:
            return self.tr("Next: nothing, this is the last question")
        asker = state.asker(item.id)
        text = item.text if len(item.text) <= 70 else item.text[:69].rstrip() + "…"
        if asker is None:
            return arg(self.tr("Next: “%1”"), text)
        if asker.id == state.panelist.id:
            return arg(self.tr("Next, you ask: “%1”"), text)
        return arg(self.tr("Next, %2 asks: “%1”"), text, asker.name)

    def _details_html(self, state: LiveSession, item: AgendaItem) -> str:
        q = item.question
        if q is None:
            return ""
        parts: list[str] = []
        if q.probes:
            parts.append("<b>" + esc(self.tr("Probes")) + "</b> " + " · ".join(
                esc(p) for p in q.probes))
        if q.good:
            parts.append("<b>" + esc(self.tr("Good looks like")) + "</b> " + esc(q.good))
        if q.red_flags:
            parts.append(f"<b style='color:{calm_amber(self)}'>" + esc(self.tr("Red flags"))
                         + "</b> " + esc(q.red_flags))
        concerns = [c for c in state.visible_concerns() if c.question_id == q.id]
        for c in concerns:
            parts.append("<b>" + esc(self.tr("First-round concern")) + "</b> " + esc(c.text))
        return "<br>".join(parts)
