"""Agreement statistics against published worked examples and hand-computed cases."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from interview_desk.domain.agreement import (
    AgreementSummary,
    alpha_reading,
    icc,
    icc_from_panel,
    krippendorff_alpha,
    summarize_panel,
)

# Published figures (Krippendorff 2011; Shrout & Fleiss 1979), copied with their citations so the
# suite runs in a bare clone.
REFERENCE = Path(__file__).resolve().parents[1] / "data" / "agreement-examples.json"

# Shrout & Fleiss name the k-judge forms by the number of judges (4 in Table 2).
ICC_KEYS = {
    "1,1": "ICC(1,1)",
    "2,1": "ICC(2,1)",
    "3,1": "ICC(3,1)",
    "1,k": "ICC(1,4)",
    "2,k": "ICC(2,4)",
    "3,k": "ICC(3,4)",
}


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    with REFERENCE.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


# --- Krippendorff's alpha: published example -------------------------------------------------


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_alpha_matches_krippendorff_2011_example_c(reference: dict[str, Any], level: str) -> None:
    example = reference["krippendorff_2011"]
    alpha = krippendorff_alpha(example["reliability_data"], level)  # type: ignore[arg-type]
    assert alpha is not None
    assert round(alpha, 3) == example["alpha"][level]
    assert alpha == pytest.approx(example["alpha"][level], abs=5e-4)


def test_example_c_single_rating_unit_drops_out(reference: dict[str, Any]) -> None:
    data = reference["krippendorff_2011"]["reliability_data"]
    without_unit_12 = [row[:11] for row in data]
    for level in ("nominal", "ordinal", "interval", "ratio"):
        assert krippendorff_alpha(without_unit_12, level) == krippendorff_alpha(data, level)


# --- Krippendorff's alpha: hand-computed cases -----------------------------------------------

# Three observers, four units, 1-4 scale, missing ratings:
#   unit 1: 1, 1      unit 2: 2, 3      unit 3: 3, 3, 4      unit 4: 4 (alone: drops out)
# Coincidences (each ordered pair weighted 1/(m_u - 1)):
#   o11 = 2 (unit 1);  o23 = o32 = 1 (unit 2);
#   unit 3, m = 3, weight 1/2: (3,3) twice -> o33 = 1; (3,4) twice -> o34 = o43 = 1.
# Marginals n1 = 2, n2 = 1, n3 = 3, n4 = 1; n = 7.
# Ordinal delta^2(c,k) = (sum_{g=c..k} n_g - (n_c + n_k)/2)^2:
#   d12 = (3 - 1.5)^2 = 2.25   d13 = (6 - 2.5)^2 = 12.25   d14 = (7 - 1.5)^2 = 30.25
#   d23 = (4 - 2)^2   = 4      d24 = (5 - 1)^2   = 16      d34 = (4 - 2)^2   = 4
# Observed (both orders): 2 * (o23*d23 + o34*d34) = 2 * (4 + 4) = 16
# Expected (both orders): 2 * (2*1*2.25 + 2*3*12.25 + 2*1*30.25 + 1*3*4 + 1*1*16 + 3*1*4)
#                       = 2 * (4.5 + 73.5 + 60.5 + 12 + 16 + 12) = 357
# alpha = 1 - (n - 1) * 16 / 357 = 1 - 96/357 = 87/119 = 0.73109...
HAND_ORDINAL: list[list[int | None]] = [
    [1, 2, 3, 4],
    [1, 3, 3, None],
    [None, None, 4, None],
]


def test_alpha_hand_computed_ordinal_with_missing() -> None:
    assert krippendorff_alpha(HAND_ORDINAL, "ordinal") == pytest.approx(87 / 119, abs=1e-12)


def test_alpha_ordinal_is_the_default_level() -> None:
    assert krippendorff_alpha(HAND_ORDINAL) == krippendorff_alpha(HAND_ORDINAL, "ordinal")


def test_alpha_hand_computed_nominal_with_missing() -> None:
    # Same data, nominal: observed disagreements are the (2,3) pair of unit 2 (both orders, 2)
    # and the (3,4) pairs of unit 3 (both orders, 2 * 1/2 each = 2): D_o sum = 4.
    # Expected: n^2 - sum n_c^2 = 49 - (4 + 1 + 9 + 1) = 34. alpha = 1 - 6 * 4 / 34 = 5/17.
    assert krippendorff_alpha(HAND_ORDINAL, "nominal") == pytest.approx(5 / 17, abs=1e-12)


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_perfect_agreement_with_variation_is_one(level: str) -> None:
    data = [[1, 2, 3, 4], [1, 2, 3, 4], [1, None, 3, 4]]
    assert krippendorff_alpha(data, level) == 1.0  # type: ignore[arg-type]


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_all_identical_values_is_undefined(level: str) -> None:
    data = [[3, 3, 3], [3, 3, None]]
    assert krippendorff_alpha(data, level) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "data",
    [
        [],
        [[]],
        [[1, 2, 3]],  # one observer: nothing pairs
        [[1, None], [None, 2]],  # two values, but in different units
    ],
)
def test_too_few_pairable_values_is_undefined(data: list[list[int | None]]) -> None:
    assert krippendorff_alpha(data) is None


def test_adding_a_single_rating_unit_does_not_change_alpha() -> None:
    with_lone_unit = [
        [*row, value] for row, value in zip(HAND_ORDINAL, [None, 1, None], strict=True)
    ]
    for level in ("nominal", "ordinal", "interval", "ratio"):
        assert krippendorff_alpha(with_lone_unit, level) == krippendorff_alpha(HAND_ORDINAL, level)


def test_ordinal_ignores_unused_scale_points() -> None:
    # Only the order matters: relabelling 1,2,3,4 as 1,5,6,9 keeps ordinal alpha.
    relabel = {1: 1, 2: 5, 3: 6, 4: 9}
    relabelled = [[None if v is None else relabel[v] for v in row] for row in HAND_ORDINAL]
    assert krippendorff_alpha(relabelled) == krippendorff_alpha(HAND_ORDINAL)


def test_alpha_refuses_ragged_rows() -> None:
    with pytest.raises(ValueError):
        krippendorff_alpha([[1, 2, 3], [1, 2]])


def test_alpha_refuses_nan() -> None:
    with pytest.raises(ValueError):
        krippendorff_alpha([[1.0, float("nan")], [1.0, 2.0]])


def test_ratio_alpha_refuses_negative_values() -> None:
    with pytest.raises(ValueError):
        krippendorff_alpha([[-1, 2], [1, 2]], "ratio")


# --- ICC: published example ------------------------------------------------------------------


@pytest.mark.parametrize("form", list(ICC_KEYS))
def test_icc_matches_shrout_fleiss_1979_table_2(reference: dict[str, Any], form: str) -> None:
    example = reference["shrout_fleiss_1979"]
    value = icc(example["ratings"], form)  # type: ignore[arg-type]
    assert value is not None
    assert round(value, 2) == example["icc"][ICC_KEYS[form]]
    assert value == pytest.approx(example["icc"][ICC_KEYS[form]], abs=5e-3)


# --- ICC: hand-computed and edge cases -------------------------------------------------------


def test_icc_hand_computed_two_by_two() -> None:
    # Targets (1, 2) and (3, 4). Grand mean 2.5; target means 1.5, 3.5; judge means 2, 3.
    # SS total 5, targets 4, judges 1, within 1, residual 0.
    # BMS = 4, WMS = 1/2, JMS = 1, EMS = 0.
    ratings = [[1, 2], [3, 4]]
    assert icc(ratings, "1,1") == pytest.approx((4 - 0.5) / (4 + 0.5))  # 7/9
    assert icc(ratings, "2,1") == pytest.approx(4 / (4 + 2 * 1 / 2))  # 4/5
    assert icc(ratings, "3,1") == pytest.approx(1.0)
    assert icc(ratings, "1,k") == pytest.approx((4 - 0.5) / 4)
    assert icc(ratings, "2,k") == pytest.approx(4 / (4 + 1 / 2))
    assert icc(ratings, "3,k") == pytest.approx(1.0)


def test_icc_with_a_missing_rating_is_undefined(reference: dict[str, Any]) -> None:
    ratings = [list(row) for row in reference["shrout_fleiss_1979"]["ratings"]]
    ratings[2][1] = None
    assert icc(ratings, "2,1") is None


@pytest.mark.parametrize(
    "ratings",
    [
        [],
        [[1, 2, 3]],  # one target
        [[1], [2], [3]],  # one judge
        [[2, 2], [2, 2]],  # no variation: zero denominator
    ],
)
def test_icc_undefined_cases(ratings: list[list[float]]) -> None:
    assert icc(ratings, "2,1") is None


def test_icc_refuses_ragged_rows() -> None:
    with pytest.raises(ValueError):
        icc([[1, 2], [3]], "2,1")


def test_icc_from_panel_drops_incomplete_units(reference: dict[str, Any]) -> None:
    targets = reference["shrout_fleiss_1979"]["ratings"]
    # Panel layout: rows are judges, columns are units; add a unit one judge left unrated.
    panel = [[row[j] for row in targets] + [None if j == 0 else 5] for j in range(4)]
    assert icc_from_panel(panel) == icc(targets, "2,1")


def test_icc_from_panel_needs_two_complete_units() -> None:
    assert icc_from_panel([[1, 2, None], [2, None, 3]]) is None
    assert icc_from_panel([]) is None


# --- Plain-language reading ------------------------------------------------------------------


def test_alpha_reading_reliable_from_0_800() -> None:
    assert alpha_reading(0.800).startswith("The panel agrees closely")
    assert alpha_reading(1.0).startswith("The panel agrees closely")
    assert "0.800" in alpha_reading(0.800)


def test_alpha_reading_tentative_from_0_667_to_below_0_800() -> None:
    for alpha in (0.667, 0.7, 0.799):
        reading = alpha_reading(alpha)
        assert "tentative" in reading
        assert "agrees closely" not in reading


def test_alpha_reading_unreliable_below_0_667() -> None:
    for alpha in (0.666, 0.3, 0.0, -0.2):
        reading = alpha_reading(alpha)
        assert "does not agree enough to rely on the combined score" in reading
        assert "where the ratings differ" in reading


def test_alpha_reading_judges_the_figure_it_shows() -> None:
    # 0.7996 is shown as 0.800, so it must not be called tentative next to that figure.
    assert alpha_reading(0.7996).startswith("The panel agrees closely")
    assert "tentative" in alpha_reading(0.7994)


def test_alpha_reading_none() -> None:
    assert alpha_reading(None) == "Not enough ratings to measure agreement."


# --- Summary ---------------------------------------------------------------------------------


def test_summarize_panel_on_example_c(reference: dict[str, Any]) -> None:
    data = reference["krippendorff_2011"]["reliability_data"]
    summary = summarize_panel(data)
    assert summary.alpha == krippendorff_alpha(data, "ordinal")
    assert summary.icc == icc_from_panel(data)
    assert summary.reading == alpha_reading(summary.alpha)
    assert summary.units == 11  # unit 12 has one rating
    assert summary.pairable_values == 40  # 48 cells, 7 gaps, and unit 12's lone rating


def test_summarize_panel_hand_case_and_frozen() -> None:
    summary = summarize_panel(HAND_ORDINAL)
    assert summary.alpha == pytest.approx(87 / 119, abs=1e-12)
    assert summary.units == 3
    assert summary.pairable_values == 7
    assert summary.icc is None  # only unit 3 is rated by all three panelists
    assert "tentative" in summary.reading
    with pytest.raises(dataclasses.FrozenInstanceError):
        summary.alpha = 0.0  # type: ignore[misc]


def test_summarize_panel_empty() -> None:
    assert summarize_panel([]) == AgreementSummary(
        alpha=None,
        icc=None,
        reading="Not enough ratings to measure agreement.",
        units=0,
        pairable_values=0,
    )


def test_a_panel_summary_is_computed_once_per_set_of_ratings_and_again_when_one_changes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from interview_desk.domain import agreement

    calls: list[object] = []
    real = agreement.krippendorff_alpha

    def counted(*args: Any, **kwargs: Any) -> float | None:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(agreement, "krippendorff_alpha", counted)
    # ratings no other test uses, so an entry cached earlier in the run cannot answer
    before = [[1, 2, 3, 4, 4, 3, 2], [1, 2, 3, 4, 4, 3, 1], [2, 2, 3, 4, 4, 3, 2]]
    after = [row[:] for row in before]
    after[2][0] = 4  # one panelist changes one rating

    first = agreement.summarize_panel(before)
    again = agreement.summarize_panel([row[:] for row in before])  # same ratings, new lists
    changed = agreement.summarize_panel(after)

    assert again == first
    assert changed.alpha != first.alpha
    assert len(calls) == 2  # once for the ratings before the change, once after
    assert changed == agreement.summarize_panel(after) and len(calls) == 2


# --- the counted computation equals the textbook's, exactly --------------------------------


def _textbook_alpha(data: list[list[float | int | None]], level: str) -> float | None:
    """Krippendorff (2011) as written: every ordered pair within a unit, weighted 1/(m - 1),
    into the coincidence matrix; Fractions throughout."""
    from fractions import Fraction
    from itertools import permutations

    o: dict[tuple[Fraction, Fraction], Fraction] = {}
    for u in range(len(data[0])):
        values = [Fraction(v) for row in data if (v := row[u]) is not None]
        for c, k in permutations(values, 2):
            o[(c, k)] = o.get((c, k), Fraction(0)) + Fraction(1, len(values) - 1)
    marg: dict[Fraction, Fraction] = {}
    for (c, _k), w in o.items():
        marg[c] = marg.get(c, Fraction(0)) + w
    n = sum(marg.values(), Fraction(0))
    if n < 2:
        return None
    ordered = sorted(marg)

    def delta(c: Fraction, k: Fraction) -> Fraction:
        if level == "nominal":
            return Fraction(c != k)
        if level == "interval":
            return (c - k) ** 2
        if level == "ratio":
            return Fraction(0) if c + k == 0 else ((c - k) / (c + k)) ** 2
        lo, hi = sorted((ordered.index(c), ordered.index(k)))
        between = sum((marg[g] for g in ordered[lo:hi + 1]), Fraction(0))
        return (between - (marg[c] + marg[k]) / 2) ** 2

    observed = sum((w * delta(c, k) for (c, k), w in o.items()), Fraction(0))
    expected = sum((marg[c] * marg[k] * delta(c, k) for c in marg for k in marg), Fraction(0))
    return None if expected == 0 else float(1 - (n - 1) * observed / expected)


def _textbook_icc21(data: list[list[float | int]]) -> float | None:
    """Shrout & Fleiss ICC(2,1) from deviations about the means, in Fractions."""
    from fractions import Fraction

    x = [[Fraction(v) for v in row] for row in data]
    n, k = len(x), len(x[0])
    grand = sum((v for row in x for v in row), Fraction(0)) / (n * k)
    rows = [sum(row, Fraction(0)) / k for row in x]
    cols = [sum((x[i][j] for i in range(n)), Fraction(0)) / n for j in range(k)]
    total = sum(((v - grand) ** 2 for row in x for v in row), Fraction(0))
    between = k * sum(((m - grand) ** 2 for m in rows), Fraction(0))
    judges = n * sum(((m - grand) ** 2 for m in cols), Fraction(0))
    error = total - between - judges
    bms, jms, ems = between / (n - 1), judges / (k - 1), error / ((n - 1) * (k - 1))
    denominator = bms + (k - 1) * ems + k * (jms - ems) / n
    return None if denominator == 0 else float((bms - ems) / denominator)


def test_alpha_and_icc_equal_the_textbook_computation_exactly() -> None:
    import random

    rng = random.Random(13)
    scales: list[list[float | int]] = [[1, 2, 3, 4], [0, 2.5, 7, 0.125], [1, 1, 1, 2]]
    for trial in range(300):
        scale = scales[trial % len(scales)]
        panelists, units = rng.randint(1, 6), rng.randint(1, 8)
        data: list[list[float | int | None]] = [
            [rng.choice([*scale, None]) if trial % 2 else rng.choice(scale)
             for _u in range(units)] for _p in range(panelists)]
        for level in ("nominal", "ordinal", "interval", "ratio"):
            got = krippendorff_alpha(data, level)
            assert got == _textbook_alpha(data, level), (data, level)
        if panelists >= 2 and all(v is not None for row in data for v in row):
            judges = [[v for v in col if v is not None] for col in zip(*data, strict=True)]
            want = _textbook_icc21(judges) if len(judges) >= 2 else None
            assert icc(judges, "2,1") == want, data  # targets (units) × judges (panelists)
