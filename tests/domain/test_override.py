"""The override rule at its thresholds, and the debrief item timer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from interview_desk.domain.model import Outcome
from interview_desk.domain.override import OverridePolicy, departure, timer_reading

POLICY = OverridePolicy(hire_below=2.5, no_hire_above=3.0)


@pytest.mark.parametrize(("composite", "departs"), [(2.49, True), (2.5, False), (2.51, False)])
def test_a_hire_departs_only_strictly_below_the_hire_threshold(composite: float,
                                                              departs: bool) -> None:
    d = departure(Outcome.HIRE, composite, POLICY)
    assert (d is not None) == departs
    if d is not None:
        assert (d.composite, d.threshold) == (2.49, 2.5)
        assert d.sentence == ("a hire with the composite 2.49, below the role's hire "
                              "threshold 2.50")


@pytest.mark.parametrize(("composite", "departs"), [(2.99, False), (3.0, False), (3.01, True)])
def test_a_no_hire_departs_only_strictly_above_the_no_hire_threshold(composite: float,
                                                                    departs: bool) -> None:
    d = departure(Outcome.NO_HIRE, composite, POLICY)
    assert (d is not None) == departs
    if d is not None:
        assert d.threshold == 3.0 and "above the role's no-hire threshold 3.00" in d.sentence


@pytest.mark.parametrize("outcome", [Outcome.ANOTHER_ROUND, Outcome.ADDITIONAL_ASSESSMENT])
def test_another_round_never_departs(outcome: Outcome) -> None:
    assert departure(outcome, 1.0, POLICY) is None
    assert departure(outcome, 4.0, POLICY) is None


def test_no_threshold_or_no_composite_means_no_departure() -> None:
    assert departure(Outcome.HIRE, 1.0, OverridePolicy()) is None
    assert departure(Outcome.NO_HIRE, 4.0, OverridePolicy(hire_below=2.5)) is None
    assert departure(Outcome.HIRE, None, POLICY) is None
    assert not OverridePolicy().is_set and POLICY.is_set


@pytest.mark.parametrize(("policy", "problem"), [
    (OverridePolicy(2.5, 3.0), None),
    (OverridePolicy(3.0, 3.0), None),
    (OverridePolicy(3.0, 2.5), "The no-hire threshold cannot be below the hire threshold."),
    (OverridePolicy(0.5, None), "A threshold on the composite lies between 1 and 4."),
    (OverridePolicy(None, 4.5), "A threshold on the composite lies between 1 and 4."),
])
def test_thresholds_that_cannot_be_stored_say_why(policy: OverridePolicy,
                                                  problem: str | None) -> None:
    assert policy.problem() == problem


def test_the_item_timer_counts_down_then_counts_the_overrun() -> None:
    start = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    r = timer_reading(start, start + timedelta(seconds=75), 3)
    assert (r.elapsed, r.left, r.over, r.text) == (75, 105, False, "1:45")
    r = timer_reading(start, start + timedelta(minutes=3), 3)
    assert (r.left, r.over) == (0, False)
    r = timer_reading(start, start + timedelta(minutes=4, seconds=5), 3)
    assert (r.over, r.text) == (True, "4:05")
