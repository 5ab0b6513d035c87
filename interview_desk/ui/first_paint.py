"""Something to do once a window has painted: after its first paint, not after ``show()``.

A zero timer set at ``show()`` fires before any paint (the window system's expose comes
later): work put there still held up the first paint, and a "shown" announced there came
~30 ms before the window was on screen (issue 13).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Watches one window for its first paint, then runs what waits for it.

    One filter per window, on the window itself: a paint pass paints the window before its
    children, so its own paint event starts the pass. (One filter on the application per
    caller, as before, was asked about every event of every object: ~1,300 calls into
    Python before the first paint, for five callers.)
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # goes with the window
        self.waiting: list[Callable[[], object]] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if _watching.get(watched) is self:
                del _watching[watched]
            # every widget of the window is painted in this same pass: after it, all are;
            # the one set later runs first
            for then in reversed(self.waiting):
                QTimer.singleShot(0, then)
            self.waiting.clear()
        return False


_watching: weakref.WeakKeyDictionary[QObject, _FirstPaint] = weakref.WeakKeyDictionary()


def after_first_paint(window: QWidget, then: Callable[[], object]) -> None:
    """Call ``then`` once ``window`` has painted (its next paint, if it has painted before).
    Of two set on one window, the one set later runs first."""
    watcher = _watching.get(window)
    if watcher is None:
        watcher = _watching[window] = _FirstPaint(window)
    watcher.waiting.append(then)
