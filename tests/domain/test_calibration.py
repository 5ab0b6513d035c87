"""Interviewer calibration and time to decision, on hand-computed sessions.

Every session is built with the real read model (``panel_view``), so the figures compared are
the ones each debrief shows. One competency of weight 1: a panelist's score is their rating.
"""

from __future__ import annotations

import pytest

from interview_desk.domain.calibration import (
    MIN_SESSIONS,
    calibrate,
    estimate,
    t95,
    time_to_decision,
)
from interview_desk.domain.debrief import (
    ComparisonRow,
    DecisionView,
    PanelView,
    SessionRows,
    Viewer,
    panel_view,
)
from interview_desk.domain.model import (
    Candidate,
    Competency,
    Kit,
    Outcome,
    Panelist,
    Rating,
    Recommendation,
    Scorecard,
    Session,
    SessionStatus,
)
from interview_desk.domain.scorecard_rules import Amendment

COMPS = (Competency("a", "Alpha", id="a"), Competency("b", "Beta", id="b"))
Y, N = Recommendation.YES, Recommendation.NO


def _view(sid: str, day: str, cards: dict[str, tuple[int | None, int | None, Recommendation]],
          *, role: str = "Engineer", amendments: tuple[Amendment, ...] = (),
          submitted_hours: int = 2, sealed: bool = False) -> PanelView:
    panel = [Panelist(name, id=f"{sid}-{i}", is_lead=i == 0) for i, name in enumerate(cards)]
    scorecards = []
    for p, (a, b, rec) in zip(panel, cards.values(), strict=True):
        ratings = {"a": Rating("a", a, a is None)}
        if b is not None:
            ratings["b"] = Rating("b", b)
        scorecards.append(Scorecard(
            sid, p.id, ratings=ratings, recommendation=rec, id=f"card-{p.id}",
            submitted_at=f"{day}T{10 + submitted_hours:02d}:00:00+00:00"))
    if sealed:
        scorecards[-1].submitted_at = None
    rows = SessionRows(
        session=Session("c", "r", "k", scheduled_at=f"{day}T09:00", status=SessionStatus.COMPLETED,
                        id=sid),
        candidate=Candidate(f"Candidate {sid}", id="c"), role_name=role, competencies=COMPS,
        kit=Kit("Kit"), panel=panel, scorecards=scorecards,
        amendments=[Amendment(f"card-{sid}-{x.scorecard_id}", x.reason, x.amended_at,
                              competency_id=x.competency_id, rating=x.rating)
                    for x in amendments],
        started_at=f"{day}T09:00:00+00:00", ended_at=f"{day}T10:00:00+00:00")
    return panel_view(rows, Viewer.panel(panel[0].id))


# Ann rates higher than Bob and Cy in every session: her score minus the others' mean is
# 1.5, 1.5, 1.0, 1.5, 1.5 -> mean 1.4, sample sd sqrt(0.05), sd/sqrt(5) = 0.1 exactly,
# half-width t(4) * 0.1 = 0.2776.
ANN_HIGH = [
    ("s1", "2026-01-12", {"Ann": (4, None, Y), "Bob": (2, None, N), "Cy": (3, None, Y)}),
    ("s2", "2026-02-09", {"Ann": (4, None, Y), "Bob": (3, None, Y), "Cy": (2, None, N)}),
    ("s3", "2026-03-09", {"Ann": (3, None, Y), "Bob": (2, None, N), "Cy": (2, None, N)}),
    ("s4", "2026-04-13", {"Ann": (4, None, Y), "bob ": (2, None, N), "Cy": (3, None, Y)}),
    ("s5", "2026-05-11", {"Ann": (4, None, Y), "Bob": (3, None, N), "Cy": (2, None, N)}),
]


def _views() -> list[PanelView]:
    return [_view(sid, day, cards) for sid, day, cards in ANN_HIGH]


def test_t_quantiles_are_the_tabled_ones() -> None:
    assert t95(1) == 12.706 and t95(4) == 2.776 and t95(30) == 2.042 and t95(200) == 1.96
    with pytest.raises(ValueError):
        t95(0)


def test_estimate_on_hand_computed_values() -> None:
    e = estimate([1.5, 1.5, 1.0, 1.5, 1.5])
    assert e.n == 5 and e.mean == pytest.approx(1.4)
    assert (e.low, e.high) == (pytest.approx(1.4 - 0.2776), pytest.approx(1.4 + 0.2776))
    assert e.enough and e.reading == "higher than the panel"
    assert estimate([]).reading == "no sessions to compare"
    assert estimate([0.5]).low is None


def test_a_lenient_interviewer_is_higher_than_the_panel_with_its_interval() -> None:
    cal = calibrate(_views())
    assert cal.sessions == 5 and cal.enough
    ann = next(i for i in cal.interviewers if i.name == "Ann")
    assert (ann.sessions, ann.scorecards) == (5, 5)
    e = ann.score_vs_panel
    assert e.mean == pytest.approx(1.4)
    assert e.low == pytest.approx(1.1224) and e.high == pytest.approx(1.6776)
    assert e.reading == "higher than the panel"
    # recommendation: Yes=3 against the others' mean 2.5, 2.5, 2, 2.5, 2 -> 0.5,0.5,1,0.5,1
    assert ann.recommendation_vs_panel.mean == pytest.approx(0.7)
    # Submitted two hours after the session ended, every time.
    assert ann.median_submission_hours == pytest.approx(2.0)
    assert ann.worst_submission_hours == pytest.approx(2.0)


