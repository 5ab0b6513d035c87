"""One way to run a write: off the UI thread, on the one writer connection, in order.

Modelled on Anki's ``CollectionOp``. A page hands the runner a function of the services,
``fn(desk, report) -> value``; it runs on the runner's writer thread, against the one ``Desk``
that thread opened (a sqlite3 connection stays on the thread that opened it), and its outcome
comes back on the UI thread by signal: the value and what it changed, or an ``OpError``.

Errors: a typed user error (a storage refusal, a bad kit or panel file, a file that cannot be
written) comes back with its message for people. A lock held by another program is transient
and retried. Anything else is a bug: logged with its traceback, shown as "Something went
wrong — details in the log", and never retried on its own.

Two lanes keep typing responsive: ``Lane.INTERACTIVE`` (autosave, drafts, editor saves) is
always taken before ``Lane.BULK`` (imports, purges, exports), so a long batch, queued as one op
per file or step, lets a note save run between its steps. Order holds within a lane.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QThread,
    Signal,
)

from interview_desk.exchange.errors import ExchangeFileError, KitFileError
from interview_desk.i18n import QT_TRANSLATE_NOOP, Text
from interview_desk.services.changes import NOTHING, Changes
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import StorageError, file_error
from interview_desk.ui.i18n import say, tr

_log = logging.getLogger("interview_desk.ui.ops")

Report = Callable[[int, str], None]
"""``report(percent, message)``: progress, posted to the UI thread."""

OpFn = Callable[[Desk, Report], Any]

USER_ERRORS: tuple[type[BaseException], ...] = (
    StorageError, KitFileError, ExchangeFileError, OSError)
"""Errors raised on purpose with a message for people; everything else is a bug."""

BUG_MESSAGE = QT_TRANSLATE_NOOP("", "Something went wrong — details in the log.")
CLOSED_MESSAGE = "The database is closed; nothing was written."
# A lock held by another program: try again, pausing longer each time, for this long at most
# (the ten seconds a write on the UI thread used to wait). In WAL mode a transaction that has
# read before it writes is refused at once, without SQLite's own busy wait: this is the wait.
RETRY_FOR_MS = 10_000
RETRY_PAUSES_MS = (100, 200, 400, 800, 1000)
# The writer gives up on a locked database after this long and says so (then retries),
# instead of sitting silent for the default ten seconds.
WRITER_BUSY_TIMEOUT_MS = 1000

_open_runners: weakref.WeakSet[OpRunner] = weakref.WeakSet()


def open_runners() -> list[OpRunner]:
    """Runners whose writer thread has not been stopped (tests check none is left)."""
    return [r for r in _open_runners if not r.closed]


class Lane(Enum):
    INTERACTIVE = "interactive"
    BULK = "bulk"


def is_transient(exc: BaseException) -> bool:
    """Another connection holds the lock: the same write may well work in a moment."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _said(exc: BaseException) -> str:
    """A user error's message in the interface's language: a service words it as an
    ``i18n.Text`` (docs/translations.md); ``str()`` would keep only its English."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return say(exc.args[0])
    return str(exc)


@dataclass(frozen=True)
class OpError:
    """Why an op failed, as the UI shows it."""

    message: str
    exception: BaseException
    bug: bool = False
    transient: bool = False


def classify(exc: BaseException, path: str = "") -> OpError:
    """A lock is transient; a typed error, or an SQLite error that names a problem of the
    file (read-only, full disk, damaged), is the user's to know; anything else is a bug."""
    if is_transient(exc):
        return OpError(tr("The database is busy (another program is writing): %1").replace(
            "%1", str(exc)), exc, transient=True)
    if isinstance(exc, USER_ERRORS):
        return OpError(_said(exc) or type(exc).__name__, exc)
    if isinstance(exc, sqlite3.Error) and (problem := file_error(exc, path)) is not None:
        return OpError(str(problem), exc)
    return OpError(tr(BUG_MESSAGE), exc, bug=True)


class Op(QObject):
    """One submitted write; its outcome arrives on the UI thread by these signals."""

    progressed = Signal(int, str)  # percent, message
    succeeded = Signal(object)  # the function's value
    failed = Signal(object)  # OpError
    finished = Signal()  # after either of the two

    def __init__(self, label: str, owner: QObject | None) -> None:
        # A child of its owner: if the page that asked is gone when the outcome arrives, the
        # op is gone with it and nothing calls into the deleted page (the write still ran).
        super().__init__(owner)
        self.label = label
        self.done = False
        self.value: Any = None
        self.error: OpError | None = None
        self.changes: Changes = NOTHING


