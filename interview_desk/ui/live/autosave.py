"""Autosave for the live view: debounced, bounded, off the UI thread, never silent on failure.

Typing marks a key (one note) dirty. It is written 500 ms after typing pauses, and at most
2 s after its first unsaved keystroke while typing goes on; ``flush()`` writes at once
(question change, focus loss, close, end of session). Writes go to the app's one op runner
(``ui/ops.py``) in its interactive lane, so a slow disk, an import running or another program
holding the write lock never makes a keystroke wait. A failed write leaves the key dirty and
shows "not saved"; the text itself always stays in memory. A lock held elsewhere is retried
every second until it is released; any other failure (a refusal, or a bug, which the runner
logs) is not retried on its own, only when the note changes again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QThread, QTimer, Signal

from interview_desk.services.live import LiveService
from interview_desk.ui.ops import OpError, OpRunner

Job = Callable[[LiveService], None]
"""One write, run on the writer's connection."""

IDLE_MS = 500
MAX_DELAY_MS = 2000
RETRY_MS = 1000


class SaveState(Enum):
    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"


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

    def __init__(self, ops: OpRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._seq = 0
        self._entries: dict[str, _Entry] = {}
        self._failed: set[str] = set()
        self._state = SaveState.SAVED
        self.last_error = ""
        self._idle = self._timer(IDLE_MS)
        self._deadline = self._timer(MAX_DELAY_MS)
        self._retry = self._timer(RETRY_MS)

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
            self._send(key, entry.seq, entry.snapshot())

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def retrying(self) -> bool:
        """A failed write will be tried again on its own (a lock held elsewhere)."""
        return self._retry.isActive()

    def is_dirty(self) -> bool:
        """Something is not confirmed written yet."""
        return bool(self._entries)

    def has_unsent(self) -> bool:
        """Something is still waiting for its timer (not yet handed to the writer)."""
        return any(not e.sent for e in self._entries.values())

    def wait_saved(self, timeout_ms: int = 5000) -> bool:
        """Flush and wait (retries included) until everything is written; False if not."""
        self.flush()
        deadline = QDeadlineTimer(timeout_ms)
        while self._entries and not deadline.hasExpired():
            if not any(e.sent for e in self._entries.values()) and not self._retry.isActive():
                break  # nothing in flight and nothing to retry on its own: the answer is in
            QCoreApplication.processEvents()
            QThread.msleep(5)
        return not self._entries

    def close(self, timeout_ms: int = 5000) -> bool:
        """Write what is left; True when nothing was left unsaved. (The runner, shared with
        the rest of the window, is closed by the window after this.)"""
        ok = self.wait_saved(timeout_ms)
        self._idle.stop()
        self._deadline.stop()
        self._retry.stop()
        return ok

    # bookkeeping ---------------------------------------------------------------------------

    def _stage(self, key: str, snapshot: Callable[[], Job]) -> None:
        self._seq += 1
        self._entries[key] = _Entry(self._seq, snapshot)
        self._update_state()

    def _send(self, key: str, seq: int, job: Job) -> None:
        # One attempt: a lock is retried here, on a timer, so "not saved" shows meanwhile.
        op = self._ops.run(lambda desk, _report: job(desk.live), retry_for_ms=0, owner=self)
        op.succeeded.connect(lambda _value: self._on_done(key, seq, None))
        op.failed.connect(lambda error: self._on_done(key, seq, error))

    def _on_done(self, key: str, seq: int, error: OpError | None) -> None:
        entry = self._entries.get(key)
        if error is not None:
            self.last_error = error.message
            self._failed.add(key)
            if entry is not None and entry.seq == seq:
                entry.sent = False  # send the same data again on retry or the next change
            if error.transient:
                self._retry.start()
            self.failed.emit(key, error.message)
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
