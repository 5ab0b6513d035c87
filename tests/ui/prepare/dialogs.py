"""Answering the modal message boxes an editor opens, as a user would (click a button)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class DialogAnswerer:
    """Clicks ``button`` on the next QMessageBox; records its text. Gives up after ~20 s."""

    def __init__(self, button: QMessageBox.StandardButton) -> None:
        self.button = button
        self.texts: list[str] = []
        self._tries = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.texts.append(box.text())
            box.button(self.button).click()
            return
        self._tries += 1
        if self._tries < 2000:
            QTimer.singleShot(10, self._poll)


def answer(button: QMessageBox.StandardButton) -> DialogAnswerer:
    return DialogAnswerer(button)


def show_active(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Show and activate: shortcuts only fire in the active window (offscreen too)."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any text, key by key; QTest only knows ASCII keys, so others go as key events
    carrying their text (as an input method would deliver them)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    widget.setFocus()
    for ch in text:
        if ch.isascii() and ch.isprintable():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(
                    kind, 0, Qt.KeyboardModifier.NoModifier, ch))
