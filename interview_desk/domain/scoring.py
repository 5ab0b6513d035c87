"""Mechanical combination of ratings: weights fixed in advance, no discussion needed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from interview_desk.domain.model import Competency, Scorecard


def weighted_score(
    competencies: Iterable[Competency], ratings: Mapping[str, int | None]
) -> float | None:
    """Weighted mean on the 1-4 scale over the competencies that were rated.

    "No evidence" is left out and the remaining weights renormalised, so a panelist is not
    punished for a question they did not ask. ``None`` when nothing was rated.
    """
    total_weight = 0.0
    total = 0.0
    for c in competencies:
        r = ratings.get(c.id)
        if r is None or c.weight <= 0:
            continue
        total_weight += c.weight
        total += c.weight * r
    if total_weight == 0:
        return None
    return total / total_weight


def scorecard_score(competencies: Iterable[Competency], card: Scorecard) -> float | None:
    return weighted_score(
        competencies, {cid: r.rating for cid, r in card.ratings.items() if r.rating is not None}
    )


def panel_score(competencies: list[Competency], cards: Iterable[Scorecard]) -> float | None:
    """The panel's weighted score: the mean rating per competency, then weighted."""
    per: dict[str, list[int]] = {}
    for card in cards:
        for cid, r in card.ratings.items():
            if r.rating is not None:
                per.setdefault(cid, []).append(r.rating)
    means = {cid: sum(v) / len(v) for cid, v in per.items() if v}
    total_weight = sum(c.weight for c in competencies if c.id in means and c.weight > 0)
    if total_weight == 0:
        return None
    return sum(c.weight * means[c.id] for c in competencies if c.id in means) / total_weight
