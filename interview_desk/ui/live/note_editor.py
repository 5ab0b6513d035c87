"""The note area of the live view: free text, the STAR part tabs, and the cue beneath.

It shows a ``Note`` and reports each edit (``part_edited``); the note itself lives in the
live state, which the view updates and hands to autosave.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QStackedWidget, QTabBar, QVBoxLayout, QWidget

from interview_desk.domain.model import Note
from interview_desk.ui.live.look import QUIET

PARTS = ("text", "situation", "task", "action", "result")


class NoteEdit(QPlainTextEdit):
    """One part of a note; Tab leaves the editor instead of typing a tab."""

    def __init__(self, part: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.setObjectName(f"note_{part}")
        self.setTabChangesFocus(True)
        font = self.font()
        font.setPointSize(13)
        self.setFont(font)


class NoteEditor(QWidget):
    """One editor per part of a note, stacked under the STAR tabs; the cue says what is missing."""

    part_edited = Signal(str, str)  # part, its whole text: typed by the panelist, not loaded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.part_bar = QTabBar(self)
        self.part_bar.setObjectName("star_parts")
        self.part_bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.part_bar.setDrawBase(False)
        for n, label in enumerate(self._part_labels()):
            self.part_bar.addTab(label)
            self.part_bar.setTabToolTip(n, "Alt+" + "NSTAR"[n])
        self.editor_stack = QStackedWidget(self)
        self.editors: dict[str, NoteEdit] = {}
        hints = {
            "text": self.tr("Notes on this answer…"),
            "situation": self.tr("Situation: the context they describe"),
            "task": self.tr("Task: what they had to achieve"),
            "action": self.tr("Action: what they did themselves (not the team)"),
            "result": self.tr("Result: the outcome, with numbers if they give them"),
        }
        for part in PARTS:
            ed = NoteEdit(part, self)
            ed.setPlaceholderText(hints[part])
            self.editors[part] = ed
            self.editor_stack.addWidget(ed)
            ed.textChanged.connect(lambda e=ed: self._on_text_changed(e))
        self.cue_label = QLabel(self)
        self.cue_label.setObjectName("star_cue")
        self.cue_label.setStyleSheet(f"color: {QUIET};")
        self.cue_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.part_bar)
        # five lines at least; more made the live view taller than a 768-pixel screen at 150 %
        self.editor_stack.setMinimumHeight(96)
        layout.addWidget(self.editor_stack, 1)
        layout.addWidget(self.cue_label)

    def _part_labels(self) -> list[str]:
        return [self.tr("Notes"), self.tr("Situation"), self.tr("Task"), self.tr("Action"),
                self.tr("Result")]

    def load(self, note: Note | None) -> None:
        """Show ``note`` (empty when None) without reporting it as edited."""
        self._loading = True
        try:
            for part, ed in self.editors.items():
                ed.setPlainText(getattr(note, part) if note else "")
                ed.moveCursor(QTextCursor.MoveOperation.End)  # typing continues the note
        finally:
            self._loading = False

    def _on_text_changed(self, editor: NoteEdit) -> None:
        if not self._loading:
            self.part_edited.emit(editor.part, editor.toPlainText())

    def show_part(self, part: str, *, star: bool, focus: bool = True) -> None:
        """Bring ``part`` forward; only a behavioural (STAR) question has parts beyond the text."""
        if part != "text" and not star:
            part = "text"
        index = PARTS.index(part)
        self.editor_stack.setCurrentIndex(index)
        if self.part_bar.currentIndex() != index:
            self.part_bar.blockSignals(True)
            self.part_bar.setCurrentIndex(index)
            self.part_bar.blockSignals(False)
        if focus:
            self.editors[part].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_editor(self) -> NoteEdit:
        return self.editors[PARTS[self.editor_stack.currentIndex()]]

    def refresh_part_labels(self, note: Note | None) -> None:
        """A dot on each STAR tab that has words in it."""
        for i, label in enumerate(self._part_labels()):
            filled = note is not None and bool(getattr(note, PARTS[i]).strip())
            self.part_bar.setTabText(i, label + (" ●" if filled and i else ""))

    def refresh_cue(self, note: Note | None, *, star: bool) -> None:
        """The keys to use, or for a STAR question what the note still lacks."""
        if not star:
            self.cue_label.setText(self.tr(
                "Ctrl+Return: asked, next · Alt+↓ next · F2/F3/F4 flag · F1 all keys"))
            return
        if note is None or note.is_empty():
            self.cue_label.setText(self.tr(
                "STAR: Alt+S Situation · Alt+T Task · Alt+A Action · Alt+R Result · "
                "Alt+N notes"))
            return
        missing = []
        if not note.action.strip():
            missing.append(self.tr("the candidate's own Action"))
        if not note.result.strip():
            missing.append(self.tr("the Result"))
        self.cue_label.setText(
            self.tr("Still empty: %1").replace("%1", self.tr(" and ").join(missing))
            if missing else self.tr("STAR complete"))
