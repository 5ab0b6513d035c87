"""CSV for other systems: every cell a spreadsheet could run as a formula is neutralised."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from interview_desk.exchange.csv_export import neutralise
from interview_desk.exchange.panel_file import FileKind
from interview_desk.exchange.tables import (
    COLUMNS,
    PANEL_LISTS,
    PANEL_OPTIONAL,
    PANEL_SINGLE,
    RETURN_LISTS,
)
from interview_desk.paths import resource
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import NotFoundError
from interview_desk.storage.repositories import ScorecardRepository
from tests.exchange_support import do_panelist_work, plan_session

HOSTILE = ["=HYPERLINK(\"http://evil\",\"click\")", "+1+1", "-2+3", "@SUM(A1)",
           "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"]


@pytest.mark.parametrize("cell", HOSTILE)
def test_formula_cells_get_a_leading_apostrophe(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["plain", "3.25", "", "a=b", "Zoë 😀", "'quoted"])
def test_ordinary_cells_are_left_alone(cell: str) -> None:
    assert neutralise(cell) == cell


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_export_neutralises_what_panelists_typed(desk: Desk, tmp_path: Path) -> None:
    p = plan_session(desk)
    do_panelist_work(desk, p, p.bob_id, "Bob")
    cards = ScorecardRepository(desk.db)
    card = cards.for_session(p.session_id)[0]
    card.takeaways = HOSTILE[0]
    first = next(iter(card.ratings.values()))
    first.evidence = "\t=1+1 in the evidence"
    cards.save(card)
    do_panelist_work(desk, p, p.carol_id, "Carol", submit=False, concern=1)  # a draft: private
    # Sealed (the lead and Carol have not submitted): Bob's row must not leave the laptop.
    assert desk.exchange.export_csv(tmp_path / "s.csv", session_id=p.session_id) == 0
    assert _read(tmp_path / "s.csv") == []
    desk.scorecards.unseal(p.session_id, p.lead_id, "Carol is away")
    out = desk.exchange.export_csv(tmp_path / "s.csv", session_id=p.session_id)
    rows = _read(tmp_path / "s.csv")
    assert out == 1 and len(rows) == 1
    row = rows[0]
    assert row["panelist"] == "Bob Peer" and row["candidate"] == "Zoë Ångström"
    assert row["takeaways"] == "'" + HOSTILE[0]
    assert "'\t=1+1 in the evidence" in row.values()
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert row["weighted_score_pre_debrief"] == "3.00"
    assert row["recommendation_pre_debrief"] == "yes"
    assert row["weighted_score_post_debrief"] == "3.00"  # nothing changed after the debrief
    assert (tmp_path / "s.csv").stat().st_mode & 0o077 == 0


def test_export_per_role_covers_every_session_of_the_role(demo_desk: Desk,
                                                          tmp_path: Path) -> None:
    role = demo_desk.catalog.roles.all()[0]
    n = demo_desk.exchange.export_csv(tmp_path / "r.csv", role_id=role.id)
    rows = _read(tmp_path / "r.csv")
    assert n == len(rows) == 3  # the decided session's three submitted scorecards
    assert {r["decision"] for r in rows} == {"hire"}
    assert {c.key for c in role.competencies} <= set(rows[0])
    with pytest.raises(NotFoundError):
        demo_desk.exchange.export_csv(tmp_path / "x.csv", role_id="0" * 32)


def test_schemas_list_exactly_the_columns_the_code_carries() -> None:
    """The JSON Schemas and ``tables.COLUMNS`` must never drift apart."""
    for kind, name in ((FileKind.PANEL, "panel-file"), (FileKind.RETURN, "return-file")):
        schema = json.loads(resource("schemas", f"{name}.schema.json").read_text("utf-8"))
        assert schema["properties"]["format"]["const"] == kind.value
        rows = {k.removeprefix("row_"): v for k, v in schema["$defs"].items()
                if k.startswith("row_")}
        tables = (set(PANEL_SINGLE.values()) | set(PANEL_OPTIONAL.values()) | set(PANEL_LISTS)
                  if kind is FileKind.PANEL
                  else {*RETURN_LISTS, "scorecards"})
        assert set(rows) == tables
        for table, row in rows.items():
            assert list(row["properties"]) == list(COLUMNS[table]), table
            assert row["required"] == list(COLUMNS[table]) and not row["additionalProperties"]
