"""Something to do once a window has painted: after its first paint, not after ``show()``.

A zero timer set at ``show()`` fires before any paint (the window system's expose comes
later): work put there still held up the first paint, and a "shown" announced there came
~30 ms before the window was on screen (issue 13).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Watches one window for its next paint, then runs ``then``.

    A filter on the window itself: a paint pass paints the window before its children, so
    its own paint event starts the pass. (A filter on the application, as before, was asked
    about every event of every object: ~1,300 calls into Python before the first paint, for
    the five things that wait for it.)
    """

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)  # goes with the window, and its filter with it
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # every widget of the window is painted in this same pass: after it, all are
            QTimer.singleShot(0, self.then)
        return False


def after_first_paint(window: QWidget, then: Callable[[], object]) -> None:
    """Call ``then`` once ``window`` has painted (its next paint, if it has painted before).
    Of two set on one window, the one set later runs first (Qt asks an object's newest event
    filter first)."""
    _FirstPaint(window, then)
