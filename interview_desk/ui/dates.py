"""Qt dates read from the app's one clock (``domain.clock``), which tests and CI may move."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from interview_desk.domain import clock
from interview_desk.i18n import SOURCE_LANGUAGE
from interview_desk.ui.i18n import current_language


def today() -> QDate:
    """Today's date where the laptop is."""
    day = clock.local_now().date()
    return QDate(day.year, day.month, day.day)


def day_format() -> str:
    """How the interface writes a day: ISO (2026-05-04) in English, as the app always has;
    the chosen language's own short form otherwise, with the full year (German 04.05.2026)."""
    if current_language() == SOURCE_LANGUAGE:
        return "yyyy-MM-dd"
    form = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return form if "yyyy" in form else form.replace("yy", "yyyy")


def shown(stamp: str | None, *, time: bool = True) -> str:
    """A stored time ('2026-05-04T10:00…') as the interface writes it, '' when there is none;
    an unreadable one as it stands. ``time=False``: the day only."""
    if not stamp:
        return ""
    day = QDate.fromString(stamp[:10], "yyyy-MM-dd")
    if not day.isValid():
        return stamp[:16].replace("T", " ")
    text = day.toString(day_format())
    clock_part = stamp[11:16]
    return f"{text} {clock_part}" if time and len(clock_part) == 5 else text
