"""The live view's top line: who is interviewed for what, who is writing, whether it is saved,
and the session's clock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from interview_desk.domain.live import LiveSession
from interview_desk.ui import settings
from interview_desk.ui.i18n import arg
from interview_desk.ui.live.autosave import SaveState
from interview_desk.ui.live.clock import mmss
from interview_desk.ui.live.look import calm_amber, esc, quiet


class LiveHeader(QWidget):
    """Shows the session's clock and save state; reports the panelist chosen in its box."""

    panelist_chosen = Signal(str)  # panelist id

    def __init__(self, state: LiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("live_title")
        self.title.setText(f"<b>{esc(state.candidate.name)}</b> — {esc(state.role.name)}")
        self.title.setWordWrap(True)
        self.panelist_box = QComboBox(self)
        self.panelist_box.setObjectName("panelist_box")
        for p in state.panel:
            label = arg(self.tr("%1 (lead)"), p.name) if p.is_lead else p.name
            self.panelist_box.addItem(label, p.id)
        self.panelist_box.setCurrentIndex(
            next(i for i, p in enumerate(state.panel) if p.id == state.panelist.id))
        self.panelist_box.setToolTip(self.tr("Notes are written as this panelist"))
        self.save_label = QLabel(self.tr("Saved"), self)
        self.save_label.setObjectName("save_state")
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("clock")
        big = self.clock_label.font()
        big.setPointSize(16)
        big.setBold(True)
        self.clock_label.setFont(big)
        self.clock_label.setTextFormat(Qt.TextFormat.RichText)
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout(self)
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(QLabel(self.tr("Writing as"), self))
        header.addWidget(self.panelist_box)
        header.addSpacing(16)
        header.addWidget(self.save_label)
        header.addSpacing(16)
        header.addWidget(self.clock_label)
        self.panelist_box.currentIndexChanged.connect(self._on_panelist_index_changed)

    def next_panelist(self) -> None:
        count = self.panelist_box.count()
        if count > 1:
            self.panelist_box.setCurrentIndex((self.panelist_box.currentIndex() + 1) % count)

    def _on_panelist_index_changed(self, index: int) -> None:
        pid = self.panelist_box.itemData(index)
        if pid:
            self.panelist_chosen.emit(pid)

    def reserve_clock_width(self, statuses: list[str]) -> None:
        """Fix the clock's width to its widest text, so pausing never shifts the header."""
        # The status sits under the time in the normal size (see show_clock): measured in the
        # big font on one line it reserved 480 of the 911 pixels a 1366 screen has at 150 %.
        small = QFontMetrics(self.font())
        widest = max([self.clock_label.fontMetrics().horizontalAdvance("000:00 / 000:00")]
                     + [small.horizontalAdvance(f"({s})") for s in statuses])
        self.clock_label.setFixedWidth(widest + 8)
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def show_clock(self, elapsed: int, planned: int, status: str) -> None:
        """Elapsed over planned seconds; past the plan a calm amber, never red."""
        # The status goes under the time in the normal size: on one line in the clock's big
        # font it made the live view wider than a 1366-pixel screen at 150 %.
        # In the header's own size, as reserve_clock_width measured it: "small" is relative to
        # the clock's big font, and the German status ("angehalten, Strg+T startet") was cut.
        size = f"{QFontInfo(self.font()).pointSizeF():g}pt"  # set in pixels, a font has no pt
        self.clock_label.setText(
            f"{mmss(elapsed)} / {mmss(planned)}"
            + (f"<br><span style='font-size: {size}; font-weight: normal'>({esc(status)})"
               "</span>" if status else ""))
        self.clock_label.setStyleSheet(f"color: {calm_amber(self)};" if elapsed > planned else "")

    def show_save_state(self, state: SaveState, error: str, *, retrying: bool = True) -> None:
        """A failed write is loud (the text is kept in memory; retried while another program
        holds the lock, otherwise with the next change); the rest is quiet."""
        if state is SaveState.FAILED:
            self.save_label.setText(self.tr("NOT SAVED: kept in memory, retrying") if retrying
                                    else self.tr("NOT SAVED: kept in memory"))
            self.save_label.setToolTip(error)
            self.save_label.setStyleSheet(
                "color: white; background: #b3261e; padding: 2px 6px; font-weight: bold;")
        elif not settings.get(settings.AUTOSAVE_FEEDBACK):  # quiet, as chosen in Settings
            self.save_label.setText("")
            self.save_label.setToolTip("")
            self.save_label.setStyleSheet("")
        else:
            self.save_label.setText(self.tr("Saved") if state is SaveState.SAVED
                                    else self.tr("Saving…"))
            self.save_label.setToolTip("")
            self.save_label.setStyleSheet(f"color: {quiet(self)};")
