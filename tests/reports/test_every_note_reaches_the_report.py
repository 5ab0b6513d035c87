"""Every note and flag row of a session appears in its consolidated report (pypdf text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from interview_desk.domain.model import Recommendation
from interview_desk.services.desk import Desk
from tests.panel_support import PanelistSpec, PanelSpec, store_panel

FIXED_TIME = "2026-05-06T08:30:00.000000+00:00"


def _flat(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(text.split())


def _typed(desk: Desk, session_id: str) -> list[str]:
    """Every piece of text typed during the session, straight from the database."""
    db = desk.db
    out: list[str] = []
    for r in db.query("SELECT text, situation, task, action, result FROM notes "
                      "WHERE session_id = ?", [session_id]):
        out += list(r.values())
    out += [r["text"] for r in db.query("SELECT text FROM flags WHERE session_id = ?",
                                        [session_id])]
    out += [r["text"] for r in db.query("SELECT text FROM adhoc_questions WHERE session_id = ?",
                                        [session_id])]
    for r in db.query("SELECT text, answer FROM candidate_questions WHERE session_id = ?",
                      [session_id]):
        out += list(r.values())
    return [" ".join(t.split()) for t in out if t and t.strip()]


def test_every_note_and_flag_of_the_demo_session_is_in_its_report(
        demo_desk: Desk, tmp_path: Path) -> None:
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "decided")
    out = tmp_path / "demo.pdf"
    demo_desk.reports.export_session(sid, out, generated_at=FIXED_TIME)
    text = _flat(out)
    typed = _typed(demo_desk, sid)
    assert len(typed) > 20
    missing = [t for t in typed if t not in text]
    assert missing == []


def test_talking_points_adhoc_star_candidate_questions_and_flags_reach_the_report(
        desk: Desk, tmp_path: Path) -> None:
    kit = desk.catalog.kits.latest_versions()[0]
    role = desk.catalog.role_from_kit(kit, "Engineer")
    n = len(role.competencies)
    spec = PanelSpec(tuple(PanelistSpec((3,) * n, Recommendation.YES) for _ in range(3)))
    stored = store_panel(desk, spec, role.id, "Generated Candidate")
    out = tmp_path / "generated.pdf"
    desk.reports.export_session(stored.session_id, out, generated_at=FIXED_TIME)
    text = _flat(out)
    typed = _typed(desk, stored.session_id)
    assert len(typed) == 3 * 14  # 8 note parts, 3 flags, the ad-hoc question, the Q and A
    assert [t for t in typed if t not in text] == []
    # A talking point's note sits under the job preview, after the checklist.
    assert text.index("Realistic job preview") < text.index("zq0preview0x")


@pytest.mark.parametrize("panelist", [0, 1])
def test_a_panelists_scorecard_report_holds_all_of_their_own_notes_and_none_of_the_others(
        desk: Desk, tmp_path: Path, panelist: int) -> None:
    kit = desk.catalog.kits.latest_versions()[0]
    role = desk.catalog.role_from_kit(kit, "Engineer")
    n = len(role.competencies)
    spec = PanelSpec((PanelistSpec((3,) * n, Recommendation.YES),
                      PanelistSpec((2,) * n, Recommendation.NO, submitted=False)))
    stored = store_panel(desk, spec, role.id, "Someone")
    me = stored.panel[panelist]
    out = tmp_path / "card.pdf"
    desk.reports.export_scorecard(stored.session_id, me.id, out, generated_at=FIXED_TIME)
    text = _flat(out)
    assert [m for m in stored.markers[me.id] if m not in text] == []
    other = stored.panel[1 - panelist]
    assert [m for m in stored.markers[other.id] if m in text] == []
