"""Qt dates read from the app's one clock (``domain.clock``), which tests and CI may move."""

from __future__ import annotations

from PySide6.QtCore import QDate

from interview_desk.domain import clock


def today() -> QDate:
    """Today's date where the laptop is."""
    day = clock.local_now().date()
    return QDate(day.year, day.month, day.day)
