"""Every schema version that ever shipped migrates to the newest with its data intact.

``tests/data/migrations/v<N>.sqlite3`` is a database as the app at schema version N wrote it
(see ``tests/data/README.md``); each is migrated on a copy and read back through the
services.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from interview_desk.domain.scoring import panel_score, scorecard_score
from interview_desk.services.desk import Desk
from interview_desk.storage.database import schema_version
from interview_desk.storage.repositories import NoteRepository
from interview_desk.storage.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "migrations"


def _fixtures() -> dict[int, Path]:
    found = {}
    for path in FIXTURES.glob("v*.sqlite3"):
        match = re.fullmatch(r"v(\d+)\.sqlite3", path.name)
        assert match, f"{path.name} is not named v<N>.sqlite3"
        found[int(match[1])] = path
    return found


# What the decided session of each fixture says, as the app that wrote it said it.
DECIDED = {
    1: {
        "session": "5d1c893c2a1e45538253fed13095530a",
        "panel_pre": 3.3636363636363638,
        "panel_post": 3.121212121212121,
        "panelists_pre": {"Ingrid Solberg": 3.303030303030303,
                          "Rahul Mehta": 3.272727272727273, "Claire Dubois": 3.52},
        "panelists_post": {"Ingrid Solberg": 3.303030303030303,
                           "Rahul Mehta": 2.787878787878788, "Claire Dubois": 3.52},
        "weights": {"technical_depth": 2.0, "problem_solving": 1.5, "ownership_delivery": 1.5,
                    "collaboration_communication": 1.25, "motivation_values": 1.0,
                    "learning_growth": 1.0},
    },
    # Version 2 adds a second version of the role (technical depth reweighted to 3.0);
    # the decided session stays on version 1 and its figures with it.
    2: {
        "session": "73b5daf9ce924ce1b572db336611d3af",
        "panel_pre": 3.3636363636363638,
        "panel_post": 3.121212121212121,
        "panelists_pre": {"Ingrid Solberg": 3.303030303030303,
                          "Rahul Mehta": 3.272727272727273, "Claire Dubois": 3.52},
        "panelists_post": {"Ingrid Solberg": 3.303030303030303,
                           "Rahul Mehta": 2.787878787878788, "Claire Dubois": 3.52},
        "weights": {"technical_depth": 2.0, "problem_solving": 1.5, "ownership_delivery": 1.5,
                    "collaboration_communication": 1.25, "motivation_values": 1.0,
                    "learning_growth": 1.0},
    },
}
# Later versions hold the same demo (the same figures), each made afresh by make_fixture.py.
for _version, _session in {3: "d028c007517547fe91a97ef67e5b1959",
                           4: "3e0d2b1cbc914477af8e8866d50fce6d",
                           5: "dfae6ba0ac2549baad1ec4b1b96ac09c",
                           6: "466765c69c8e404ab4f5ce9084c7cc98",
                           7: "6a8d3d57692849b2a2930d408b7636d7",
                           8: "e0855ec761244150bb18f4e9e66a7147",
                           9: "a4ab4a56eb9545008fd342ae0f2dbff1",
                           10: "695730f8e1ec4e9fb16e20fb8d6f3bc7",
                           11: "0df76a10e1d547399f3ffda5e8f98f76",
                           12: "636230f84a71483b9f7276b8c4594df5"}.items():
    DECIDED[_version] = dict(DECIDED[2], session=_session)


def test_a_fixture_exists_for_every_schema_version() -> None:
    """A migration lands with the fixture of the version it creates (make_fixture.py)."""
    assert sorted(_fixtures()) == list(range(1, SCHEMA_VERSION + 1))
    assert not list(FIXTURES.glob("*-wal")) and not list(FIXTURES.glob("*-shm"))


def _tables(conn: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    """Every row of every ordinary table (FTS shadow tables left out), by table."""
    conn.row_factory = sqlite3.Row
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'notes_fts%' "
        "AND name NOT LIKE 'sqlite_%'")]
    return {n: [dict(r) for r in conn.execute(f"SELECT * FROM [{n}]")] for n in names}


def _projected(rows: list[dict[str, Any]], columns: set[str]) -> list[str]:
    """The rows cut to ``columns``, as sorted text: row order is not part of the data."""
    return sorted(repr(sorted((c, r[c]) for c in columns)) for r in rows)


@pytest.mark.parametrize("version", sorted(_fixtures()))
def test_a_fixture_migrates_to_the_newest_schema_with_its_data_intact(
        version: int, tmp_path: Path) -> None:
    source = _fixtures()[version]
    before_conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    assert before_conn.execute("PRAGMA user_version").fetchone()[0] == version
    before = _tables(before_conn)
    before_conn.close()
    target = tmp_path / source.name
    shutil.copyfile(source, target)

    desk = Desk.open(target)
    try:
        assert schema_version(desk.db) == SCHEMA_VERSION
        assert desk.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert desk.db.execute("PRAGMA foreign_key_check").fetchall() == []
        after = _tables(desk.db.conn)
        # Every row is still there, and every column both versions have holds the same value.
        for table, rows in before.items():
            assert table in after, f"table {table} disappeared"
            assert len(after[table]) == len(rows), table
            kept = {c for c in rows[0] if c in after[table][0]} if rows else set()
            assert _projected(after[table], kept) == _projected(rows, kept), table
        # Full-text search still finds what the notes say.
        some_note = next(n for n in before["notes"] if n["text"].strip())
        word = max(some_note["text"].split(), key=len).strip(".,;:!?\"'()")
        assert some_note["id"] in {n.id for n in NoteRepository(desk.db).search(word)}
        _check_the_decided_session(desk, DECIDED[version])
        if version < 2:
            _check_roles_became_version_1(desk, before)
    finally:
        desk.close()


def _check_roles_became_version_1(desk: Desk, before: dict[str, list[dict[str, Any]]]) -> None:
    """0002: each role is version 1 of its own family; sessions keep it; anchors move."""
    for old in before["roles"]:
        role = desk.catalog.get_role(old["id"])
        assert (role.version, role.family_id) == (1, old["id"])
        by_id = {c.id: c for c in role.competencies}
        for c in (c for c in before["competencies"] if c["role_id"] == old["id"]):
            assert by_id[c["id"]].anchors == tuple(c[f"anchor_{p}"] for p in (1, 2, 3, 4))
    assert [s.role_id for s in desk.sessions.sessions.all()] == \
        [s["role_id"] for s in sorted(before["sessions"],
                                      key=lambda s: (s["scheduled_at"], s["id"]), reverse=True)]


def _check_the_decided_session(desk: Desk, expected: dict[str, Any]) -> None:
    sid = expected["session"]
    competencies = desk.scorecards.competencies(sid)
    assert {c.key: c.weight for c in competencies} == expected["weights"]
    assert all(not c.missing_anchors() for c in competencies)
    names = {p.id: p.name for p in desk.scorecards.panel(sid)}
    cards = [c for c in desk.scorecards.cards.for_session(sid) if c.submitted_at]
    effective = [desk.scorecards.effective(c) for c in cards]
    assert panel_score(competencies, cards) == expected["panel_pre"]
    assert panel_score(competencies, effective) == expected["panel_post"]
    assert {names[c.panelist_id]: scorecard_score(competencies, c) for c in cards} == \
        expected["panelists_pre"]
    assert {names[c.panelist_id]: scorecard_score(competencies, c) for c in effective} == \
        expected["panelists_post"]
