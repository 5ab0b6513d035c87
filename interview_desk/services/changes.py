"""What a write changed, so each page can refresh what it shows (and only that).

A write run by the UI's op runner returns a ``Changes`` beside its result; the shell
broadcasts it and every page asks ``changes.touches(...)`` about the aggregates it shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


class Aggregate(Enum):
    """The kinds of stored things a page can show."""

    CANDIDATES = "candidates"
    ROLES = "roles"
    KITS = "kits"
    SESSIONS = "sessions"
    NOTES = "notes"
    SCORECARDS = "scorecards"
    DECISIONS = "decisions"


@dataclass(frozen=True)
class Changes:
    """Which aggregates (and, where known, which of their ids) a write changed."""

    aggregates: frozenset[Aggregate] = frozenset()
    ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *aggregates: Aggregate, ids: Iterable[str] = ()) -> Changes:
        return cls(frozenset(aggregates), frozenset(ids))

    @classmethod
    def everything(cls) -> Changes:
        """An import or a purge: anything may have changed."""
        return cls(frozenset(Aggregate))

    def touches(self, *aggregates: Aggregate) -> bool:
        return not self.aggregates.isdisjoint(aggregates)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.aggregates | other.aggregates, self.ids | other.ids)

    def __bool__(self) -> bool:
        return bool(self.aggregates)


NOTHING = Changes()
"""A write that changed nothing another page shows (e.g. an export)."""
