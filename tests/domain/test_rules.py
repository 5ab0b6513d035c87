"""The rules a person meets, as plain functions (the services and the panel-file check ask
them), and what a time must be."""

from __future__ import annotations

import pytest

from interview_desk.domain.live import Clock
from interview_desk.domain.model import (
    Competency,
    Panelist,
    Rating,
    Role,
    SessionStatus,
    parse_timestamp,
    timestamp_problem,
)
from interview_desk.domain.rules import (
    clock_problem,
    panel_problem,
    rating_problem,
    role_problem,
    scheduled_problem,
)


@pytest.mark.parametrize("stamp", [
    "2026-11-20T10:00:00+00:00", "2026-11-20T10:00:00.123456+01:00", "2026-11-20T10:00:00Z",
    "2000-01-01T00:00:00+00:00", "2100-12-31T23:59:59+00:00", "2028-02-29T12:00:00-05:00"])
def test_times_the_app_writes_pass(stamp: str) -> None:
    assert timestamp_problem(stamp) is None
    assert parse_timestamp(stamp) is not None


@pytest.mark.parametrize(("stamp", "problem"), [
    ("2026-11-20T10:00:00", "with its offset"),
    ("2026-11-20 10:00:00+00:00", "with its offset"),
    ("2026-11-20T10:00+00:00", "with its offset"),
    ("2026-13-45T99:99", "with its offset"),
    ("2026-02-30T10:00:00+00:00", "no such day"),
    ("2027-02-29T10:00:00+00:00", "no such day"),
    ("2026-11-20T24:00:00+00:00", "no such day"),
    ("2026-11-20T10:00:00+24:00", "no such day"),
    ("9999-12-31T23:30:00+00:00", "between the years 2000 and 2100"),
    ("0001-01-01T00:00:00+23:59", "between the years 2000 and 2100"),
    ("2101-01-01T00:00:00+00:00", "between the years"),
    ("2000-01-01T00:30:00+01:00", "between the years"),  # 1999 in UTC
])
def test_other_times_are_refused_and_read_as_unknown(stamp: str, problem: str) -> None:
    found = timestamp_problem(stamp)
    assert found is not None and problem in found
    if "offset" not in problem:
        assert parse_timestamp(stamp) is None  # a stored one never breaks a date sum


def test_a_planned_time_is_a_real_wall_clock_time_or_empty() -> None:
    assert scheduled_problem("") is None
    assert scheduled_problem("2026-11-20T10:00") is None
    for bad in ("2026-02-30T10:00", "9999-12-31T23:59", "tomorrow"):
        problem = scheduled_problem(bad)
        assert problem is not None and problem.field == "scheduled_at"


def test_a_panel_has_one_lead_and_names() -> None:
    a, b = Panelist("Ann", is_lead=True), Panelist("Bo", is_lead=True)
    problem = panel_problem([a, b])
    assert problem is not None and problem.item_id == b.id and problem.field == "is_lead"
    assert panel_problem([a, Panelist("Cy")]) is None
    assert panel_problem([]) is not None
    blank = Panelist(" ")
    problem = panel_problem([a, blank])
    assert problem is not None and problem.item_id == blank.id


def test_a_rating_is_on_the_scale_and_not_also_no_evidence() -> None:
    assert rating_problem(Rating("c", 3)) is None
    assert rating_problem(Rating("c", None, no_evidence=True)) is None
    both = rating_problem(Rating("c", 3, no_evidence=True))
    assert both is not None and both.field == "no_evidence"
    off = rating_problem(Rating("c", 5))
    assert off is not None and off.field == "rating"


def test_a_role_names_the_competency_at_fault() -> None:
    good = Competency("a", "A", anchors=("1", "2", "3", "4"))
    twin = Competency("a", "A again", anchors=("1", "2", "3", "4"))
    problem = role_problem(Role("R", competencies=[good, twin]))
    assert problem is not None and problem.item_id == twin.id and problem.field == "key"
    bare = Competency("b", "B", anchors=("1", "", "3", "4"))
    problem = role_problem(Role("R", competencies=[good, bare]))
    assert problem is not None and problem.item_id == bare.id and "rating 2" in problem.message


def test_the_clock_never_shows_a_planned_session_started_or_an_end_before_its_start() -> None:
    assert clock_problem(Clock()) is None
    started = clock_problem(Clock(started_at="2026-11-20T10:00:00+00:00"))
    assert started is not None and started.field == "started_at"
    backwards = Clock(SessionStatus.COMPLETED, "2026-11-20T10:00:00+00:00",
                      "2026-11-20T09:00:00+00:00")
    problem = clock_problem(backwards)
    assert problem is not None and problem.field == "ended_at"
    # Offsets are times, not text: 10:30+01:00 is before 10:00+00:00.
    assert clock_problem(Clock(SessionStatus.COMPLETED, "2026-11-20T10:30:00+01:00",
                               "2026-11-20T10:00:00+00:00")) is None
