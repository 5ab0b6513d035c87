"""Small form widgets the preparation editors share."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

#: How far a text box grows with its text before it scrolls.
GROW_TO_LINES = 8


class GrowingTextBox(QPlainTextEdit):
    """A multi-line field that grows with its text from ``lines`` up to a few more lines.

    Fixed at 2-3 lines, a question or a concern showed clipped at 1366×768 with room to
    spare below. The height follows the wrapped text both when the text changes and when the
    width does (a plain-text layout does not report the latter).
    """

    def __init__(self, parent: QWidget, lines: int) -> None:
        super().__init__(parent)
        self._lines = lines
        self._spacing = QFontMetrics(self.font()).lineSpacing()
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        # a plain-text document's height is counted in (wrapped) lines
        shown = round(self.document().documentLayout().documentSize().height())
        wanted = min(max(self._lines, shown), max(self._lines, GROW_TO_LINES))
        height = self._spacing * wanted + 14
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()


def wrapped(text: str, parent: QWidget) -> QLabel:
    """A label that wraps: a sentence above a list never sets the form's least width (the
    German one made the editors scroll sideways twice as far at 150 %)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def text_box(parent: QWidget, lines: int = 3, *, object_name: str = "",
             placeholder: str = "") -> QPlainTextEdit:
    """A multi-line field where Tab moves on (keyboard users must be able to leave it)."""
    box = GrowingTextBox(parent, lines)
    box.setTabChangesFocus(True)
    box.setObjectName(object_name)
    box.setPlaceholderText(placeholder)
    return box


def set_plain(box: QPlainTextEdit, text: str) -> None:
    """Replace the text only when it differs (keeps the cursor where the user left it)."""
    if box.toPlainText() != text:
        box.setPlainText(text)


def focus_all(widget: QLineEdit | QPlainTextEdit) -> None:
    """Focus a field with its text selected, so typing replaces a placeholder name."""
    widget.setFocus()
    widget.selectAll()


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
