"""Slow reads off the UI thread: a page asks, the parts come back by signal as they are read.

Writes go through the op runner (``ui/ops.py``) on the one writer connection; a read that
takes seconds (a busy role's comparison) must neither block the window nor hold up the
writer's queue, so it runs on a pool thread with its own connection to the same file.
The page shows each part as it arrives; asking again (another role) cancels the old read.

A superseded read must not hold up the one that replaced it: a cancelled read stops before
its next part (and in the statement it is running, if any), every read starts at once on a
thread of its own (never queued behind reads still finishing a part nobody waits for), and
a reader computes at most one part ahead of the page, so the UI thread takes a part in and
paints it without fighting the reader for Python's lock.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from interview_desk.services.desk import Desk
from interview_desk.storage.errors import StorageError
from interview_desk.ui.i18n import tr
from interview_desk.ui.ops import BUG_MESSAGE

_log = logging.getLogger("interview_desk.ui.reads")

ReadFn = Callable[[Desk], Iterable[Any]]
"""``fn(desk)`` yields the parts of the answer, first the one to show at once."""

#: How long a reader waits for the UI thread to take a part before it reads the next anyway
#: (a UI thread that stopped turning its event loop, e.g. at exit, must not hold it forever).
TAKE_WAIT_S = 1.0


class Read(QObject):
    """One background read; its parts arrive on the UI thread by these signals."""

    part_read = Signal(object)
    failed = Signal(str)  # a message for people
    finished = Signal()  # after the last part, a failure or a cancel
    # Posted by the reader after each part_read, so it is delivered after the page's slots
    # for that part (events posted to one thread arrive in order).
    _part_passed = Signal()

    def __init__(self) -> None:
        super().__init__()  # no parent: the worker holds it until it has finished
        self._cancelled = threading.Event()
        self._taken = threading.Event()  # the page has taken the last part posted
        self._part_passed.connect(self._on_part_passed)
        self._lock = threading.Lock()  # the reader's desk is never interrupted as it closes
        self._desk: Desk | None = None

    def cancel(self) -> None:
        """Parts not yet read are not read, and a statement running now stops; parts
        already posted are dropped by the page (it disconnects, or compares the read it is
        waiting for)."""
        self._cancelled.set()
        self._taken.set()  # a reader waiting for the page stops at once
        with self._lock:
            if self._desk is not None:
                self._desk.interrupt()

    @contextmanager
    def reading_on(self, desk: Desk) -> Iterator[None]:
        """While the reader uses ``desk`` (its own connection), a cancel interrupts it."""
        with self._lock:
            self._desk = desk
        try:
            yield
        finally:
            with self._lock:
                self._desk = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _on_part_passed(self) -> None:
        # The page has taken the part in; a timer fires once the events it caused (the
        # repaint) have been handled too, before the reader competes for the GIL again.
        QTimer.singleShot(1, self._taken.set)

    def run(self, desk: Desk, fn: ReadFn, *, paced: bool = True) -> None:
        """Post each part of ``fn(desk)``; ``paced``: wait for the page to take a part in
        before reading the next (never on the UI thread itself, which takes it later)."""
        try:
            for part in fn(desk):
                if self.cancelled:
                    break
                self._taken.clear()
                self.part_read.emit(part)
                if paced:
                    self._part_passed.emit()
                    self._taken.wait(TAKE_WAIT_S)
        except StorageError as exc:  # e.g. the role was deleted meanwhile
            self.failed.emit(str(exc))
        except sqlite3.OperationalError as exc:
            if not (self.cancelled and exc.sqlite_errorcode == sqlite3.SQLITE_INTERRUPT):
                self._failed_by_bug(exc)
        except Exception as exc:
            self._failed_by_bug(exc)
        finally:
            self.finished.emit()

    def _failed_by_bug(self, exc: Exception) -> None:
        # a bug: logged with its traceback, never swallowed
        _log.error("Background read failed", exc_info=exc)
        self.failed.emit(tr(BUG_MESSAGE))


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
            with self.read.reading_on(desk):
                self.read.run(desk, self.fn)
        finally:
            desk.close()


#: Reads asked for whose start waits for the event loop (UI thread only).
_waiting: set[Read] = set()


def read_in_background(desk: Desk, fn: ReadFn) -> Read:
    """Start ``fn`` on a pool thread with its own connection; connect to the returned
    ``Read`` before the event loop turns again (its signals are queued to this thread). A
    database in memory has no file for a second connection: it is read on this thread."""
    read = Read()
    if (app := QCoreApplication.instance()) is not None:
        # Quitting without closing the window first (a logout, SIGTERM) must not wait for a
        # reader left waiting for a page whose event loop has stopped.
        app.aboutToQuit.connect(read.cancel)
    # Started once the caller has connected, at the next turn of the event loop (a zero-delay
    # timer): a reader started at once could post its first parts, or finish, before then,
    # and a signal nobody is connected to yet is lost.
    _waiting.add(read)
    QTimer.singleShot(0, lambda: _begin(read, desk, fn))
    return read


def _begin(read: Read, desk: Desk, fn: ReadFn) -> None:
    _waiting.discard(read)
    if read.cancelled:
        read.finished.emit()
    elif desk.path is None:
        read.run(desk, fn, paced=False)
    else:
        pool = _pool()
        # Never queued: every thread may still be finishing a part of a read the user has
        # left (going through roles; each stops at the end of its part), and this one is
        # awaited.
        pool.setMaxThreadCount(max(pool.maxThreadCount(), pool.activeThreadCount() + 1))
        pool.start(_Worker(str(desk.path), read, fn))


@cache
def _pool() -> QThreadPool:
    """The reads' own pool, which grows rather than queue a read (Qt's global pool has as
    many threads as cores, two on a small laptop, and queued the read of the role just
    chosen behind two cancelled ones). A child of the application, which waits for it as
    it ends, as it does for the global pool."""
    return QThreadPool(QCoreApplication.instance())


def wait_for_reads(msecs: int) -> bool:
    """True once no read is running (within ``msecs``): for tests, which must not leave a
    worker behind. A read still waiting for its start is cancelled: it would start in the
    next test, on this one's file."""
    for read in list(_waiting):
        read.cancel()
    return _pool().waitForDone(msecs)
