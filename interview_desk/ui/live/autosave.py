"""Autosave for the live view: debounced, bounded, off the UI thread, never silent on failure.

Typing marks a key (one note) dirty. It is written 500 ms after typing pauses, and at most
2 s after its first unsaved keystroke while typing goes on; ``flush()`` writes at once
(question change, focus loss, close, end of session). Writes run on a dedicated writer thread
with its own SQLite connection, so a slow disk or another connection holding the write lock
can never make a keystroke wait. A failed write leaves the key dirty, shows "not saved" and
is retried; the text itself always stays in memory.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QThread, QTimer, Signal

from interview_desk.services.desk import Desk
from interview_desk.services.live import LiveService

Job = Callable[[LiveService], None]
"""One write, run on the writer's connection."""

IDLE_MS = 500
MAX_DELAY_MS = 2000
RETRY_MS = 1000


class SaveState(Enum):
    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"


class _Writer(QThread):
    """Runs jobs in order on its own connection and reports each outcome by signal."""

    done = Signal(str, int, str)  # key, sequence number, error ('' when it worked)

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._queue: queue.Queue[tuple[str, int, Job] | None] = queue.Queue()

    def submit(self, key: str, seq: int, job: Job) -> None:
        self._queue.put((key, seq, job))

    def stop(self) -> None:
        self._queue.put(None)

    def run(self) -> None:
        service: LiveService | None = None
        while True:
            item = self._queue.get()
            if item is None:
                break
            key, seq, job = item
            try:
                if service is None:
                    service = LiveService.open_writer(self._path)
                job(service)
            except Exception as exc:  # any failure must reach the screen, never vanish
                if service is not None and service.db.conn.in_transaction:
                    service.db.conn.rollback()
                self.done.emit(key, seq, str(exc) or type(exc).__name__)
            else:
                self.done.emit(key, seq, "")
        if service is not None:
            service.close()


@dataclass
class _Entry:
    seq: int
    snapshot: Callable[[], Job]  # called when the write is sent: it copies the current data
    sent: bool = False


class Autosave(QObject):
    """Tracks unsaved keys and writes them on time."""

    state_changed = Signal(object)  # SaveState
    saved = Signal(str)  # key
    failed = Signal(str, str)  # key, error

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._seq = 0
        self._entries: dict[str, _Entry] = {}
        self._failed: set[str] = set()
        self._state = SaveState.SAVED
        self.last_error = ""
        self._idle = self._timer(IDLE_MS)
        self._deadline = self._timer(MAX_DELAY_MS)
        self._retry = self._timer(RETRY_MS)
        self._writer: _Writer | None = None
        if desk.path is not None:
            self._writer = _Writer(str(desk.path), self)
            self._writer.done.connect(self._on_done)
            self._writer.start()
            # However the app ends, pending text is written and the thread stopped first.
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.close)

    def _timer(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.flush)
        return timer

    # what the view calls ------------------------------------------------------------------

    def touch(self, key: str, snapshot: Callable[[], Job]) -> None:
        """Typing changed ``key``: write it after a pause, or within 2 s at the latest."""
        self._stage(key, snapshot)
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def save_now(self, key: str, snapshot: Callable[[], Job]) -> None:
        """A deliberate change (a flag, a tick, the clock): write it at once."""
        self._stage(key, snapshot)
        self.flush()

    def flush(self) -> None:
        """Send every unsent change to the writer now."""
        self._idle.stop()
        self._deadline.stop()
        self._retry.stop()
        for key, entry in list(self._entries.items()):
            if entry.sent:
                continue
            entry.sent = True
            job = entry.snapshot()
            if self._writer is None:
                self._run_here(key, entry.seq, job)
            else:
                self._writer.submit(key, entry.seq, job)

    @property
    def state(self) -> SaveState:
        return self._state

    def is_dirty(self) -> bool:
        """Something is not confirmed written yet."""
        return bool(self._entries)

    def has_unsent(self) -> bool:
        """Something is still waiting for its timer (not yet handed to the writer)."""
        return any(not e.sent for e in self._entries.values())

    def wait_saved(self, timeout_ms: int = 5000) -> bool:
        """Flush and wait (retries included) until everything is written; False if not."""
        self.flush()
        if self._writer is None:
            return not self._entries
        deadline = QDeadlineTimer(timeout_ms)
        while self._entries and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(5)
        return not self._entries

    def close(self, timeout_ms: int = 5000) -> bool:
        """Write what is left and stop the writer; True when nothing was left unsaved."""
        ok = self.wait_saved(timeout_ms)
        if self._writer is not None:
            self._writer.stop()
            self._writer.wait(5000)
            self._writer = None
        return ok

    # bookkeeping ---------------------------------------------------------------------------

    def _stage(self, key: str, snapshot: Callable[[], Job]) -> None:
        self._seq += 1
        self._entries[key] = _Entry(self._seq, snapshot)
        self._update_state()

    def _run_here(self, key: str, seq: int, job: Job) -> None:
        try:
            job(self._desk.live)
        except Exception as exc:  # same contract as the writer thread
            self._on_done(key, seq, str(exc) or type(exc).__name__)
        else:
            self._on_done(key, seq, "")

    def _on_done(self, key: str, seq: int, error: str) -> None:
        entry = self._entries.get(key)
        if error:
            self.last_error = error
            self._failed.add(key)
            if entry is not None and entry.seq == seq:
                entry.sent = False  # send the same data again on retry
            self._retry.start()
            self.failed.emit(key, error)
        else:
            self._failed.discard(key)
            if entry is not None and entry.seq == seq:
                del self._entries[key]
            self.saved.emit(key)
        self._update_state()

    def _update_state(self) -> None:
        if self._failed:
            state = SaveState.FAILED
        elif self._entries:
            state = SaveState.PENDING
        else:
            state = SaveState.SAVED
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)
