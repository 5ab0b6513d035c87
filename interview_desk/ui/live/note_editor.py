"""The note area of the live view: free text, and for a behavioural question the four STAR
parts stacked beneath it, all visible at once; the cue beneath says what is still missing.

It shows a ``Note`` and reports each edit (``part_edited``); the note itself lives in the
live state, which the view updates and hands to autosave.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.model import Note
from interview_desk.ui.live.look import quiet
from interview_desk.ui.look import tint

PARTS = ("text", "situation", "task", "action", "result")
STAR_PARTS = PARTS[1:]
_STAR_MIN_LINES = 2
_STAR_MAX_LINES = 6  # past this a part scrolls inside itself: the others stay in view


class NoteEdit(QPlainTextEdit):
    """One part of a note; Tab leaves the editor instead of typing a tab."""

    focused = Signal(str)  # its part

    def __init__(self, part: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.setObjectName(f"note_{part}")
        self.setTabChangesFocus(True)
        font = self.font()
        font.setPointSize(13)
        self.setFont(font)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.focused.emit(self.part)
        super().focusInEvent(event)


class GrowingNoteEdit(NoteEdit):
    """A STAR part: a couple of lines when empty, taller as the answer grows."""

    def __init__(self, part: str, parent: QWidget | None = None) -> None:
        super().__init__(part, parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self._fit())
        self._fit()

    def lines_shown(self) -> int:
        lines = int(self.document().documentLayout().documentSize().height())
        return max(_STAR_MIN_LINES, min(_STAR_MAX_LINES, lines))

    def _fit(self) -> None:
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        height = self.lines_shown() * line + frame + 2 * int(self.document().documentMargin())
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: object) -> None:  # rewrapped text changes the line count
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())


class NoteEditor(QWidget):
    """The free-text editor, and beneath it the STAR parts (shown for behavioural questions);
    the cue says what is missing."""

    part_edited = Signal(str, str)  # part, its whole text: typed by the panelist, not loaded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._star = False
        self._current = "text"
        self.editors: dict[str, NoteEdit] = {}
        self.part_labels: dict[str, QLabel] = {}
        hints = {
            "text": self.tr("Notes on this answer…"),
            "situation": self.tr("Situation: the context they describe"),
            "task": self.tr("Task: what they had to achieve"),
            "action": self.tr("Action: what they did themselves (not the team)"),
            "result": self.tr("Result: the outcome, with numbers if they give them"),
        }
        self.editors["text"] = NoteEdit("text", self)
        self.editors["text"].setAccessibleName(self.tr("Note"))
        self.star_box = QWidget(self)
        self.star_box.setObjectName("star_parts")
        star_layout = QVBoxLayout(self.star_box)
        star_layout.setContentsMargins(0, 0, 0, 0)
        star_layout.setSpacing(2)
        for part in STAR_PARTS:
            label = QLabel(self.star_box)
            label.setObjectName(f"star_label_{part}")
            self.part_labels[part] = label
            grows = GrowingNoteEdit(part, self.star_box)
            self.editors[part] = grows
            label.setBuddy(grows)
            star_layout.addWidget(label)
            star_layout.addWidget(grows)
            # the line being typed stays in view as the part grows (after the layout has run)
            grows.cursorPositionChanged.connect(
                lambda e=grows: QTimer.singleShot(0, lambda: self._keep_cursor_in_view(e)))
        star_layout.addStretch(1)
        for part, ed in self.editors.items():
            ed.setPlaceholderText(hints[part])
            ed.textChanged.connect(lambda e=ed: self._on_text_changed(e))
            ed.focused.connect(self._on_focused)
        # The parts scroll together when four long answers outgrow the screen.
        self.star_scroll = QScrollArea(self)
        self.star_scroll.setWidget(self.star_box)
        self.star_scroll.setWidgetResizable(True)
        self.star_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.star_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.star_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cue_label = QLabel(self)
        self.cue_label.setObjectName("star_cue")
        tint(self.cue_label, lambda: f"color: {quiet(self)};")
        self.cue_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editors["text"], 1)
        layout.addWidget(self.star_scroll, 3)
        layout.addWidget(self.cue_label)
        self.editors["text"].setMinimumHeight(60)
        self.star_scroll.hide()
        self.refresh_part_labels(None)

    def _keep_cursor_in_view(self, editor: NoteEdit) -> None:
        if not editor.hasFocus():
            return
        rect = editor.cursorRect()
        point = editor.viewport().mapTo(self.star_box, rect.center())
        self.star_scroll.ensureVisible(point.x(), point.y(), 0, rect.height())

    def _part_label(self, part: str) -> str:
        return {"situation": self.tr("Situation (Alt+S)"), "task": self.tr("Task (Alt+T)"),
                "action": self.tr("Action (Alt+A)"), "result": self.tr("Result (Alt+R)")}[part]

    def set_star(self, star: bool) -> None:
        """A behavioural question shows its four STAR parts together beneath the notes."""
        self._star = star
        self.star_scroll.setVisible(star)
        # beside the STAR parts the free notes take a few lines; alone, all the room
        self.editors["text"].setMinimumHeight(60 if star else 140)
        self.editors["text"].setMaximumHeight(
            4 * self.editors["text"].fontMetrics().lineSpacing() + 16 if star else 16777215)
        if not star and self._current != "text":
            self._current = "text"

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

    def _on_focused(self, part: str) -> None:
        self._current = part

    def show_part(self, part: str, *, star: bool, focus: bool = True) -> None:
        """Make ``part`` the one typed into; only a STAR question has parts beyond the text."""
        if part != "text" and not star:
            part = "text"
        self._current = part
        editor = self.editors[part]
        if part != "text":
            self.star_scroll.ensureWidgetVisible(editor)
        if focus:
            editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_part(self) -> str:
        return self._current

    def current_editor(self) -> NoteEdit:
        return self.editors[self._current]

    def refresh_part_labels(self, note: Note | None) -> None:
        """A dot beside each STAR part that has words in it."""
        for part, label in self.part_labels.items():
            filled = note is not None and bool(getattr(note, part).strip())
            label.setText(self._part_label(part) + (" ●" if filled else ""))

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
        no_action, no_result = not note.action.strip(), not note.result.strip()
        if no_action and no_result:
            cue = self.tr("Still empty: the candidate's own Action and the Result")
        elif no_action:
            cue = self.tr("Still empty: the candidate's own Action")
        elif no_result:
            cue = self.tr("Still empty: the Result")
        else:
            cue = self.tr("STAR complete")
        self.cue_label.setText(cue)
