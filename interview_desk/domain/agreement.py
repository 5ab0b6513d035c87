"""How closely a panel's independent ratings agree: Krippendorff's alpha and intraclass correlation.

The debrief shows a combined score; these statistics say whether the panel agreed enough for that
score to mean something. Plain Python, no I/O. Arithmetic is exact (``fractions.Fraction``) so the
"undefined" cases (a zero denominator) are detected exactly instead of through float tolerances.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Literal

from interview_desk.i18n import Figure, Words

#: The agreement's words (docs/translations.md): pages and reports show them with ``say``.
Agreement = Words("Agreement")

AlphaLevel = Literal["nominal", "ordinal", "interval", "ratio"]
IccForm = Literal["1,1", "2,1", "3,1", "1,k", "2,k", "3,k"]
Rating = float | int | None
_Delta = Callable[[Fraction, Fraction], Fraction]
Value = Fraction | int  # an exact rating: an int when it is whole

#: Krippendorff (2004): rely on data at or above this alpha.
ALPHA_RELIABLE = 0.800
#: Krippendorff (2004): below this alpha, draw no conclusions, not even tentative ones.
ALPHA_TENTATIVE = 0.667


def _columns(data: Sequence[Sequence[Rating]]) -> list[list[Rating]]:
    """Transpose observer rows into unit columns, refusing ragged input (a caller bug)."""
    if not data:
        return []
    width = len(data[0])
    if any(len(row) != width for row in data):
        raise ValueError("every observer row must have one entry per unit")
    return [[row[u] for row in data] for u in range(width)]


def _exact(value: float | int) -> Value:
    """The exact value of a rating, an int when it is whole (integer arithmetic is many times
    faster than ``Fraction``'s); NaN and infinity are refused rather than read as missing."""
    if type(value) is int:
        return value
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"rating must be finite, got {value!r}")
    exact = Fraction(value)
    return exact.numerator if exact.denominator == 1 else exact


def krippendorff_alpha(
    data: Sequence[Sequence[Rating]], level: AlphaLevel = "ordinal"
) -> float | None:
    """Krippendorff's alpha: observers (rows) rate units (columns); ``None`` is a missing rating.

    Follows the coincidence-matrix method of Krippendorff (2011), "Computing Krippendorff's
    Alpha-Reliability": units with fewer than two ratings cannot be paired and drop out. The
    ordinal metric is rank-based on the marginal frequencies of the pairable values, so unused
    scale points do not matter. The ratio metric assumes non-negative values.

    Returns 1.0 for perfect agreement when the ratings vary, and ``None`` when alpha is undefined:
    fewer than two pairable values, or no variation at all (every pairable rating the same value,
    so there is no disagreement to expect).
    """
    # The coincidence matrix o[c, k] adds, for each unit with m >= 2 pairable ratings, every
    # ordered pair of its ratings weighted 1/(m - 1). Counted by value, a unit adds
    # n_uc * n_uk / (m - 1) to o[c, k]: the pairs are counted in integers, one total per m, and
    # the metric is scaled to integers too, so the exact result takes a handful of
    # ``Fraction`` operations instead of hundreds (a role comparison computes a thousand).
    pairs_by_m: dict[int, Counter[tuple[Value, Value]]] = {}
    counts: Counter[Value] = Counter()  # n_c: how often c occurs among the pairable values
    for column in _columns(data):
        values = [_exact(v) for v in column if v is not None]
        m = len(values)
        if m < 2:
            continue
        unit = Counter(values)
        counts.update(unit)
        pairs = pairs_by_m.setdefault(m, Counter())
        for c, n_c in unit.items():
            for k, n_k in unit.items():
                if c != k:  # delta(c, c) is 0 in every metric
                    pairs[(c, k)] += n_c * n_k
    n = sum(counts.values())
    if n < 2:
        return None
    if level == "ratio" and any(v < 0 for v in counts):
        raise ValueError("the ratio metric needs non-negative ratings")

    delta = _scaled_metric(level, counts)
    observed = sum((Fraction(sum(p * delta(c, k) for (c, k), p in pairs.items()), m - 1)
                    for m, pairs in pairs_by_m.items()), Fraction(0))
    expected = sum(n_c * n_k * delta(c, k) for c, n_c in counts.items()
                   for k, n_k in counts.items() if c != k)
    if expected == 0:
        return None
    # observed and expected are scaled alike: their ratio is exactly the unscaled one.
    return float(1 - (n - 1) * observed / expected)


