"""A candidate's own data: one JSON file with everything held about them, exactly what a purge
of them deletes, in the documented format."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from interview_desk.paths import resource
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import NotFoundError, ValidationError
from interview_desk.storage.purge import CANDIDATE_TABLES
from tests.candidate_schema_support import build, text
from tests.retention_support import age, candidate_id


def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        resource("schemas", "candidate-data.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def tables_about_candidates(db_file: Path) -> set[str]:
    """From the schema itself: every table whose rows point at a candidate, directly or
    through their parents' foreign keys (a session's panelist's scorecard's ratings…), and any
    table with a column naming a candidate or one of their sessions or scorecards even without
    a declared key. A full-text index (a virtual table and its shadow tables) is derived from
    a table here and rebuilt by the purge: it is not a table of its own. Nor is each session's
    revision (migration 0012): a random value that triggers keep and delete with the session,
    which says nothing about anyone."""
    conn = sqlite3.connect(db_file)
    try:
        master = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%'").fetchall()
        virtual = [n for n, sql in master if sql.upper().startswith("CREATE VIRTUAL TABLE")]
        tables = [n for n, _ in master if n != "session_revisions"
                  and not any(n == v or n.startswith(f"{v}_") for v in virtual)]
        parents = {t: {r[2] for r in conn.execute(f"PRAGMA foreign_key_list([{t}])")}
                   for t in tables}
        columns = {t: {r[1] for r in conn.execute(f"PRAGMA table_info([{t}])")} for t in tables}
    finally:
        conn.close()
    about = {"candidates"}
    naming = {"candidate_id", "session_id", "scorecard_id"}
    grew = True
    while grew:
        found = {t for t in tables if parents[t] & about or columns[t] & naming}
        grew = not found <= about
        about |= found
    return about


def test_purge_export_and_schema_cover_the_tables_the_schema_ties_to_candidates(
        desk: Desk, db_path: Path) -> None:
    derived = tables_about_candidates(db_path)
    assert {"candidates", "notes", "ratings", "decisions"} <= derived  # the derivation works
    purged = {t for t, _ in CANDIDATE_TABLES}
    assert purged == derived, (f"not purged: {sorted(derived - purged)}; "
                               f"purged but not about candidates: {sorted(purged - derived)}")
    exported = set(_schema()["properties"]["tables"]["required"])
    assert exported == derived, (f"not exported: {sorted(derived - exported)}; "
                                 f"exported but not about candidates: {sorted(exported - derived)}")


def test_the_documented_format_follows_the_database_schema(desk: Desk, db_path: Path) -> None:
    """Every column of every table about candidates, with its type, as the schema file says."""
    assert text(build(db_path)) == resource("schemas", "candidate-data.schema.json").read_text(
        encoding="utf-8"), "update it: python -m tests.candidate_schema_support"


def test_the_export_holds_exactly_the_rows_the_purge_deletes(demo_desk: Desk,
                                                             tmp_path: Path) -> None:
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    doc = json.loads(demo_desk.retention.export_candidate(amara, tmp_path / "amara.json")
                     .read_text(encoding="utf-8"))
    tables = doc["tables"]
    assert set(tables) == {t for t, _ in CANDIDATE_TABLES}
    assert all(tables[t] for t in ("candidates", "sessions", "notes", "ratings", "decisions"))
    before = _counts(demo_desk)
    result = demo_desk.retention.purge([amara])
    after = _counts(demo_desk)
    gone = {t: before[t] - after[t] for t in before if before[t] != after[t]}
    assert gone == {t: len(rows) for t, rows in tables.items() if rows}
    assert result.rows_deleted == sum(len(rows) for rows in tables.values())


def test_the_export_follows_its_json_schema_and_says_everything(demo_desk: Desk,
                                                                tmp_path: Path) -> None:
    amara = candidate_id(demo_desk, "Amara")
    path = demo_desk.retention.export_candidate(amara, tmp_path / "amara.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(_schema()).validate(doc)
    t = doc["tables"]
    assert doc["candidate_id"] == amara and t["candidates"][0]["name"].startswith("Amara")
    sessions = {s["id"] for s in t["sessions"]}
    assert {n["session_id"] for n in t["notes"]} <= sessions
    assert any(r["evidence"] for r in t["ratings"]) and t["decisions"][0]["rationale"]
    assert all("pin_hash" not in p for p in t["panelists"])
    # Nobody else's data: every row is the candidate's or one of their sessions'.
    others = {c.id for c in demo_desk.catalog.list_candidates()} - {amara}
    assert not any(o in path.read_text(encoding="utf-8") for o in others)
    assert path.stat().st_mode & 0o077 == 0  # personal data: readable by its owner only


def test_an_unknown_candidate_is_a_clear_error(desk: Desk, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="No candidate with id"):
        desk.retention.export_candidate("f" * 32, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_a_file_that_cannot_be_written_is_a_clear_error(demo_desk: Desk, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "x.json"
    with pytest.raises(ValidationError, match=f"^Could not write {target}: No such file"):
        demo_desk.retention.export_candidate(candidate_id(demo_desk, "Amara"), target)


def _counts(desk: Desk) -> dict[str, int]:
    return {t: desk.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t, _ in CANDIDATE_TABLES}
