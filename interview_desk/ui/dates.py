"""Qt dates read from the app's one clock (``domain.clock``), which tests and CI may move, and
stored times shown as the interface's language writes them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

from interview_desk.domain import clock
from interview_desk.i18n import SOURCE_LANGUAGE
from interview_desk.ui.i18n import current_language


def today() -> QDate:
    """Today's date where the laptop is."""
    day = clock.local_now().date()
    return QDate(day.year, day.month, day.day)


def shown_when(local_iso: str) -> str:
    """A stored local time ('2026-12-07T14:00') for the screen: '2026-12-07 14:00' in English
    (sortable, as it always was), the chosen language's short form otherwise ('07.12.26
    14:00')."""
    if current_language() == SOURCE_LANGUAGE:
        return local_iso[:16].replace("T", " ")
    when = QDateTime.fromString(local_iso[:16], "yyyy-MM-ddTHH:mm")
    if not when.isValid():
        return local_iso[:16].replace("T", " ")
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def shown_instant(moment: datetime) -> str:
    """A moment (timezone-aware) in the laptop's time, to the second, for the screen: as
    ``shown_when`` writes it, with seconds."""
    local = moment.astimezone()
    if current_language() == SOURCE_LANGUAGE:
        return local.strftime("%Y-%m-%d %H:%M:%S")
    locale = QLocale()
    day = QDate(local.year, local.month, local.day)
    return f"{locale.toString(day, QLocale.FormatType.ShortFormat)} {local:%H:%M:%S}"


def shown_day(moment: datetime) -> str:
    """The day of a moment (timezone-aware) in the laptop's time, for the screen."""
    local = moment.astimezone()
    if current_language() == SOURCE_LANGUAGE:
        return local.strftime("%Y-%m-%d")
    return QLocale().toString(QDate(local.year, local.month, local.day),
                              QLocale.FormatType.ShortFormat)


def day_format() -> str:
    """How a date edit writes a day: ISO in English, the chosen language's short form
    otherwise (the same as ``shown_when``)."""
    if current_language() == SOURCE_LANGUAGE:
        return "yyyy-MM-dd"
    return QLocale().dateFormat(QLocale.FormatType.ShortFormat)


def shown_date(local_iso: str) -> str:
    """The day of a stored time ('2026-12-07…') for the screen, as ``shown_when`` writes it."""
    day = QDate.fromString(local_iso[:10], "yyyy-MM-dd")
    if current_language() == SOURCE_LANGUAGE or not day.isValid():
        return local_iso[:10]
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)
