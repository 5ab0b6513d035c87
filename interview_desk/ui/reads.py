"""Slow reads off the UI thread: a page asks, the parts come back by signal as they are read.

Writes go through the op runner (``ui/ops.py``) on the one writer connection; a read that
takes seconds (a busy role's comparison) must neither block the window nor hold up the
writer's queue, so it runs on the thread pool with its own connection to the same file.
The page shows each part as it arrives; asking again (another role) cancels the old read.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from interview_desk.services.desk import Desk
from interview_desk.storage.errors import StorageError
from interview_desk.ui.i18n import tr
from interview_desk.ui.ops import BUG_MESSAGE

_log = logging.getLogger("interview_desk.ui.reads")

ReadFn = Callable[[Desk], Iterable[Any]]
"""``fn(desk)`` yields the parts of the answer, first the one to show at once."""


class Read(QObject):
    """One background read; its parts arrive on the UI thread by these signals."""

    part_read = Signal(object)
    failed = Signal(str)  # a message for people
    finished = Signal()  # after the last part, a failure or a cancel

    def __init__(self) -> None:
        super().__init__()  # no parent: the worker holds it until it has finished
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Parts not yet read are not read; parts already posted are dropped by the page
        (it disconnects, or compares the read it is waiting for)."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self, desk: Desk, fn: ReadFn) -> None:
        try:
            for part in fn(desk):
                if self.cancelled:
                    break
                self.part_read.emit(part)
        except StorageError as exc:  # e.g. the role was deleted meanwhile
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: logged with its traceback, never swallowed
            _log.error("Background read failed", exc_info=exc)
            self.failed.emit(tr(BUG_MESSAGE))
        finally:
            self.finished.emit()


class _Worker(QRunnable):
    def __init__(self, path: str, read: Read, fn: ReadFn) -> None:
        super().__init__()
        self.path, self.read, self.fn = path, read, fn

    def run(self) -> None:
        if self.read.cancelled:
            self.read.finished.emit()
            return
        try:
            desk = Desk.open_reader(self.path)
        except StorageError as exc:
            self.read.failed.emit(str(exc))
            self.read.finished.emit()
            return
        try:
            self.read.run(desk, self.fn)
        finally:
            desk.close()


def read_in_background(desk: Desk, fn: ReadFn) -> Read:
    """Start ``fn`` on a pool thread with its own connection; connect to the returned
    ``Read`` at once (its signals are queued to this thread). A database in memory has no
    file for a second connection: it is read here, before this returns."""
    read = Read()
    if desk.path is None:
        # Run once the caller has connected: a zero-delay timer is the next event loop turn.
        QTimer.singleShot(0, lambda: read.run(desk, fn))
        return read
    QThreadPool.globalInstance().start(_Worker(str(desk.path), read, fn))
    return read
