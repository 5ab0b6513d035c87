"""The one source of "now" for every time the app stores, shows or compares.

Nothing else calls ``datetime.now``: a test passes its own ``now`` where a figure depends on it,
and ``INTERVIEW_DESK_CLOCK_SHIFT_DAYS`` moves this clock for a whole process and its children
(CI runs the suite a second time a year ahead to prove that no test depends on the day it
runs). Reading one environment variable is the only outside input here, on purpose: it is how
the shift reaches subprocesses that tests start. Elapsed time (the interview clock, timers) is
measured with monotonic clocks and is not affected.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

SHIFT_ENV = "INTERVIEW_DESK_CLOCK_SHIFT_DAYS"


def shift() -> timedelta:
    """How far this process's clock is moved from the real one (zero unless overridden)."""
    raw = os.environ.get(SHIFT_ENV, "").strip()
    if not raw:
        return timedelta(0)
    try:
        return timedelta(days=float(raw))
    except (ValueError, OverflowError):
        # A typo in a developer's override must not stop the app: the real clock is used.
        return timedelta(0)


def now() -> datetime:
    """The current instant, timezone-aware, in UTC."""
    return datetime.now(UTC) + shift()


def local_now() -> datetime:
    """The current wall-clock time where the laptop is (naive), for planning in local time."""
    return datetime.now() + shift()
