"""The rating scale is one object; where a schema must hold its numbers, they agree with it."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from interview_desk.domain.model import Competency
from interview_desk.domain.scale import SCALE, RatingScale
from interview_desk.paths import resource
from interview_desk.storage.database import open_memory_database

_BETWEEN = re.compile(
    r"(\w+)\s+INTEGER[^,]*?CHECK\s*\(\s*(\w+)\s+BETWEEN\s+(-?\d+)\s+AND\s+(-?\d+)\s*\)",
    re.IGNORECASE)


def test_no_evidence_is_not_a_point_of_the_scale() -> None:
    assert SCALE.points == (1, 2, 3, 4)
    for not_a_point in (None, 0, SCALE.highest + 1, True, 2.0, "2"):
        assert not_a_point not in SCALE
    assert all(p in SCALE for p in SCALE.points)
    assert SCALE.span == "1–4"


def test_a_scale_runs_from_one_without_gaps() -> None:
    for bad in ((), (0, 1, 2), (1, 3), (2, 1)):
        with pytest.raises(ValueError):
            RatingScale(points=bad, lowest_means="low", highest_means="high")


def test_anchors_are_one_per_point() -> None:
    c = Competency(key="k", name="K")
    assert len(c.anchors) == SCALE.size
    assert c.missing_anchors() == list(SCALE.points)
    c.anchors = tuple(f"evidence {p}" for p in SCALE.points)
    assert c.missing_anchors() == []
    assert SCALE.point_label(SCALE.lowest).endswith("weakest evidence")
    assert SCALE.point_label(SCALE.highest).endswith("strongest evidence")


def test_every_rating_column_in_the_database_is_checked_against_the_scale() -> None:
    """Parse the CHECK constraints SQLite actually holds, not the source that made them."""
    db = open_memory_database()
    checks: dict[tuple[str, str], tuple[int, int]] = {}
    for name, sql in db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"):
        for column, checked, low, high in _BETWEEN.findall(sql):
            if column == checked:
                checks[(name, column)] = (int(low), int(high))
    rating_columns = {(t, c) for t in db.utils.table_names() for c in db.utils[t].columns_dict
                      if c in ("rating", "point")}
    assert rating_columns, "no rating column found: the parser looks at the wrong thing"
    assert {"ratings", "amendments"} <= {t for t, _ in rating_columns}
    for where in rating_columns:
        assert checks.get(where) == (SCALE.lowest, SCALE.highest), where
    db.close()


def _schema(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource("schemas", f"{name}.schema.json").read_text("utf-8"))
    return data


@pytest.mark.parametrize("name", ["panel-file", "return-file"])
def test_file_schemas_hold_the_scale(name: str) -> None:
    defs = _schema(name)["$defs"]
    rating = defs["opt_rating"]
    assert (rating["minimum"], rating["maximum"]) == (SCALE.lowest, SCALE.highest)
    if "point" in defs:
        assert (defs["point"]["minimum"], defs["point"]["maximum"]) == (
            SCALE.lowest, SCALE.highest)


def test_the_kit_schema_wants_one_anchor_per_point() -> None:
    anchors = _schema("kit")["properties"]["competencies"]["items"]["properties"]["anchors"]
    assert anchors["minItems"] == anchors["maxItems"] == SCALE.size
