"""Report data assembled from a real database: the figures the committee reads."""

from __future__ import annotations

import pytest

from interview_desk.domain.model import new_id, utc_now
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import NotFoundError
from interview_desk.storage.repositories import SessionSummary


def _decided(desk: Desk) -> SessionSummary:
    return next(r for r in desk.sessions.overview() if r.status == "decided")


def test_figures_of_the_demo_debrief(demo_desk: Desk) -> None:
    data = demo_desk.reports.session_data(_decided(demo_desk).id)
    assert data.candidate == "Amara Okonkwo"
    assert [p.name for p in data.panel] == ["Ingrid Solberg", "Rahul Mehta", "Claire Dubois"]
    assert data.pending == ()
    assert data.tally == (("Strong yes", 1), ("Yes", 2), ("No", 0), ("Strong no", 0))
    by_name = {c.name: c.id for c in data.competencies}
    # Technical depth: 3 and 4; Claire gave "no evidence", which is left out of the mean.
    assert data.means[by_name["Role & technical depth"]] == pytest.approx(3.5)
    assert data.means[by_name["Collaboration & communication"]] == pytest.approx(3.0)
    weights = {c.id: c.weight for c in data.competencies}
    expected = sum(weights[k] * v for k, v in data.means.items() if v is not None) / sum(
        weights.values())
    assert data.panel_score == pytest.approx(expected)
    assert data.amended_panel_score is None
    assert data.agreement.alpha is not None and data.agreement.alpha < 0.667
    assert "does not agree" in data.agreement.reading
    assert data.decision is not None and data.decision.outcome == "Hire"
    assert [c.addressed for c in data.concerns] == [True, True]
    assert all(c.note for c in data.concerns)
    assert len(data.preview) == 5 and all(p.covered for p in data.preview)
    assert len(data.candidate_questions) == 3
    assert sum(len(n.flags) for q in data.questions for n in q.notes) == 6


def test_unsubmitted_scorecards_are_pending_and_left_out_of_the_figures(
        demo_desk: Desk) -> None:
    session_id = _decided(demo_desk).id
    claire = demo_desk.sessions.sessions.panel(session_id)[2]
    demo_desk.db.execute("UPDATE scorecards SET submitted_at = NULL WHERE panelist_id = ?",
                         [claire.id])
    data = demo_desk.reports.session_data(session_id)
    assert data.pending == ("Claire Dubois",)
    assert [c.panelist.name for c in data.scorecards] == ["Ingrid Solberg", "Rahul Mehta"]
    assert data.tally[1] == ("Yes", 1)


def test_amendments_are_shown_beside_originals_and_never_change_them(demo_desk: Desk) -> None:
    session_id = _decided(demo_desk).id
    before = demo_desk.reports.session_data(session_id)
    rahul = demo_desk.sessions.sessions.panel(session_id)[1]
    card_id = demo_desk.db.execute("SELECT id FROM scorecards WHERE panelist_id = ?",
                                   [rahul.id]).fetchone()[0]
    collab = next(c for c in before.competencies if c.name == "Collaboration & communication")
    stamp = utc_now()
    demo_desk.db["amendments"].insert({  # type: ignore[union-attr]
        "id": new_id(), "scorecard_id": card_id, "competency_id": collab.id, "rating": 3,
        "no_evidence": 0, "evidence": "Heard the others", "recommendation": "strong_yes",
        "reason": "Debrief", "amended_at": stamp, "created_at": stamp, "updated_at": stamp})
    after = demo_desk.reports.session_data(session_id)
    assert after.panel_score == before.panel_score
    assert after.means == before.means
    assert after.amended_panel_score is not None
    assert after.amended_panel_score > before.panel_score  # type: ignore[operator]
    assert [(a.panelist, a.item, a.original, a.amended, a.reason) for a in after.amendments] == [
        ("Rahul Mehta", "Collaboration & communication", "2", "3", "Debrief"),
        ("Rahul Mehta", "Overall recommendation", "Yes", "Strong yes", "Debrief")]


def test_scorecard_data_holds_one_panelists_work(demo_desk: Desk) -> None:
    session_id = _decided(demo_desk).id
    rahul = demo_desk.sessions.sessions.panel(session_id)[1]
    data = demo_desk.reports.scorecard_data(session_id, rahul.id)
    assert data.scorecard.panelist.name == "Rahul Mehta"
    assert data.scorecard.recommendation == "Yes"
    assert {n.panelist for q in data.questions for n in q.notes} == {"Rahul Mehta"}
    with pytest.raises(NotFoundError):
        demo_desk.reports.scorecard_data(session_id, "someone-else")


def test_role_data_has_a_row_per_session_of_the_role(demo_desk: Desk) -> None:
    role_id = _decided(demo_desk).role_id
    data = demo_desk.reports.role_data(role_id)
    rows = {r.candidate: r for r in data.rows}
    assert set(rows) == {"Amara Okonkwo", "José Ramírez Ortega", "Tomasz Wiśniewski"}
    assert rows["Amara Okonkwo"].outcome == "Hire"
    assert rows["Amara Okonkwo"].submitted == 3
    assert rows["José Ramírez Ortega"].panel_score is None
    with pytest.raises(NotFoundError):
        demo_desk.reports.role_data("no-such-role")
