"""``interview-desk export-json`` run as a user would, against the demo database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview_desk.services.demo import demo_data
from tests.helpers import run_cli


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("export") / "demo.sqlite3"
    made = run_cli("demo", "--db", str(db))
    assert made.returncode == 0, made.stderr
    return db


def _session_id(db: Path, status: str) -> str:
    rows = json.loads(run_cli("sessions", "--json", "--db", str(db)).stdout)
    return next(r["id"] for r in rows if r["status"] == status)


def test_export_json_of_the_decided_demo_session(demo_db: Path, tmp_path: Path) -> None:
    sid = _session_id(demo_db, "decided")
    out = tmp_path / "session.json"
    result = run_cli("export-json", sid, "--db", str(demo_db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert {"format", "format_version", "session", "candidate", "role", "competencies",
            "panelists", "seal", "ratings", "recommendations", "scores", "agreement",
            "decision"} <= set(doc)
    assert doc["format"] == "interview-desk-session" and doc["format_version"] == 1
    assert doc["session"]["id"] == sid and doc["session"]["status"] == "decided"
    assert doc["candidate"]["name"] == "Amara Okonkwo"
    assert doc["role"]["name"] == "Senior Backend Engineer"

    demo = demo_data()
    weights = demo["role"]["competency_weights"]
    comps = {c["key"]: c for c in doc["competencies"]}
    assert {k: c["weight"] for k, c in comps.items()} == weights
    assert sum(c["weight_share"] for c in doc["competencies"]) == pytest.approx(1.0)

    names = {p["id"]: p["name"] for p in doc["panelists"]}
    assert sorted(names.values()) == ["Claire Dubois", "Ingrid Solberg", "Rahul Mehta"]
    assert all(p["submitted"] and p["submitted_at"] for p in doc["panelists"])
    assert doc["seal"]["open"] and doc["seal"]["all_submitted"]

    # every rating as the demo file gives it; null for "no evidence"; nothing changed later
    session = demo["sessions"][0]
    key_by_name = {p["name"]: p["key"] for p in session["panelists"]}
    expected = {(key_by_name[names[r["panelist_id"]]], r["competency_key"]): r["pre_debrief"]
                for r in doc["ratings"]}
    assert expected == {(sc["panelist"], k): v.get("rating") for sc in session["scorecards"]
                        for k, v in sc["ratings"].items()}
    assert len(doc["ratings"]) == 18
    assert all(r["competency_id"] == comps[r["competency_key"]]["id"] for r in doc["ratings"])
    assert all(r["post_debrief"] == r["pre_debrief"] for r in doc["ratings"])
    claire_tech = next(r for r in doc["ratings"] if names[r["panelist_id"]] == "Claire Dubois"
                       and r["competency_key"] == "technical_depth")
    assert claire_tech["pre_debrief"] is None and claire_tech["no_evidence_pre"] is True

    recs = {names[r["panelist_id"]]: r["post_debrief"] for r in doc["recommendations"]}
    assert recs == {"Ingrid Solberg": "strong_yes", "Rahul Mehta": "yes", "Claire Dubois": "yes"}

    # hand-computed: Claire rated 3,3,4,4,4 with weights 1.5,1.5,1.25,1,1 (technical: no
    # evidence) -> (4.5 + 4.5 + 5 + 4 + 4) / 6.25 = 22 / 6.25 = 3.52
    scores = {names[s["panelist_id"]]: s["pre_debrief"] for s in doc["scores"]["panelists"]}
    assert scores["Claire Dubois"] == pytest.approx(3.52)
    # Ingrid: (2*3 + 1.5*3 + 1.5*4 + 1.25*3 + 3 + 4) / 8.25 = 27.25 / 8.25
    assert scores["Ingrid Solberg"] == pytest.approx(27.25 / 8.25)
    # panel: means per competency 3.5, 10/3, 10/3, 3, 10/3, 11/3 weighted over 8.25
    panel = (2 * 3.5 + 1.5 * 10 / 3 + 1.5 * 10 / 3 + 1.25 * 3 + 10 / 3 + 11 / 3) / 8.25
    assert doc["scores"]["panel"]["pre_debrief"] == pytest.approx(panel)

    agreement = doc["agreement"]["pre_debrief"]
    assert agreement["krippendorff_alpha_ordinal"] == pytest.approx(-0.3205882, abs=1e-6)
    assert agreement["units"] == 6 and agreement["pairable_values"] == 17
    assert "does not agree" in agreement["reading"]
    assert agreement["icc_2_1"] is not None

    decision = doc["decision"]
    assert decision["outcome"] == "hire" and decision["decided_by"] == "Ingrid Solberg"
    assert decision["rationale"].startswith("Unanimous yes")
    assert decision["follow_up_due"] and decision["candidate_informed_at"] is None  # overdue


def test_export_json_to_stdout_withholds_a_sealed_panel(demo_db: Path) -> None:
    sid = _session_id(demo_db, "live")
    result = run_cli("export-json", sid, "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["seal"]["open"] is False
    assert doc["ratings"] == [] and doc["recommendations"] == []
    assert doc["scores"]["panel"]["pre_debrief"] is None
    assert doc["agreement"] == {"pre_debrief": None, "post_debrief": None}
    assert doc["decision"] is None
    assert len(doc["panelists"]) == 3 and not any(p["submitted"] for p in doc["panelists"])


def test_export_json_errors_are_one_line(demo_db: Path, tmp_path: Path) -> None:
    missing = run_cli("export-json", "no-such-session", "--db", str(demo_db))
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "No session" in missing.stderr
    sid = _session_id(demo_db, "decided")
    bad_dir = run_cli("export-json", sid, "--db", str(demo_db), "-o",
                      str(tmp_path / "no" / "such" / "dir.json"))
    assert bad_dir.returncode == 1 and "Traceback" not in bad_dir.stderr
    no_arg = run_cli("export-json", "--db", str(demo_db))
    assert no_arg.returncode == 2
