"""The session clock and the time on the current question: plain Python, so it is testable
with a fake time source and never drifts with timer ticks (time is read, not counted).
Whether the panel is behind is a rule of the session: ``domain.live.pace``."""

from __future__ import annotations

import time
from collections.abc import Callable


def mmss(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class Stopwatch:
    """Session time that runs only between start and pause, plus a per-question lap."""

    def __init__(self, elapsed_seconds: int = 0,
                 now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._banked = float(elapsed_seconds)
        self._since: float | None = None  # when the current running stretch began
        self._lap_banked = 0.0
        self._lap_since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self._now()
            self._lap_since = self._since

    def pause(self) -> None:
        if self._since is not None:
            now = self._now()
            self._banked += now - self._since
            self._since = None
            if self._lap_since is not None:
                self._lap_banked += now - self._lap_since
                self._lap_since = None

    def elapsed(self) -> int:
        running = self._now() - self._since if self._since is not None else 0.0
        return int(self._banked + running)

    def new_lap(self, already_spent: int) -> None:
        """A question became current; it had ``already_spent`` seconds from earlier visits."""
        self._lap_banked = float(already_spent)
        self._lap_since = self._now() if self._since is not None else None

    def lap(self) -> int:
        running = self._now() - self._lap_since if self._lap_since is not None else 0.0
        return int(self._lap_banked + running)
