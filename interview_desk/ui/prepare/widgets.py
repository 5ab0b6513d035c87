"""Small form widgets the preparation editors share."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

#: How far a text box grows with its text before it scrolls.
GROW_TO_LINES = 8


def text_box(parent: QWidget, lines: int = 3, *, object_name: str = "",
             placeholder: str = "") -> QPlainTextEdit:
    """A multi-line field where Tab moves on (keyboard users must be able to leave it)."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setObjectName(object_name)
    box.setPlaceholderText(placeholder)
    # It grows with its text up to a few more lines (then scrolls): fixed at 2-3 lines, a
    # question or a concern showed clipped at 1366×768 with room to spare below.
    spacing = QFontMetrics(box.font()).lineSpacing()
    most = max(lines, GROW_TO_LINES)

    def fit(size: QSizeF | None = None) -> None:
        # a plain-text document's height is counted in (wrapped) lines
        shown = size.height() if size is not None else lines
        box.setFixedHeight(spacing * min(max(lines, round(shown)), most) + 14)

    fit()
    box.document().documentLayout().documentSizeChanged.connect(fit)
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
