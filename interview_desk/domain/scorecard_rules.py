"""The rules of independent rating: when a scorecard is complete, what to warn about before it is
submitted, the post-debrief layer, the seal, and what counts as overdue.

Plain Python, no I/O: services feed it rows, the UI and the CLI show its verdicts.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from interview_desk.domain.model import (
    Competency,
    Rating,
    Recommendation,
    Scorecard,
    new_id,
)
from interview_desk.i18n import Words

#: A per-competency range of ratings (max - min) at or above this is a disagreement to discuss.
DISAGREEMENT_RANGE = 2

#: What stands between a draft and submission, for people: shown with ``say``.
Refusal = Words("Refusal")


# --- completeness and the checks before submit -------------------------------------------------


def undecided(competencies: Iterable[Competency], card: Scorecard) -> list[Competency]:
    """Competencies that have neither a rating nor an explicit "no evidence" yet."""
    return [c for c in competencies
            if not (c.id in card.ratings and card.ratings[c.id].is_decided)]


def all_decided(competencies: Iterable[Competency], card: Scorecard) -> bool:
    """Decompose first, judge last: the overall recommendation unlocks only when this holds."""
    return not undecided(competencies, card)


def missing_evidence(competencies: Iterable[Competency], card: Scorecard) -> list[Competency]:
    """Competencies given a rating (not "no evidence") with no evidence written down."""
    return [c for c in competencies
            if (r := card.ratings.get(c.id)) is not None and r.rating is not None
            and not r.evidence.strip()]


def is_halo(competencies: Sequence[Competency], card: Scorecard) -> bool:
    """Every competency rated, and all with the same number: a sign of one overall impression.

    Needs at least two rated competencies; "no evidence" is not a rating and breaks the pattern
    only by leaving fewer ratings.
    """
    ratings = [card.ratings[c.id].rating for c in competencies if c.id in card.ratings]
    rated = [r for r in ratings if r is not None]
    return len(rated) >= 2 and len(rated) == len(competencies) and len(set(rated)) == 1


@dataclass(frozen=True)
class SubmitCheck:
    """What stands between a draft and submission: ``blockers`` refuse, ``warnings`` ask."""

    blockers: list[str]
    warnings: list[str]

    @property
    def ok(self) -> bool:
        return not self.blockers and not self.warnings


def check_before_submit(competencies: Sequence[Competency], card: Scorecard) -> SubmitCheck:
    blockers: list[str] = []
    warnings: list[str] = []
    if card.submitted_at:
        blockers.append(Refusal.tr("This scorecard was already submitted."))
    left = undecided(competencies, card)
    if left:
        blockers.append(Refusal.tr("Not yet rated: %1 (give a rating or choose “no "
                                   "evidence”).").arg(", ".join(c.name for c in left)))
    if card.recommendation is None:
        blockers.append(Refusal.tr("Choose an overall recommendation."))
    bare = missing_evidence(competencies, card)
    if bare:
        warnings.append(Refusal.tr("Rated without evidence: %1.").arg(
            ", ".join(c.name for c in bare)))
    if is_halo(competencies, card):
        value = next(r.rating for r in card.ratings.values() if r.rating is not None)
        warnings.append(Refusal.tr("Every competency is rated %1: is this one overall "
                                   "impression (a halo) rather than separate judgements?").arg(
            value))
    return SubmitCheck(blockers, warnings)


# --- the post-debrief layer ----------------------------------------------------------------------


@dataclass
class Amendment:
    """One change after submission: a competency's rating/evidence, or the recommendation.

    The submitted original is never changed; the effective (post-debrief) card is the original
    with every amendment applied in the order they were made.
    """

    scorecard_id: str
    reason: str
    amended_at: str
    competency_id: str | None = None
    rating: int | None = None
    no_evidence: bool = False
    evidence: str = ""
    recommendation: Recommendation | None = None
    id: str = field(default_factory=new_id)


def apply_amendments(card: Scorecard, amendments: Iterable[Amendment]) -> Scorecard:
    """The post-debrief version of ``card`` (a copy; the original is left as submitted)."""
    # A card's fields and its ratings' fields are strings, numbers and enums: copying the card
    # and each rating is the deep copy, without deepcopy's generic walk (a role comparison
    # makes thousands of these; deepcopy was a fifth of its time).
    effective = copy.copy(card)
    effective.ratings = {key: copy.copy(rating) for key, rating in card.ratings.items()}
    for a in sorted(amendments, key=lambda a: a.amended_at):
        if a.scorecard_id != card.id:
            continue
        if a.competency_id is not None:
            effective.ratings[a.competency_id] = Rating(
                competency_id=a.competency_id, rating=a.rating, no_evidence=a.no_evidence,
                evidence=a.evidence)
        if a.recommendation is not None:
            effective.recommendation = a.recommendation
    return effective


# --- ratings across a panel ----------------------------------------------------------------------


def spread(values: Iterable[int | None]) -> int | None:
    """Range (max - min) of the ratings given; ``None`` with fewer than two ratings."""
    rated = [v for v in values if v is not None]
    if len(rated) < 2:
        return None
    return max(rated) - min(rated)


def is_disagreement(values: Iterable[int | None]) -> bool:
    s = spread(values)
    return s is not None and s >= DISAGREEMENT_RANGE


# --- the seal ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SealState:
    """Who has submitted, and whether the lead opened the consolidated view early."""

    panel: tuple[str, ...]
    submitted: frozenset[str]
    unsealed_at: str | None = None
    unsealed_by: str | None = None

    @property
    def all_submitted(self) -> bool:
        return bool(self.panel) and all(p in self.submitted for p in self.panel)

    @property
    def is_open(self) -> bool:
        """The consolidated view opens when everyone submitted, or when the lead unsealed it."""
        return self.all_submitted or self.unsealed_at is not None

    @property
    def waiting_for(self) -> list[str]:
        return [p for p in self.panel if p not in self.submitted]

    def may_see_ratings_of(self, viewer_id: str, other_id: str) -> bool:
        """A panelist sees another's ratings only after submitting their own, and only once the
        consolidated view is open. Everybody always sees their own."""
        if viewer_id == other_id:
            return True
        return viewer_id in self.submitted and self.is_open

    def may_see_consolidated(self) -> bool:
        return self.is_open


# --- overdue ----------------------------------------------------------------------------------


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days (Monday–Friday) after ``start``. Public holidays are not
    known offline and are not counted."""
    if days <= 0:
        return start
    # Counted from a Saturday or Sunday as from the Friday before; from a weekday, each
    # five working days are a week (the overdue list works this out for every session).
    weeks, left = divmod(days, 5)
    current = start - timedelta(days=max(0, start.weekday() - 4)) + timedelta(weeks=weeks)
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` <= ``start``)."""
    if end <= start:
        return 0
    full_weeks, rest = divmod((end - start).days, 7)
    count = full_weeks * 5
    for i in range(1, rest + 1):
        if (start + timedelta(days=i)).weekday() < 5:
            count += 1
    return count


@dataclass(frozen=True)
class OverdueThresholds:
    scorecard_hours: int = 24
    candidate_told_working_days: int = 5


def scorecard_due(session_end: datetime, thresholds: OverdueThresholds) -> datetime:
    return session_end + timedelta(hours=thresholds.scorecard_hours)


def candidate_told_due(interview_day: date, thresholds: OverdueThresholds) -> date:
    return add_working_days(interview_day, thresholds.candidate_told_working_days)
