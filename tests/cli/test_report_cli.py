"""`interview-desk report` as a user runs it: real database, real PDF, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers import run_cli


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert run_cli("demo", "--db", str(path)).returncode == 0
    return path


def _sessions(db: Path) -> list[dict[str, str]]:
    result = run_cli("sessions", "--json", "--db", str(db))
    rows: list[dict[str, str]] = json.loads(result.stdout)
    return rows


def _decided(db: Path) -> str:
    return next(s["id"] for s in _sessions(db) if s["status"] == "decided")


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_session_report_is_written(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "amara.pdf"
    result = run_cli("report", _decided(demo_db), "-o", str(out), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Report written to {out}"
    text = _text(out)
    assert "Amara Okonkwo" in text and "Senior Backend Engineer" in text
    assert "Confidential — page 1 of" in text
    assert list(tmp_path.iterdir()) == [out]


def test_panelist_and_role_reports_are_written(demo_db: Path, tmp_path: Path) -> None:
    import sqlite3

    session_id = _decided(demo_db)
    conn = sqlite3.connect(demo_db)
    panelist_id, name = conn.execute(
        "SELECT id, name FROM panelists WHERE session_id = ? ORDER BY position DESC",
        [session_id]).fetchone()
    role_id = conn.execute("SELECT role_id FROM sessions WHERE id = ?",
                           [session_id]).fetchone()[0]
    conn.close()
    card = tmp_path / "card.pdf"
    result = run_cli("report", session_id, "--panelist", panelist_id, "-o", str(card),
                     "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert "panelist scorecard" in _text(card) and name in _text(card)
    role = tmp_path / "role.pdf"
    result = run_cli("report", "--role", role_id, "-o", str(role), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert "Role comparison" in _text(role)


def test_calibration_report_is_written(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "calibration.pdf"
    result = run_cli("report", "--calibration", "-o", str(out), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Report written to {out}"
    text = " ".join(_text(out).split())
    assert "Interviewer calibration" in text and "Fewer than 5 sessions" in text
    assert "Ingrid Solberg" in text  # a panelist of the demo's decided session


@pytest.mark.parametrize("args, message", [
    (["no-such-session"], "No session with id 'no-such-session'."),
    (["--role", "no-such-role"], "No role with id 'no-such-role'."),
    (["DECIDED", "--panelist", "nobody"], "No panelist in this session with id 'nobody'."),
    ([], "give a SESSION_ID, --role ROLE_ID or --calibration"),
    (["--role", "x", "--calibration"],
     "give one of SESSION_ID (with or without --panelist), --role or --calibration"),
])
def test_unknown_ids_give_one_line_and_no_file(demo_db: Path, tmp_path: Path,
                                               args: list[str], message: str) -> None:
    args = [_decided(demo_db) if a == "DECIDED" else a for a in args]
    out = tmp_path / "r.pdf"
    result = run_cli("report", *args, "-o", str(out), "--db", str(demo_db))
    assert result.returncode == 1
    assert result.stderr == f"interview-desk: error: {message}\n"
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_reported_in_one_line(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "r.pdf"
    result = run_cli("report", _decided(demo_db), "-o", str(out), "--db", str(demo_db))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no folder" in result.stderr


def test_characters_without_a_glyph_are_listed_on_stderr(tmp_path: Path) -> None:
    from interview_desk.services.desk import Desk
    from tests.reports import tricky

    db = tmp_path / "tricky.sqlite3"
    desk = Desk.open(db)
    session_id = tricky.build(desk, with_undrawable=True).session_id
    desk.close()
    out = tmp_path / "r.pdf"
    result = run_cli("report", session_id, "-o", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("interview-desk: warning: Some characters have no glyph")
    assert "𓀀 (U+13000)" in result.stderr
    assert out.exists()


def test_a_live_sessions_report_is_interim_and_says_so(demo_db: Path, tmp_path: Path) -> None:
    live = next(s["id"] for s in _sessions(demo_db) if s["status"] == "live")
    out = tmp_path / "live.pdf"
    result = run_cli("report", live, "-o", str(out), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"INTERIM report written to {out}")
    text = " ".join(_text(out).split())
    assert "INTERIM — the panel is sealed: 0 of 3 scorecards are in." in text
    assert "Sealed: the ratings stay hidden" in text


def test_report_language_is_chosen_on_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "de.pdf"
    result = run_cli("report", _decided(demo_db), "-o", str(out), "--language", "de",
                     "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert "Zweitgespräch — konsolidierter Bericht des Panels" in _text(out)
    refused = run_cli("report", _decided(demo_db), "-o", str(out), "--language", "xx",
                      "--db", str(demo_db))
    assert refused.returncode == 2 and "invalid choice: 'xx'" in refused.stderr