def _scaled_metric(level: AlphaLevel, counts: Mapping[Value, int],
                   ) -> Callable[[Value, Value], int]:
    """delta^2 (between distinct values) times one scale that makes every value an integer."""
    values = sorted(counts)
    exact: dict[tuple[Value, Value], Fraction | int]
    if level == "ordinal":
        # 4 * delta^2 of the ordinal metric, in integers: (2 * the count of values from c to
        # k, both included, - n_c - n_k) squared.
        cumulative = [0]
        for value in values:
            cumulative.append(cumulative[-1] + counts[value])
        exact = {(c, k): (2 * (cumulative[j + 1] - cumulative[i]) - counts[c] - counts[k]) ** 2
                 for i, c in enumerate(values) for j, k in enumerate(values) if j > i}
    else:
        delta = _metric(level, {Fraction(c): Fraction(n) for c, n in counts.items()})
        # Every metric is symmetric: each pair of distinct values is worked out once.
        exact = {(c, k): delta(Fraction(c), Fraction(k))
                 for i, c in enumerate(values) for k in values[i + 1:]}
    scale = math.lcm(1, *(d.denominator for d in exact.values()))
    scaled = {pair: int(d * scale) for pair, d in exact.items()}
    scaled.update({(k, c): d for (c, k), d in scaled.items()})
    return lambda c, k: scaled[(c, k)]


def _metric(level: AlphaLevel, marginals: Mapping[Fraction, Fraction]) -> _Delta:
    """The squared difference function delta^2(c, k) for the chosen level of measurement."""
    if level == "nominal":
        return lambda c, k: Fraction(0 if c == k else 1)
    if level == "interval":
        return lambda c, k: (c - k) ** 2
    if level == "ratio":
        return lambda c, k: Fraction(0) if c + k == 0 else ((c - k) / (c + k)) ** 2
    if level == "ordinal":
        ordered = sorted(marginals)
        # cumulative[i] = n_0 + ... + n_(i-1), so sum_{g=i..j} n_g = cumulative[j+1] - cumulative[i]
        cumulative = [Fraction(0)]
        for value in ordered:
            cumulative.append(cumulative[-1] + marginals[value])
        rank = {value: i for i, value in enumerate(ordered)}

        def ordinal(c: Fraction, k: Fraction) -> Fraction:
            lo, hi = sorted((rank[c], rank[k]))
            between = cumulative[hi + 1] - cumulative[lo]
            return (between - (marginals[c] + marginals[k]) / 2) ** 2

        return ordinal
    raise ValueError(f"unknown level of measurement: {level!r}")


def icc(ratings: Sequence[Sequence[float | int | None]], form: IccForm) -> float | None:
    """Intraclass correlation per Shrout & Fleiss (1979); rows are targets, columns are judges.

    ``"2,1"`` and friends name Shrout & Fleiss's ICC(model, judges): model 1 = each target rated by
    different judges, 2 = random judges, 3 = these fixed judges; ``1`` = a single judge's
    reliability, ``k`` = the reliability of the mean of all k judges. Needs complete data: returns
    ``None`` if any rating is missing, with fewer than two targets or two judges, or when the
    denominator is zero (no variation at all).
    """
    n = len(ratings)
    if n < 2:
        return None
    k = len(ratings[0])
    if any(len(row) != k for row in ratings):
        raise ValueError("every target row must have one rating per judge")
    if k < 2:
        return None
    if any(v is None for row in ratings for v in row):
        return None
    # The sums of squares from the totals (sum of squares minus the squared total over the
    # count), which equal the textbook's deviations from the means exactly, in far fewer
    # ``Fraction`` operations: integer ratings stay integers until the divisions.
    plain = [[_exact(v) for v in row if v is not None] for row in ratings]
    rows = [sum(row) for row in plain]
    columns = [sum(plain[i][j] for i in range(n)) for j in range(k)]
    total = sum(rows)
    correction = Fraction(total * total) / (n * k)
    total_ss = sum(v * v for row in plain for v in row) - correction
    between_ss = Fraction(sum(r * r for r in rows)) / k - correction
    judges_ss = Fraction(sum(c * c for c in columns)) / n - correction
    within_ss = total_ss - between_ss
    error_ss = within_ss - judges_ss

    bms = between_ss / (n - 1)  # between targets
    wms = within_ss / (n * (k - 1))  # within targets
    jms = judges_ss / (k - 1)  # between judges
    ems = error_ss / ((n - 1) * (k - 1))  # residual

    numerator: Fraction
    denominator: Fraction
    if form == "1,1":
        numerator, denominator = bms - wms, bms + (k - 1) * wms
    elif form == "2,1":
        numerator, denominator = bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n
    elif form == "3,1":
        numerator, denominator = bms - ems, bms + (k - 1) * ems
    elif form == "1,k":
        numerator, denominator = bms - wms, bms
    elif form == "2,k":
        numerator, denominator = bms - ems, bms + (jms - ems) / n
    elif form == "3,k":
        numerator, denominator = bms - ems, bms
    else:
        raise ValueError(f"unknown ICC form: {form!r}")
    if denominator == 0:
        return None
    return float(numerator / denominator)


