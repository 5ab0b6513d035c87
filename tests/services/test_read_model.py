"""The read model from a real database: the figures the committee reads."""

from __future__ import annotations

import pytest

from interview_desk.domain.debrief import Viewer
from interview_desk.domain.model import Recommendation, new_id, utc_now
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import NotFoundError
from interview_desk.storage.session_list import SessionSummary


def _decided(desk: Desk) -> SessionSummary:
    return next(r for r in desk.sessions.overview() if r.status == "decided")


def test_figures_of_the_demo_debrief(demo_desk: Desk) -> None:
    v = demo_desk.debrief.view(_decided(demo_desk).id)
    assert v.candidate == "Amara Okonkwo"
    assert [p.name for p in v.panel] == ["Ingrid Solberg", "Rahul Mehta", "Claire Dubois"]
    assert v.pending == () and not v.interim
    assert v.pre is not None and v.post is not None
    assert v.pre.tally == ((Recommendation.STRONG_YES, 1), (Recommendation.YES, 2),
                           (Recommendation.NO, 0), (Recommendation.STRONG_NO, 0))
    by_name = {c.name: c.id for c in v.competencies}
    # Technical depth: 3 and 4; Claire gave "no evidence", which is left out of the mean.
    assert v.pre.mean(by_name["Role & technical depth"]) == pytest.approx(3.5)
    assert v.pre.mean(by_name["Collaboration & communication"]) == pytest.approx(3.0)
    weights = {c.id: c.weight for c in v.competencies}
    expected = sum(weights[k] * f.mean for k, f in v.pre.per_competency.items()
                   if f.mean is not None) / sum(weights.values())
    assert v.pre.panel_score == pytest.approx(expected)
    assert v.post.panel_score == v.pre.panel_score and not v.changed_after_debrief
    alpha = v.pre.agreement.alpha
    assert alpha is not None and alpha < 0.667
    assert "does not agree" in v.pre.agreement.reading
    assert v.decision is not None and v.decision.label == "Hire"
    assert [c.addressed for c in v.concerns] == [True, True]
    assert all(c.note for c in v.concerns)
    assert len(v.preview) == 5 and all(p.covered for p in v.preview)
    assert len(v.candidate_questions) == 3
    flags = [f for q in v.questions for n in q.notes for f in n.flags]
    flags += [f for p in v.preview for n in p.notes for f in n.flags]
    assert len(flags) == 6


def test_unsubmitted_scorecards_keep_the_panel_sealed_for_everyone(demo_desk: Desk) -> None:
    session_id = _decided(demo_desk).id
    claire = demo_desk.sessions.sessions.panel(session_id)[2]
    demo_desk.db.execute("UPDATE scorecards SET submitted_at = NULL WHERE panelist_id = ?",
                         [claire.id])
    v = demo_desk.debrief.view(session_id)
    assert v.pending == ("Claire Dubois",) and v.sealed and v.interim
    assert v.pre is None and v.shown == ()
    # The lead looks: only her own notes remain.
    assert {n.panelist for q in v.questions for n in q.notes} == {"Ingrid Solberg"}
    assert {c.noted_by for c in v.candidate_questions} <= {"Ingrid Solberg"}


def test_amendments_are_shown_beside_originals_and_never_change_them(demo_desk: Desk) -> None:
    session_id = _decided(demo_desk).id
    before = demo_desk.debrief.view(session_id)
    rahul = demo_desk.sessions.sessions.panel(session_id)[1]
    card_id = demo_desk.db.execute("SELECT id FROM scorecards WHERE panelist_id = ?",
                                   [rahul.id]).fetchone()[0]
    collab = next(c for c in before.competencies if c.name == "Collaboration & communication")
    stamp = utc_now()
    demo_desk.db.insert("amendments", {
        "id": new_id(), "scorecard_id": card_id, "competency_id": collab.id, "rating": 3,
        "no_evidence": 0, "evidence": "Heard the others", "recommendation": "strong_yes",
        "reason": "Debrief", "amended_at": stamp, "created_at": stamp, "updated_at": stamp})
    after = demo_desk.debrief.view(session_id)
    assert before.pre is not None and after.pre is not None and after.post is not None
    assert after.pre == before.pre
    assert after.post.panel_score > before.pre.panel_score  # type: ignore[operator]
    assert [(a.panelist, a.item, a.original, a.amended, a.reason) for a in after.amendments] == [
        ("Rahul Mehta", "Collaboration & communication", "2", "3", "Debrief"),
        ("Rahul Mehta", "Overall recommendation", "Yes", "Strong yes", "Debrief")]


def test_a_panelists_own_view_holds_their_own_work(demo_desk: Desk) -> None:
    session_id = _decided(demo_desk).id
    rahul = demo_desk.sessions.sessions.panel(session_id)[1]
    v = demo_desk.debrief.view(session_id, Viewer.panelist(rahul.id))
    me = next(p for p in v.panelists if p.panelist.id == rahul.id)
    assert me.pre is not None and me.pre.recommendation is Recommendation.YES
    assert {n.panelist for q in v.questions for n in q.notes} == {"Rahul Mehta"}
    with pytest.raises(NotFoundError):
        demo_desk.reports.export_scorecard(session_id, "someone-else", "x.pdf")


def test_role_comparison_has_a_row_per_held_session_of_the_role(demo_desk: Desk) -> None:
    role_id = _decided(demo_desk).role_id
    data = demo_desk.debrief.role_comparison(role_id)
    rows = {r.candidate: r for r in data.rows}
    assert set(rows) == {"Amara Okonkwo", "Tomasz Wiśniewski"}  # José's is only planned
    amara = rows["Amara Okonkwo"]
    assert amara.decision is not None and amara.decision.label == "Hire"
    assert amara.submitted == 3 and amara.pre == demo_desk.debrief.view(amara.session_id).pre
    assert rows["Tomasz Wiśniewski"].sealed and rows["Tomasz Wiśniewski"].pre is None
    with pytest.raises(NotFoundError):
        demo_desk.debrief.role_comparison("no-such-role")


def test_the_comparison_of_a_newer_role_version_shows_the_older_sessions_own_figures(
        demo_desk: Desk) -> None:
    sid = _decided(demo_desk).id
    role = demo_desk.catalog.get_role(demo_desk.sessions.sessions.get(sid).role_id)
    role.competencies[0].weight = 3.0
    v2 = demo_desk.catalog.save_role(role)
    assert v2.id != role.id
    view = demo_desk.debrief.view(sid)
    assert view.pre is not None
    row = next(r for r in demo_desk.debrief.role_comparison(v2.id).rows
               if r.session_id == sid)
    assert row.pre == view.pre  # scored on the version it was planned with
    assert [row.mean(c.key) for c in v2.competencies] == [
        view.pre.mean(c.id) for c in view.competencies]
    assert all(row.mean(c.key) is not None for c in v2.competencies)
