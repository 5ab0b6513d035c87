"""``interview-desk export-candidate``: one candidate's data as one JSON file, read-only."""

from __future__ import annotations

import json
from pathlib import Path

from interview_desk.services.desk import Desk
from tests.helpers import dump, run_cli
from tests.retention_support import candidate_id


def test_writes_the_candidates_file_and_changes_nothing(demo_desk: Desk, tmp_path: Path) -> None:
    amara = candidate_id(demo_desk, "Amara")
    assert demo_desk.path is not None
    path = demo_desk.path
    demo_desk.close()
    before = dump(path)
    out = tmp_path / "amara.json"
    result = run_cli("export-candidate", amara, "-o", str(out), "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "interview-desk-candidate-data" and doc["candidate_id"] == amara
    assert doc["tables"]["notes"]
    assert dump(path) == before


def test_an_unknown_candidate_is_one_line(demo_desk: Desk, tmp_path: Path) -> None:
    assert demo_desk.path is not None
    path = demo_desk.path
    demo_desk.close()
    result = run_cli("export-candidate", "f" * 32, "-o", str(tmp_path / "x.json"),
                     "--db", str(path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "No candidate with id" in result.stderr
    assert not (tmp_path / "x.json").exists()