def test_an_interviewer_is_one_person_whatever_the_case_and_spacing_of_the_name() -> None:
    cal = calibrate(_views())
    assert [i.name for i in cal.interviewers] == ["Ann", "Bob", "Cy"]
    bob = cal.interviewers[1]
    assert bob.sessions == 5  # "bob " in s4 is Bob
    # Bob: 2-3.5, 3-3, 2-2.5, 2-3.5, 3-3 -> -1.5, 0, -0.5, -1.5, 0: mean -0.7
    assert bob.score_vs_panel.mean == pytest.approx(-0.7)


def test_outlier_counts_being_alone_at_an_end_of_a_disagreement() -> None:
    cal = calibrate(_views())
    ann, bob, cy = cal.interviewers
    # Spread >= 2 only in s1 (4,2,3), s4 (4,2,3): Ann alone at the top, Bob alone at the
    # bottom. s2 (4,3,2) too: Ann top, Cy bottom. s5 (4,3,2): Ann top, Cy bottom.
    assert (ann.outlier.times, ann.outlier.of) == (4, 5)
    assert (bob.outlier.times, cy.outlier.times) == (2, 2)
    assert ann.outlier.share == pytest.approx(0.8)


def test_too_few_sessions_says_so_instead_of_reading_a_direction() -> None:
    cal = calibrate(_views()[:3])
    ann = cal.interviewers[0]
    assert not cal.enough and cal.sessions == 3 < MIN_SESSIONS
    assert not ann.score_vs_panel.enough
    assert ann.score_vs_panel.reading == f"too few sessions (3 of {MIN_SESSIONS} needed)"
    # the figure and its interval are still there, for those who want them
    assert ann.score_vs_panel.low is not None
    one = calibrate(_views()[:1]).interviewers[0]
    assert one.score_vs_panel.n == 1 and one.score_vs_panel.low is None


def test_sealed_sessions_do_not_count() -> None:
    views = [*_views(), _view("s6", "2026-06-08", {"Ann": (1, None, N), "Bob": (4, None, Y)},
                              sealed=True)]
    assert calibrate(views).sessions == 5


def test_ratings_changed_after_the_debrief_are_counted_of_ratings_given() -> None:
    changed = _view("s1", "2026-01-12",
                    {"Ann": (4, 3, Y), "Bob": (2, 2, N), "Cy": (3, 3, Y)},
                    amendments=(Amendment("0", "Heard Bob", "2026-01-13T09:00:00+00:00",
                                          competency_id="a", rating=3),))
    ann = calibrate([changed]).interviewers[0]
    assert (ann.changed.times, ann.changed.of) == (1, 2)


def test_trend_is_the_comparison_per_quarter() -> None:
    ann = calibrate(_views()).interviewers[0]
    assert [(q.quarter, q.estimate.n) for q in ann.trend] == [("2026-Q1", 3), ("2026-Q2", 2)]
    assert ann.trend[0].estimate.mean == pytest.approx((1.5 + 1.5 + 1.0) / 3)
    assert ann.trend[1].estimate.mean == pytest.approx(1.5)


def test_agreement_per_role_and_quarter_is_each_sessions_own_alpha() -> None:
    views = [*_views(), _view("x", "2026-07-06", {"Ann": (2, 2, N), "Bob": (2, 2, N)},
                              role="Designer")]
    cal = calibrate(views)
    alphas = {v.session_id: v.pre.agreement.alpha for v in views if v.pre is not None}
    engineer = next(g for g in cal.by_role if g.label == "Engineer")
    assert engineer.alphas == tuple(alphas[s] for s in ("s1", "s2", "s3", "s4", "s5")
                                    if alphas[s] is not None)
    assert engineer.n + engineer.unmeasurable == 5
    designer = next(g for g in cal.by_role if g.label == "Designer")
    assert designer.n + designer.unmeasurable == 1 and not designer.enough
    assert [g.label for g in cal.by_quarter] == ["2026-Q1", "2026-Q2", "2026-Q3"]


def _row(held: str, decided: str | None, told: str | None) -> ComparisonRow:
    decision = None if decided is None else DecisionView(
        Outcome.HIRE, "Hire", decided_at=decided, candidate_informed_at=told)
    return ComparisonRow(session_id=held, candidate="C", status=SessionStatus.DECIDED,
                         scheduled_at=held, held_at=held, sealed=False, submitted=2,
                         panel_size=2, pre=None, post=None, decision=decision)


def test_time_to_decision_median_and_worst() -> None:
    t = time_to_decision([
        _row("2026-03-02T10:00", "2026-03-04T12:00", "2026-03-05"),  # 2 and 3 days
        _row("2026-03-09T10:00", "2026-03-19T12:00", None),  # 10, not told
        _row("2026-03-16T10:00", "2026-03-20T12:00", "2026-03-27"),  # 4 and 11
        _row("2026-03-23T10:00", None, None),  # undecided
    ])
    assert t.to_decision.days == (2, 10, 4)
    assert (t.to_decision.median, t.to_decision.worst) == (4, 10)
    assert (t.to_told.median, t.to_told.worst, t.to_told.n) == (7, 11, 2)
    assert (t.undecided, t.untold) == (1, 1)
    empty = time_to_decision([])
    assert empty.to_decision.median is None and empty.to_told.worst is None


def test_figures_are_written_with_their_interval_and_session_count() -> None:
    assert estimate([1.5, 1.5, 1.0, 1.5, 1.5]).shown == "+1.40 (95 % +1.12 to +1.68, 5 sessions)"
    assert estimate([-0.5]).shown == "-0.50 (1 session)"
    assert estimate([]).shown == "–"
    assert estimate([-0.001, 0.001]).shown.startswith("0.00 (95 % ")  # never "-0.00"
    ann = calibrate(_views()).interviewers[0]
    assert ann.outlier.shown == "4 of 5"
    assert ann.submission_shown == "median 2.0 h, worst 2.0 h"
