"""What the first window needs of the domain: a session's status and the planned length.

Kept apart from ``domain.model`` (its dataclasses, enums and patterns cost ~7 ms to import):
the Sessions list and the settings are read before the window's first paint (issue 13).
``domain.model`` gives the same names.
"""

from __future__ import annotations

from enum import StrEnum

from interview_desk.i18n import Text, Words

DEFAULT_PLANNED_MINUTES = 60

# The words of the domain's labels (docs/translations.md): shown through ``say``.
Label = Words("Label")


class SessionStatus(StrEnum):
    PLANNED = "planned"
    LIVE = "live"
    COMPLETED = "completed"
    DECIDED = "decided"

    @property
    def label(self) -> Text:
        """"Planned", "Live"…: the status as a person reads it."""
        return {SessionStatus.PLANNED: Label.tr("Planned"), SessionStatus.LIVE: Label.tr("Live"),
                SessionStatus.COMPLETED: Label.tr("Completed"),
                SessionStatus.DECIDED: Label.tr("Decided")}[self]
