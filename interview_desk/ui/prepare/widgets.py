"""Small form widgets the preparation editors share."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget


def text_box(parent: QWidget, lines: int = 3, *, object_name: str = "",
             placeholder: str = "") -> QPlainTextEdit:
    """A multi-line field where Tab moves on (keyboard users must be able to leave it)."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setObjectName(object_name)
    box.setPlaceholderText(placeholder)
    height = QFontMetrics(box.font()).lineSpacing() * lines + 14
    box.setFixedHeight(height)
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
