"""Drives the real app like a panelist's fingers, for the crash test (not collected by pytest).

Usage: python live_driver.py --session ID --db PATH TEXT
Starts the app exactly as ``interview-desk --session ID --db PATH`` does, types TEXT into the
focused widget with real key events, prints "TYPED" and then keeps typing one key every
100 ms (so autosave never sees a pause) until it is killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from interview_desk import cli
from interview_desk.ui.app import application, start_window


def type_into(widget: QWidget, text: str) -> None:
    """Real key events carrying their text (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def main() -> int:
    *switches, text = sys.argv[1:]
    started = start_window(cli.parse(switches))
    if isinstance(started, int):
        return started
    _desk, window = started
    app = application()

    def type_text() -> None:
        focus = QApplication.focusWidget()
        if focus is None:  # not active yet: try again shortly
            QTimer.singleShot(20, type_text)
            return
        print(f"FOCUS {focus.objectName()}", flush=True)
        type_into(focus, text)
        print("TYPED", flush=True)
        keep_typing.start()

    keep_typing = QTimer(app)
    keep_typing.setInterval(100)
    keep_typing.timeout.connect(
        lambda: type_into(QApplication.focusWidget() or window, "."))
    window.activateWindow()
    QTimer.singleShot(0, type_text)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