@dataclass
class _Job:
    """What the writer thread sees of an op: never the ``Op`` itself, a QObject of the UI
    thread that must not be touched, nor be destroyed, there; only its key."""

    fn: OpFn
    key: int
    label: str
    lane: Lane
    retry_for_ms: int
    changes: Changes | Callable[[Any], Changes]
    outcome: tuple[Any, OpError | None] = field(default=(None, None))


class _Writer(QThread):
    """The one writer thread: opens the writer ``Desk`` and runs jobs, interactive first."""

    ran = Signal(object)  # _Job, its outcome set
    progressed = Signal(int, int, str)  # op key, percent, message

    def __init__(self, path: str, open_desk: Callable[[], Desk],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path  # to name the file in a file problem
        self._open_desk = open_desk
        self._cond = threading.Condition()
        self._lanes: dict[Lane, deque[_Job]] = {lane: deque() for lane in Lane}
        self._stopping = False
        self.ident: int | None = None

    def put(self, job: _Job) -> None:
        with self._cond:
            self._lanes[job.lane].append(job)
            self._cond.notify()

    def stop(self) -> None:
        """Finish what is queued, then end."""
        with self._cond:
            self._stopping = True
            self._cond.notify()

    def pending(self) -> int:
        with self._cond:
            return sum(len(q) for q in self._lanes.values())

    def _next(self) -> _Job | None:
        with self._cond:
            while True:
                for lane in Lane:  # INTERACTIVE first
                    if self._lanes[lane]:
                        return self._lanes[lane].popleft()
                if self._stopping:
                    return None
                self._cond.wait()

    def run(self) -> None:
        self.ident = threading.get_ident()
        desk: Desk | None = None
        try:
            while (job := self._next()) is not None:
                if desk is None:
                    try:
                        desk = self._open_desk()
                    except Exception as exc:  # e.g. the file was damaged meanwhile
                        job.outcome = (None, _failure(job, exc, self._path))
                        self.ran.emit(job)
                        continue
                job.outcome = self._attempt(desk, job)
                self.ran.emit(job)
        finally:
            if desk is not None:
                desk.close()

    def _attempt(self, desk: Desk, job: _Job) -> tuple[Any, OpError | None]:
        def report(percent: int, message: str) -> None:
            self.progressed.emit(job.key, percent, message)

        deadline = QDeadlineTimer(job.retry_for_ms)
        attempt = 0
        while True:
            try:
                return job.fn(desk, report), None
            except Exception as exc:  # classified below: nothing vanishes
                desk.roll_back()
                pause = RETRY_PAUSES_MS[min(attempt, len(RETRY_PAUSES_MS) - 1)]
                if not is_transient(exc) or deadline.remainingTime() < pause:
                    return None, _failure(job, exc, self._path)
                self.msleep(pause)
                attempt += 1


def _name(job: _Job) -> str:
    """What the log calls an op: its label, else where its function was written."""
    return job.label or getattr(job.fn, "__qualname__", "write")


def _failure(job: _Job, exc: BaseException, path: str) -> OpError:
    error = classify(exc, path)
    if error.bug:
        _log.error("Operation %r failed", _name(job), exc_info=exc)
    return error


class OpRunner(QObject):
    """Runs writes in order off the UI thread on the one writer connection of a database.

    ``changed`` is emitted (on the UI thread) with what each successful op changed; the shell
    broadcasts it to its pages. ``started``/``ended`` carry each op, for a status line.
    An in-memory database has no file a second connection could open, and a read-only one
    must not get a writer: their ops run on the UI thread, on the desk given, on the next
    turn of the event loop.

    Its owner closes it (``close()``) once the widgets that write have flushed, and before
    the app's own desk closes; the thread-leak test fixture fails a test that forgets.
    """

    changed = Signal(object)  # Changes
    started = Signal(object)  # Op
    ended = Signal(object)  # Op
    _deferred = Signal(object)  # _Job, to run on the UI thread on the next turn of the loop

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._writer: _Writer | None = None
        self._ops: dict[int, Op] = {}
        self._next_key = 0
        self.closed = False
        self._deferring = False  # _deferred is connected (at its first use)
        # A read-only desk gets no writer: its ops run here and SQLite refuses them, so
        # nothing typed in a look-only window is ever written anywhere (not even to a copy).
        if desk.path is not None and not desk.read_only:
            path = desk.path
            self._writer = _Writer(str(path),
                                   lambda: Desk.open_writer(path, WRITER_BUSY_TIMEOUT_MS), self)
            self._writer.ran.connect(self._on_ran)
            self._writer.progressed.connect(self._on_progressed)
            self._writer.start()
        _open_runners.add(self)

    @property
    def writer_thread_ident(self) -> int | None:
        """The writer thread's ``threading.get_ident()`` (None before its first op)."""
        return self._writer.ident if self._writer is not None else None

    def pending(self) -> int:
        """Ops submitted whose outcome has not reached the UI thread yet."""
        return len(self._ops)

    def run(self, fn: OpFn, *, label: str = "", lane: Lane = Lane.INTERACTIVE,
            changes: Changes | Callable[[Any], Changes] = NOTHING,
            retry_for_ms: int = RETRY_FOR_MS, owner: QObject | None = None) -> Op:
        """Queue ``fn(desk, report)``; connect to the returned op's signals for its outcome.

        ``changes`` says what a success changed (or computes it from the value).
        ``retry_for_ms`` bounds the retries of a transient lock; a caller with its own retry
        (autosave, which shows NOT SAVED meanwhile) passes 0.
        ``owner`` is the widget whose handlers are connected: if it is deleted first, they
        are not called.
        """
        op = Op(label, owner)
        self._next_key += 1
        job = _Job(fn, self._next_key, label, lane, max(retry_for_ms, 0), changes)
        self._ops[job.key] = op  # kept alive here until its outcome is delivered
        self.started.emit(op)
        if self._writer is not None and not self.closed:
            self._writer.put(job)
        else:  # after the caller has connected to the op, as on the writer thread
            if not self._deferring:
                # Connected here, not when the runner is made: naming the connection type
                # before the first paint would make the Qt namespace's enums (see models.py).
                self._deferred.connect(self._run_here,
                                       QtCore.Qt.ConnectionType.QueuedConnection)
                self._deferring = True
            self._deferred.emit(job)
        return op

    def wait(self, op: Op) -> None:
        """Block the caller (not the UI: paints, timers and autosave go on; input waits) until
        ``op`` is done. For a deliberate save whose caller needs the answer, e.g. "Save" in
        the unsaved-changes question; interactive ops never queue behind more than one bulk
        step, and every op ends (retries are bounded)."""
        if op.done:
            return
        loop = QEventLoop()
        op.finished.connect(loop.quit)
        op.destroyed.connect(loop.quit)  # its owner went away meanwhile
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def close(self, timeout_ms: int = 30_000) -> bool:
        """Finish every queued op, deliver its outcome, close the writer's connection."""
        if self.closed:
            return True
        self.closed = True
        if self._writer is None:
            QCoreApplication.sendPostedEvents(self, 0)  # ops queued before close still run
            return True
        self._writer.stop()
        stopped = self._writer.wait(timeout_ms)
        # outcomes posted by the thread's last ops reach their callers before we return
        QCoreApplication.sendPostedEvents(self, 0)
        if not stopped:
            _log.error("The writer thread did not finish its queue in %d ms", timeout_ms)
        return bool(stopped)

    # --- plumbing -------------------------------------------------------------------------

    def _run_here(self, job: _Job) -> None:
        if self.closed:
            exc = RuntimeError(CLOSED_MESSAGE)
            _log.error("Operation %r submitted after close", _name(job), exc_info=exc)
            job.outcome = (None, OpError(tr(BUG_MESSAGE), exc, bug=True))
            self._on_ran(job)
            return

        def report(percent: int, message: str) -> None:
            self._on_progressed(job.key, percent, message)

        try:
            job.outcome = (job.fn(self._desk, report), None)
        except Exception as exc:  # same contract as the writer thread
            self._desk.roll_back()
            shown = self._desk.view_of or self._desk.path
            job.outcome = (None, _failure(job, exc, str(shown) if shown else ""))
        self._on_ran(job)

    def _on_progressed(self, key: int, percent: int, message: str) -> None:
        op = self._ops.get(key)
        if op is not None and shiboken6.isValid(op):
            op.progressed.emit(percent, message)

    def _on_ran(self, job: _Job) -> None:
        op = self._ops.pop(job.key)
        value, error = job.outcome
        changes = NOTHING
        if error is None:
            changes = job.changes(value) if callable(job.changes) else job.changes
            if changes:
                self.changed.emit(changes)
        if not shiboken6.isValid(op):  # its owner was deleted meanwhile
            return
        op.done = True
        op.changes = changes
        if error is None:
            op.value = value
            op.succeeded.emit(value)
        else:
            op.error = error
            op.failed.emit(error)
        op.finished.emit()
        self.ended.emit(op)
        if op.parent() is not None:  # an owned op is not kept for the owner's whole life
            op.deleteLater()


class ShowsStoredData:
    """A page that shows stored data. After every write the shell calls ``refresh_for`` with
    what changed, and the page reloads what it shows of that (``refresh()`` stays a plain
    slot, connected to signals that carry other arguments)."""

    def refresh_for(self, changes: Changes) -> None:
        raise NotImplementedError
