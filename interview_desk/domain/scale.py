"""The rating scale: one object that every layer derives its numbers from.

Ratings are points on an ordered, anchored scale (each point of each competency says what
evidence earns it). "No evidence" is not a point: it is a rating left missing on purpose, so
it never drags a mean down or counts in agreement. The SQL schema and the JSON Schemas must
hold the numbers as literals; ``tests/domain/test_scale.py`` checks them against ``SCALE``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RatingScale:
    points: tuple[int, ...]
    lowest_means: str
    highest_means: str

    def __post_init__(self) -> None:
        if not self.points or list(self.points) != list(range(1, len(self.points) + 1)):
            raise ValueError("A rating scale runs 1, 2, 3, … without gaps.")

    @property
    def lowest(self) -> int:
        return self.points[0]

    @property
    def highest(self) -> int:
        return self.points[-1]

    @property
    def size(self) -> int:
        return len(self.points)

    @property
    def span(self) -> str:
        """The scale as people write it: ``1–4``."""
        return f"{self.lowest}–{self.highest}"

    @property
    def in_words(self) -> str:
        """The scale in a sentence: ``1 to 4``."""
        return f"{self.lowest} to {self.highest}"

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and value in self.points

    def point_label(self, point: int) -> str:
        """``1 — weakest evidence``, ``2``, …: the ends say which way the scale runs."""
        if point == self.lowest:
            return f"{point} — {self.lowest_means}"
        if point == self.highest:
            return f"{point} — {self.highest_means}"
        return str(point)

    def blank_anchors(self) -> tuple[str, ...]:
        return ("",) * self.size

    def missing_anchors(self, anchors: tuple[str, ...]) -> list[int]:
        """Points whose anchor text is empty (or absent)."""
        padded = tuple(anchors) + self.blank_anchors()
        return [p for p, text in zip(self.points, padded, strict=False) if not text.strip()]


SCALE = RatingScale(points=(1, 2, 3, 4), lowest_means="weakest evidence",
                    highest_means="strongest evidence")
