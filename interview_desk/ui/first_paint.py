"""Something to do once a window has painted: after its first paint, not after ``show()``.

A zero timer set at ``show()`` fires before any paint (the window system's expose comes
later): work put there still held up the first paint, and a "shown" announced there came
~30 ms before the window was on screen (issue 13).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)  # goes with the window, and its filter with it
        self.window, self.then = window, then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self.window):
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            # every widget of the window is painted in this same pass: after it, all are
            QTimer.singleShot(0, self.then)
        return False


def after_first_paint(window: QWidget, then: Callable[[], object]) -> None:
    """Call ``then`` once ``window`` has painted. Of two set on one window, the one set later
    runs first (Qt asks the application's newest event filter first)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(_FirstPaint(window, then))
