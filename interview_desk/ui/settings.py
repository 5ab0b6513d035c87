"""Every QSettings key, declared once with its default. Interview data never lives here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from interview_desk.domain.statuses import DEFAULT_PLANNED_MINUTES

T = TypeVar("T")

ORGANIZATION = "InterviewDesk"
APPLICATION = "InterviewDesk"


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T


MAIN_GEOMETRY: Key[bytes] = Key("main_window/geometry", b"")
MAIN_STATE: Key[bytes] = Key("main_window/state", b"")
LAST_PAGE: Key[str] = Key("main_window/last_page", "sessions")
# The panelist last chosen on this laptop, per session id (a dict of str -> str).
LAST_PANELIST: Key[dict[str, str]] = Key("live/last_panelist", {})
SCORECARD_OVERDUE_HOURS: Key[int] = Key("overdue/scorecard_hours", 24)
CANDIDATE_TOLD_WORKING_DAYS: Key[int] = Key("overdue/candidate_told_working_days", 5)
# The folder of the last file saved or opened through a file dialog ("" = the home folder).
LAST_FOLDER: Key[str] = Key("files/last_folder", "")
# A folder (synced by any file-sync tool) whose panel and return files are imported as they
# appear; "" = none.
INBOX_FOLDER: Key[str] = Key("exchange/inbox_folder", "")
# Candidates idle longer than this many days are offered for purging (personal data).
RETENTION_DAYS: Key[int] = Key("privacy/retention_days", 180)
# How many rolling backups of each database are kept (taken at close and hourly).
BACKUPS_KEEP: Key[int] = Key("backups/keep", 10)
# The length a newly planned session starts with, in minutes (45-60 is usual).
DEFAULT_INTERVIEW_MINUTES: Key[int] = Key("sessions/default_minutes", DEFAULT_PLANNED_MINUTES)
# Show "Saving…"/"Saved" in the live header as notes are written. A failed write is always
# shown, whatever this says.
AUTOSAVE_FEEDBACK: Key[bool] = Key("live/autosave_feedback", True)
# The interface language ("" = the system's); read at start-up.
LANGUAGE: Key[str] = Key("ui/language", "")
#: The languages the app has a translation for, as (code, name in that language).
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("de", "Deutsch"))
# The folder of the faster-whisper model used for transcription ("" = none chosen yet).
TRANSCRIBE_MODEL_DIR: Key[str] = Key("transcribe/model_dir", "")


def settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def get(key: Key[T]) -> T:
    value: Any = settings().value(key.name, key.default)
    if value is None:
        return key.default
    if isinstance(key.default, bool):  # before int: a bool is an int
        if isinstance(value, bool):
            return value  # type: ignore[return-value]
        # INI and some native back ends hand booleans back as "true"/"false"
        return str(value).strip().lower() in ("true", "1", "yes")  # type: ignore[return-value]
    if isinstance(key.default, bytes) and not isinstance(value, bytes):
        return bytes(value)  # type: ignore[return-value]
    if isinstance(key.default, int) and not isinstance(value, int):
        try:
            return int(value)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return key.default
    return value  # type: ignore[no-any-return]


def put(key: Key[T], value: T) -> None:
    # Bytes as Qt's own byte array: PySide stores a Python bytes object pickled, and reading
    # the window's geometry back then loaded pickle at every start (~2 ms, issue 13).
    settings().setValue(key.name, QByteArray(value) if isinstance(value, bytes) else value)
