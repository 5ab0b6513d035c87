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
                return (f"A threshold on the composite lies between {SCALE.lowest} and "
                        f"{SCALE.highest}.")
        if (self.hire_below is not None and self.no_hire_above is not None
                and self.no_hire_above < self.hire_below):
            # Between the two every decision would be an override.
            return "The no-hire threshold cannot be below the hire threshold."
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
            return (f"a hire with the composite {self.composite:.2f}, below the role's hire "
                    f"threshold {self.threshold:.2f}")
        return (f"a no-hire with the composite {self.composite:.2f}, above the role's no-hire "
                f"threshold {self.threshold:.2f}")


def within_rule(outcome: Outcome, composite: float | None, policy: OverridePolicy) -> str:
    """What the rule says of a hire or no-hire that does *not* depart (``departure`` gave
    ``None``), in the rule's own terms: which threshold it was checked against, or that
    there is none. Never "in line with the composite": a no-hire at 3.09 under a no-hire
    threshold of 3.25 is within the rule, not a judgement that 3.09 means no."""
    kind = "a hire" if outcome is Outcome.HIRE else "a no-hire"
    if composite is None:
        return f"{kind} without a composite (nothing was rated), so there is nothing to check"
    at = f"{kind} with the composite {composite:.2f}"
    if outcome is Outcome.HIRE:
        if policy.hire_below is None:
            return f"{at}; the role sets no hire threshold, so a hire needs no override"
        return (f"{at}, not below the role's hire threshold {policy.hire_below:.2f}, so it "
                "needs no override")
    if policy.no_hire_above is None:
        return f"{at}; the role sets no no-hire threshold, so a no-hire needs no override"
    return (f"{at}, not above the role's no-hire threshold {policy.no_hire_above:.2f}, so it "
            "needs no override")


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
