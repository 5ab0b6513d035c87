"""Slow work off the UI thread: a QRunnable posts its result back by signal.

Workers never touch widgets. A worker that needs the database opens its own connection to
the same file (WAL lets it read and write beside the UI's connection).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    progressed = Signal(int, str)  # percent, message
    finished = Signal(object)
    failed = Signal(str)


class Worker(QRunnable):
    """Runs ``fn(report)``; ``report(percent, message)`` posts progress to the UI thread."""

    def __init__(self, fn: Callable[[Callable[[int, str], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progressed.emit)
        except Exception as exc:
            self.signals.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.signals.finished.emit(result)


def start(worker: Worker) -> Worker:
    QThreadPool.globalInstance().start(worker)
    return worker
