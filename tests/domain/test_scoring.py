import pytest

from interview_desk.domain.model import Competency, Rating, Role, Scorecard
from interview_desk.domain.scoring import panel_score, scorecard_score, weighted_score

A = Competency(key="a", name="A", weight=2.0, id="a")
B = Competency(key="b", name="B", weight=1.0, id="b")


def test_weighted_score_uses_fixed_weights() -> None:
    # (2*4 + 1*1) / 3 = 3.0
    assert weighted_score([A, B], {"a": 4, "b": 1}) == pytest.approx(3.0)


def test_no_evidence_is_left_out_and_weights_renormalised() -> None:
    assert weighted_score([A, B], {"a": None, "b": 2}) == pytest.approx(2.0)
    assert weighted_score([A, B], {}) is None


def test_panel_score_weights_the_mean_per_competency() -> None:
    c1 = Scorecard("s", "p1", {"a": Rating("a", 4), "b": Rating("b", 2)})
    c2 = Scorecard("s", "p2", {"a": Rating("a", 2), "b": Rating("b", None, no_evidence=True)})
    assert scorecard_score([A, B], c1) == pytest.approx(10 / 3)
    # means: a = 3, b = 2 -> (2*3 + 1*2) / 3
    assert panel_score([A, B], [c1, c2]) == pytest.approx(8 / 3)


def test_weight_shares_sum_to_one() -> None:
    shares = Role("R", competencies=[A, B]).weight_shares()
    assert shares == {"a": pytest.approx(2 / 3), "b": pytest.approx(1 / 3)}


def test_missing_anchors_are_named_by_rating_point() -> None:
    c = Competency(key="x", name="X", anchors=("a", "", "c", " "))
    assert c.missing_anchors() == [2, 4]
