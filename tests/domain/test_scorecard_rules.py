"""The rating discipline's rules, with hand-computed figures."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from interview_desk.domain.model import Competency, Rating, Recommendation, Scorecard
from interview_desk.domain.scorecard_rules import (
    Amendment,
    OverdueThresholds,
    SealState,
    add_working_days,
    all_decided,
    apply_amendments,
    candidate_told_due,
    check_before_submit,
    is_disagreement,
    is_halo,
    missing_evidence,
    scorecard_due,
    spread,
    undecided,
    working_days_between,
)
from interview_desk.domain.scoring import panel_score, scorecard_score, weighted_score

ANCHORS = ("one", "two", "three", "four")


def _comps() -> list[Competency]:
    return [Competency("a", "Alpha", weight=2.0, anchors=ANCHORS, id="a"),
            Competency("b", "Beta", weight=1.0, anchors=ANCHORS, id="b"),
            Competency("c", "Gamma", weight=1.0, anchors=ANCHORS, id="c")]


def _card(values: dict[str, int | None], evidence: str = "said so", **kw: object) -> Scorecard:
    ratings = {cid: Rating(cid, rating=v, no_evidence=v is None, evidence=evidence)
               for cid, v in values.items()}
    return Scorecard(session_id="s", panelist_id="p", ratings=ratings, **kw)  # type: ignore[arg-type]


# --- weighted scores and spread, computed by hand ----------------------------------------------


def test_weighted_score_leaves_no_evidence_out_and_renormalises() -> None:
    # (2*4 + 1*2) / (2 + 1) = 10/3; "no evidence" on Gamma drops its weight entirely.
    assert weighted_score(_comps(), {"a": 4, "b": 2, "c": None}) == pytest.approx(10 / 3)
    assert scorecard_score(_comps(), _card({"a": 4, "b": 2, "c": None})) == pytest.approx(10 / 3)
    assert weighted_score(_comps(), {"a": None, "b": None, "c": None}) is None


def test_panel_score_is_the_weighted_mean_of_per_competency_means() -> None:
    # means: a = (4+2)/2 = 3, b = (2+2)/2 = 2, c = 3 (one rating); (2*3 + 2 + 3) / 4 = 11/4
    cards = [_card({"a": 4, "b": 2, "c": 3}), _card({"a": 2, "b": 2, "c": None})]
    assert panel_score(_comps(), cards) == pytest.approx(2.75)


def test_spread_and_disagreement() -> None:
    assert spread([4, 2, 3]) == 2 and is_disagreement([4, 2, 3])
    assert spread([3, 4, None]) == 1 and not is_disagreement([3, 4, None])
    assert spread([3, None]) is None and not is_disagreement([3, None])
    assert spread([1, 4]) == 3


# --- decided-ness and the checks before submit -------------------------------------------------


def test_recommendation_waits_until_every_competency_is_decided() -> None:
    card = _card({"a": 3, "b": None})
    assert [c.id for c in undecided(_comps(), card)] == ["c"]
    assert not all_decided(_comps(), card)
    card.ratings["c"] = Rating("c", no_evidence=True)
    assert all_decided(_comps(), card)
    card.ratings["c"] = Rating("c")  # neither rated nor "no evidence"
    assert not all_decided(_comps(), card)


def test_missing_evidence_counts_only_ratings() -> None:
    card = _card({"a": 3, "b": None, "c": 2}, evidence="")
    card.ratings["c"].evidence = "  \n"
    assert [c.id for c in missing_evidence(_comps(), card)] == ["a", "c"]


def test_halo_needs_every_competency_rated_the_same() -> None:
    assert is_halo(_comps(), _card({"a": 4, "b": 4, "c": 4}))
    assert not is_halo(_comps(), _card({"a": 4, "b": 4, "c": 3}))
    assert not is_halo(_comps(), _card({"a": 4, "b": 4, "c": None}))
    assert not is_halo(_comps()[:1], _card({"a": 4}))


def test_check_before_submit_blocks_and_warns() -> None:
    draft = _card({"a": 3})
    result = check_before_submit(_comps(), draft)
    assert any("Beta" in b and "Gamma" in b for b in result.blockers)
    assert any("recommendation" in b for b in result.blockers)
    halo = _card({"a": 2, "b": 2, "c": 2}, evidence="", recommendation=Recommendation.NO)
    result = check_before_submit(_comps(), halo)
    assert result.blockers == []
    assert len(result.warnings) == 2
    assert "without evidence: Alpha, Beta, Gamma" in result.warnings[0]
    assert "rated 2" in result.warnings[1]
    clean = _card({"a": 2, "b": 3, "c": None}, recommendation=Recommendation.YES)
    assert check_before_submit(_comps(), clean).ok


# --- the post-debrief layer ----------------------------------------------------------------------


def test_amendments_apply_in_order_and_leave_the_original() -> None:
    card = _card({"a": 2, "b": 3, "c": 3}, recommendation=Recommendation.NO)
    layer = [
        Amendment(card.id, "second thoughts", "2026-01-02T10:00", competency_id="a", rating=4,
                  evidence="new"),
        Amendment(card.id, "first", "2026-01-02T09:00", competency_id="a", rating=3),
        Amendment(card.id, "convinced", "2026-01-02T11:00",
                  recommendation=Recommendation.YES),
        Amendment("another-card", "not mine", "2026-01-02T12:00", competency_id="b",
                  rating=1),
    ]
    after = apply_amendments(card, layer)
    assert after.ratings["a"].rating == 4 and after.ratings["a"].evidence == "new"
    assert after.ratings["b"].rating == 3
    assert after.recommendation is Recommendation.YES
    assert card.ratings["a"].rating == 2 and card.recommendation is Recommendation.NO


# --- the seal ------------------------------------------------------------------------------------


def test_seal_opens_when_everyone_submitted_or_when_unsealed() -> None:
    sealed = SealState(panel=("p1", "p2", "p3"), submitted=frozenset({"p1", "p2"}))
    assert not sealed.is_open and sealed.waiting_for == ["p3"]
    assert sealed.may_see_ratings_of("p1", "p1")
    assert not sealed.may_see_ratings_of("p1", "p2")
    done = SealState(panel=("p1", "p2", "p3"), submitted=frozenset({"p1", "p2", "p3"}))
    assert done.is_open and done.may_see_ratings_of("p1", "p2")
    early = SealState(panel=("p1", "p2", "p3"), submitted=frozenset({"p1"}),
                      unsealed_at="2026-01-01T00:00", unsealed_by="Lead")
    assert early.is_open
    assert early.may_see_ratings_of("p1", "p2")
    # unsealing never lets a panelist who has not submitted see the others first
    assert not early.may_see_ratings_of("p2", "p1")
    assert not SealState(panel=(), submitted=frozenset()).is_open


# --- overdue and working days ------------------------------------------------------------------


def test_working_days_skip_weekends() -> None:
    friday = date(2026, 11, 20)
    assert friday.weekday() == 4
    assert add_working_days(friday, 1) == date(2026, 11, 23)
    assert add_working_days(friday, 5) == date(2026, 11, 27)
    assert add_working_days(date(2026, 11, 16), 5) == date(2026, 11, 23)
    assert working_days_between(friday, date(2026, 11, 22)) == 0
    assert working_days_between(friday, date(2026, 11, 23)) == 1
    assert working_days_between(date(2026, 11, 16), date(2026, 11, 30)) == 10
    assert working_days_between(date(2026, 11, 30), date(2026, 11, 16)) == 0
    for days in range(0, 25):
        start = date(2026, 11, 18)
        assert working_days_between(start, add_working_days(start, days)) == days


def test_adding_working_days_lands_on_the_first_day_that_many_are_counted() -> None:
    # From every day of the week, weekends included, and past whole weeks.
    for start in (date(2026, 11, 14) + timedelta(days=i) for i in range(7)):
        assert add_working_days(start, 0) == start
        for days in range(1, 13):
            due = add_working_days(start, days)
            assert due.weekday() < 5
            assert working_days_between(start, due) == days
            assert working_days_between(start, due - timedelta(days=1)) == days - 1


def test_due_dates_follow_the_thresholds() -> None:
    end = datetime(2026, 11, 20, 11, 0)
    assert scorecard_due(end, OverdueThresholds()) == end + timedelta(hours=24)
    assert scorecard_due(end, OverdueThresholds(scorecard_hours=48)) == end + timedelta(days=2)
    assert candidate_told_due(end.date(), OverdueThresholds()) == date(2026, 11, 27)
    assert candidate_told_due(end.date(), OverdueThresholds(candidate_told_working_days=1)) \
        == date(2026, 11, 23)
