"""`interview-desk search`: Find for scripts, in a separate process as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

from interview_desk.services.desk import Desk
from tests.helpers import run_cli


def test_search_prints_grouped_hits_and_json(demo_desk: Desk) -> None:
    db = str(demo_desk.path)
    demo_desk.close()
    text = run_cli("search", "pushback", "--db", db)
    assert text.returncode == 0 and text.stderr == ""
    lines = text.stdout.splitlines()
    out = run_cli("search", "pushback", "--json", "--db", db)
    [hit] = json.loads(out.stdout)
    # the id export-candidate needs, without --json
    assert lines[0] == f"Amara Okonkwo  ({hit['candidate_id']})"
    assert "Senior Backend Engineer" in lines[1] and f"({hit['session_id']})" in lines[1]
    assert lines[2].strip() == "Evidence: Rahul Mehta — Collaboration & communication"
    assert "[pushback]" in lines[3]
    assert hit["kind"] == "evidence" and hit["panelist"] == "Rahul Mehta"
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "pushback"


def test_any_text_is_words_and_a_missing_file_is_one_line(demo_desk: Desk,
                                                          tmp_path: Path) -> None:
    db = str(demo_desk.path)
    demo_desk.close()
    found = {}
    for text in ('"unbalanced NEAR(', "*", "AND OR", "🦓", "x" * 10_000, "Okonkwo AND"):
        result = run_cli("search", text, "--json", "--db", db)
        assert result.returncode == 0 and result.stderr == "", text
        found[text] = json.loads(result.stdout)
    assert found['"unbalanced NEAR('] == found["*"] == found["🦓"] == []
    assert {h["candidate"] for h in found["Okonkwo AND"]} == {"Amara Okonkwo"}  # AND a word
    missing = run_cli("search", "team", "--db", str(tmp_path / "none.sqlite3"))
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1


def test_unquoted_words_are_searched_together(demo_desk: Desk) -> None:
    db = str(demo_desk.path)
    demo_desk.close()
    unquoted = run_cli("search", "Amara", "Okonkwo", "--json", "--db", db)
    quoted = run_cli("search", "Amara Okonkwo", "--json", "--db", db)
    assert unquoted.returncode == 0 and unquoted.stderr == ""
    hits = json.loads(unquoted.stdout)
    assert hits and hits == json.loads(quoted.stdout)


def test_a_name_and_a_word_from_her_evidence_find_her(demo_desk: Desk) -> None:
    db = str(demo_desk.path)
    demo_desk.close()
    run = run_cli("search", "Amara", "pushback", "--json", "--db", db)
    assert run.returncode == 0 and run.stderr == ""
    hits = json.loads(run.stdout)
    assert {(h["kind"], h["candidate"], h["spread"]) for h in hits} == {
        ("candidate", "Amara Okonkwo", True), ("evidence", "Amara Okonkwo", True)}
