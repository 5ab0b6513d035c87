"""When a decision departs from the composite, and the debrief's item timer.

The composite is the panel's weighted score over the independent ratings (before the
debrief): the mechanical combination that a decision is checked against. Post-debrief
changes do not move it, so a panel cannot talk its ratings into line with a decision and
escape the rule. A role version may set two thresholds; a hire with the composite *below*
``hire_below``, or a no-hire with it *above* ``no_hire_above``, departs from it and needs a
written reason, recorded as an override. A composite exactly at a threshold does not depart.

Plain Python, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from interview_desk.domain.model import Outcome
from interview_desk.domain.scale import SCALE
from interview_desk.i18n import Figure, Words

Said = Words("Said")  # the context of the read model's words (domain.debrief)


@dataclass(frozen=True)
class OverridePolicy:
    """The role's thresholds on the composite; ``None`` sets no rule on that side."""

    hire_below: float | None = None
    no_hire_above: float | None = None

    @property
    def is_set(self) -> bool:
        return self.hire_below is not None or self.no_hire_above is not None

    def problem(self) -> str | None:
        """Why these thresholds cannot be stored, or ``None``."""
        for value in (self.hire_below, self.no_hire_above):
            if value is not None and not SCALE.lowest <= value <= SCALE.highest:
                return Said.tr("A threshold on the composite lies between %1 and %2.").arg(
                    SCALE.lowest, SCALE.highest)
        if (self.hire_below is not None and self.no_hire_above is not None
                and self.no_hire_above < self.hire_below):
            # Between the two every decision would be an override.
            return Said.tr("The no-hire threshold cannot be below the hire threshold.")
        return None


@dataclass(frozen=True)
class Departure:
    """A decision that goes against the composite, and the threshold it crosses."""

    outcome: Outcome
    composite: float
    threshold: float

    @property
    def sentence(self) -> str:
        if self.outcome is Outcome.HIRE:
            return Said.tr("a hire with the composite %1, below the role's hire threshold "
                           "%2").arg(
                Figure(f"{self.composite:.2f}"), Figure(f"{self.threshold:.2f}"))
        return Said.tr("a no-hire with the composite %1, above the role's no-hire threshold "
                       "%2").arg(
                Figure(f"{self.composite:.2f}"), Figure(f"{self.threshold:.2f}"))


def within_rule(outcome: Outcome, composite: float | None, policy: OverridePolicy) -> str:
    """What the rule says of a hire or no-hire that does *not* depart (``departure`` gave
    ``None``), in the rule's own terms and one sentence: which threshold it was checked
    against, or that there is none. Never "in line with the composite": a no-hire at 3.09
    under a no-hire threshold of 3.25 is within the rule, not a judgement that 3.09 means no."""
    hire = outcome is Outcome.HIRE
    if composite is None:
        return (Said.tr("A hire without a composite (nothing was rated), so there is nothing "
                        "to check.") if hire
                else Said.tr("A no-hire without a composite (nothing was rated), so there is "
                             "nothing to check."))
    at = Figure(f"{composite:.2f}")
    if hire:
        if policy.hire_below is None:
            return Said.tr("A hire with the composite %1; the role sets no hire threshold, so "
                           "a hire needs no override.").arg(at)
        return Said.tr("A hire with the composite %1, not below the role's hire threshold "
                       "%2, so it needs no override.").arg(
            at, Figure(f"{policy.hire_below:.2f}"))
    if policy.no_hire_above is None:
        return Said.tr("A no-hire with the composite %1; the role sets no no-hire threshold, "
                       "so a no-hire needs no override.").arg(at)
    return Said.tr("A no-hire with the composite %1, not above the role's no-hire threshold "
                   "%2, so it needs no override.").arg(at, Figure(f"{policy.no_hire_above:.2f}"))


def departure(outcome: Outcome, composite: float | None,
              policy: OverridePolicy) -> Departure | None:
    """The departure ``outcome`` makes from ``composite`` under ``policy``, or ``None``.

    Another round or an additional assessment postpones the decision and never departs;
    without a composite (nobody rated anything) there is nothing to depart from.
    """
    if composite is None:
        return None
    if (outcome is Outcome.HIRE and policy.hire_below is not None
            and composite < policy.hire_below):
        return Departure(outcome, composite, policy.hire_below)
    if (outcome is Outcome.NO_HIRE and policy.no_hire_above is not None
            and composite > policy.no_hire_above):
        return Departure(outcome, composite, policy.no_hire_above)
    return None


@dataclass(frozen=True)
class TimerReading:
    """One agenda item's timer at a moment: elapsed and left, in whole seconds."""

    elapsed: int
    left: int
    over: bool

    @property
    def text(self) -> str:
        minutes, seconds = divmod(self.left if not self.over else self.elapsed, 60)
        return f"{minutes}:{seconds:02d}"


def timer_reading(started: datetime, now: datetime, minutes: int) -> TimerReading:
    """How long an agenda item has run since ``started`` against its ``minutes``."""
    elapsed = max(0, int((now - started).total_seconds()))
    budget = minutes * 60
    return TimerReading(elapsed=elapsed, left=max(0, budget - elapsed), over=elapsed > budget)