def icc_from_panel(data: Sequence[Sequence[Rating]]) -> float | None:
    """ICC(2,1) for panel data laid out like alpha's (rows = panelists, columns = units).

    ICC needs complete data, so units where any panelist gave "no evidence" are dropped; ``None``
    when fewer than two complete units remain (or ICC is otherwise undefined).
    """
    complete = [column for column in _columns(data) if all(v is not None for v in column)]
    if len(complete) < 2:
        return None
    return icc(complete, "2,1")


def alpha_reading(alpha: float | None) -> str:
    """A short plain-language verdict on alpha for the hiring panel, after Krippendorff (2004).

    Alpha is judged at the three decimals the thresholds are stated in, so the figure shown and the
    verdict never disagree (0.7996 is shown as 0.800 and read as reliable).
    """
    if alpha is None:
        return Agreement.tr("Not enough ratings to measure agreement.")
    shown = round(alpha, 3)
    figure = Figure(f"{shown:.3f}")
    if shown >= ALPHA_RELIABLE:
        return Agreement.tr("The panel agrees closely (alpha %1). The combined score can be "
                            "relied on.").arg(figure)
    if shown >= ALPHA_TENTATIVE:
        return Agreement.tr("The panel agrees only in part (alpha %1). Treat the combined "
                            "score as tentative.").arg(figure)
    return Agreement.tr("The panel does not agree enough to rely on the combined score (alpha "
                        "%1). Talk through where the ratings differ before leaning on it."
                        ).arg(figure)


@dataclass(frozen=True)
class AgreementSummary:
    """What the debrief shows about agreement for one candidate's panel.

    ``units`` counts the units (competencies) rated by at least two panelists, i.e. the ones alpha
    could use; ``pairable_values`` counts the ratings in those units.
    """

    alpha: float | None
    icc: float | None
    reading: str
    units: int
    pairable_values: int


def summarize_panel(data: Sequence[Sequence[Rating]]) -> AgreementSummary:
    """Agreement for panel ratings on the 1–4 scale (rows = panelists, columns = competencies).

    Ordinal alpha, because the anchored 1–4 scale is ordered but its steps are not known to be
    equal; ICC(2,1) alongside for readers used to it. ``None`` entries are "no evidence".

    Exact arithmetic makes this the costliest figure of a session (a role comparison would
    spend seconds on it), so each distinct set of ratings is computed once: the figures
    before and after a debrief without changes share it, and a page reloaded later finds it
    again. The ratings themselves are the key, so a changed rating is a new computation and
    nothing can go stale.
    """
    return _summarize(tuple(tuple(row) for row in data))


@lru_cache(maxsize=20_000)  # ~one entry per session; each a few hundred bytes
def _summarize(data: tuple[tuple[Rating, ...], ...]) -> AgreementSummary:
    pairable = [
        m for m in (sum(v is not None for v in column) for column in _columns(data)) if m >= 2
    ]
    alpha = krippendorff_alpha(data, "ordinal")
    return AgreementSummary(
        alpha=alpha,
        icc=icc_from_panel(data),
        reading=alpha_reading(alpha),
        units=len(pairable),
        pairable_values=sum(pairable),
    )
