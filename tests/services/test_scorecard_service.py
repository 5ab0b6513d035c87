"""Scorecards, the seal, the post-debrief layer, decisions and overdue, on real databases."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from interview_desk.domain.model import Outcome, Rating, Recommendation, Scorecard
from interview_desk.domain.scorecard_rules import OverdueThresholds
from interview_desk.services.desk import Desk
from interview_desk.services.scorecards import SubmitRefused
from interview_desk.storage.errors import ValidationError


def _live(desk: Desk) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == "live")


def _decided(desk: Desk) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == "decided")


def _complete(desk: Desk, sid: str, pid: str, base: int = 3) -> Scorecard:
    comps = desk.scorecards.competencies(sid)
    card = desk.scorecards.card(sid, pid)
    for i, c in enumerate(comps):
        card.ratings[c.id] = Rating(c.id, rating=1 + (base + i) % 4, evidence=f"seen {i}")
    card.recommendation = Recommendation.YES
    return card


def test_draft_then_submit_locks(demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    lead = demo_desk.scorecards.panel(sid)[0]
    card = _complete(demo_desk, sid, lead.id)
    demo_desk.scorecards.save_draft(card)
    submitted = demo_desk.scorecards.submit(card)
    assert submitted.submitted_at
    stored = demo_desk.scorecards.card(sid, lead.id)
    assert stored.submitted_at == submitted.submitted_at
    stored.takeaways = "sneaky edit"
    with pytest.raises(ValidationError, match="locked"):
        demo_desk.scorecards.save_draft(stored)
    with pytest.raises(SubmitRefused):
        demo_desk.scorecards.submit(stored)
    assert demo_desk.scorecards.card(sid, lead.id).takeaways == ""


def test_submit_refuses_blockers_and_unconfirmed_warnings(demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    pid = demo_desk.scorecards.panel(sid)[1].id
    card = demo_desk.scorecards.card(sid, pid)
    with pytest.raises(SubmitRefused) as refused:
        demo_desk.scorecards.submit(card, accept_warnings=True)
    assert refused.value.check.blockers
    comps = demo_desk.scorecards.competencies(sid)
    for c in comps:
        card.ratings[c.id] = Rating(c.id, rating=3)  # a halo, and no evidence anywhere
    card.recommendation = Recommendation.YES
    with pytest.raises(SubmitRefused) as warned:
        demo_desk.scorecards.submit(card)
    assert not warned.value.check.blockers and len(warned.value.check.warnings) == 2
    assert demo_desk.scorecards.card(sid, pid).submitted_at is None
    demo_desk.scorecards.submit(card, accept_warnings=True)
    assert demo_desk.scorecards.card(sid, pid).submitted_at


def test_bad_ratings_are_refused(demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    pid = demo_desk.scorecards.panel(sid)[0].id
    card = demo_desk.scorecards.card(sid, pid)
    card.ratings["not-a-competency"] = Rating("not-a-competency", rating=3)
    with pytest.raises(ValidationError):
        demo_desk.scorecards.save_draft(card)
    card.ratings.clear()
    c = demo_desk.scorecards.competencies(sid)[0]
    card.ratings[c.id] = Rating(c.id, rating=5)
    with pytest.raises(ValidationError, match="1 to 4"):
        demo_desk.scorecards.save_draft(card)
    # the demo's three, nothing new
    assert demo_desk.db.execute("SELECT count(*) FROM scorecards").fetchone()[0] == 3


def test_seal_opens_with_the_last_submission_and_that_is_recorded(demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    panel = demo_desk.scorecards.panel(sid)
    for i, p in enumerate(panel):
        assert not demo_desk.scorecards.seal_state(sid).is_open
        data = demo_desk.debrief.view(sid)
        assert all(r.pre is None for r in data.panelists)  # nothing leaks while sealed
        assert data.pre is None and data.post is None
        demo_desk.scorecards.submit(_complete(demo_desk, sid, p.id, base=i))
    state = demo_desk.scorecards.seal_state(sid)
    assert state.is_open and state.unsealed_at is None
    events = demo_desk.scorecards.seal_events(sid)
    assert [e.action for e in events] == ["opened"]
    data = demo_desk.debrief.view(sid)
    assert len(data.shown) == 3 and data.pre is not None and data.pre.cards == 3


def test_unseal_only_by_the_lead_and_recorded(demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    lead, other, _ = demo_desk.scorecards.panel(sid)
    with pytest.raises(ValidationError, match="lead"):
        demo_desk.scorecards.unseal(sid, other.id, "impatient")
    demo_desk.scorecards.submit(_complete(demo_desk, sid, other.id))
    state = demo_desk.scorecards.unseal(sid, lead.id, "Aisha is away until Monday")
    assert state.is_open and state.unsealed_by == lead.name
    row = demo_desk.sessions.sessions.row(sid)
    assert row["unsealed_at"] == state.unsealed_at and row["unsealed_by"] == lead.name
    events = demo_desk.scorecards.seal_events(sid)
    assert [(e.action, e.by_name, e.reason) for e in events] == [
        ("unsealed", lead.name, "Aisha is away until Monday")]
    with pytest.raises(ValidationError, match="already open"):
        demo_desk.scorecards.unseal(sid, lead.id)
    data = demo_desk.debrief.view(sid)
    assert [r.panelist.id for r in data.shown] == [other.id]  # drafts never show
    demo_desk.scorecards.submit(_complete(demo_desk, sid, lead.id))
    late = {r.panelist.id: r.submitted_after_unseal for r in demo_desk.debrief.view(sid).shown}
    assert late == {lead.id: True, other.id: False}


def test_post_debrief_change_keeps_the_original(demo_desk: Desk) -> None:
    sid = _decided(demo_desk)
    rahul = demo_desk.scorecards.panel(sid)[1]
    comps = demo_desk.scorecards.competencies(sid)
    collab = next(c for c in comps if c.key == "collaboration_communication")
    before = demo_desk.debrief.view(sid)
    with pytest.raises(ValidationError, match="why"):
        demo_desk.scorecards.amend(sid, rahul.id, reason=" ", competency_id=collab.id, rating=3)
    demo_desk.scorecards.amend(sid, rahul.id, reason="Claire's account convinced me",
                               competency_id=collab.id, rating=3, evidence="revised")
    demo_desk.scorecards.amend(sid, rahul.id, reason="on reflection",
                               recommendation=Recommendation.STRONG_YES)
    after = demo_desk.debrief.view(sid)
    r = next(p for p in after.panelists if p.panelist.id == rahul.id)
    assert r.pre is not None and r.post is not None
    assert r.pre.ratings[collab.id].rating == 2 and r.post.ratings[collab.id].rating == 3
    assert r.pre.recommendation is Recommendation.YES
    assert r.post.recommendation is Recommendation.STRONG_YES
    assert r.changed(collab.id) and r.recommendation_changed
    assert before.pre is not None and after.pre is not None and after.post is not None
    assert after.pre.panel_score == before.pre.panel_score
    assert after.post.panel_score != after.pre.panel_score
    pre, post = after.pre.per_competency[collab.id], after.post.per_competency[collab.id]
    assert (pre.spread, post.spread) == (2, 1)
    assert pre.disagreement and not post.disagreement
    # the stored original rating row is untouched
    assert demo_desk.db.execute(
        "SELECT r.rating FROM ratings r JOIN scorecards s ON s.id = r.scorecard_id "
        "WHERE s.panelist_id = ? AND r.competency_id = ?",
        [rahul.id, collab.id]).fetchone()[0] == 2


def test_amend_needs_a_submitted_card(demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    pid = demo_desk.scorecards.panel(sid)[0].id
    c = demo_desk.scorecards.competencies(sid)[0]
    with pytest.raises(ValidationError, match="submitted"):
        demo_desk.scorecards.amend(sid, pid, reason="x", competency_id=c.id, rating=2)


def test_pin_is_stored_only_as_a_salted_hash(demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    pid = demo_desk.scorecards.panel(sid)[0].id
    other = demo_desk.scorecards.panel(sid)[1].id
    assert demo_desk.scorecards.verify_pin(pid, "")  # no PIN: open
    with pytest.raises(ValidationError):
        demo_desk.scorecards.set_pin(pid, "12")
    demo_desk.scorecards.set_pin(pid, "2468")
    demo_desk.scorecards.set_pin(other, "2468")
    stored = demo_desk.scorecards.pins.get(pid)
    assert stored and "2468" not in stored and stored.startswith("scrypt$")
    assert stored != demo_desk.scorecards.pins.get(other)  # salted
    assert demo_desk.scorecards.verify_pin(pid, "2468")
    assert not demo_desk.scorecards.verify_pin(pid, "2469")
    demo_desk.scorecards.set_pin(pid, None)
    assert not demo_desk.scorecards.has_pin(pid)


def test_evidence_options_offer_tagged_notes_first(demo_desk: Desk) -> None:
    sid = _decided(demo_desk)
    ingrid = demo_desk.scorecards.panel(sid)[0]
    ownership = next(c for c in demo_desk.scorecards.competencies(sid)
                     if c.key == "ownership_delivery")
    options = demo_desk.scorecards.evidence_options(sid, ingrid.id, ownership)
    assert options and options[0].tagged
    flags = [o.tagged for o in options]
    assert flags == sorted(flags, reverse=True)
    own_ids = {r["id"] for r in demo_desk.db.query(
        "SELECT id FROM notes WHERE panelist_id = ?", [ingrid.id])}
    assert {o.note_id for o in options} <= own_ids  # only her own notes, never a colleague's


def test_decision_refused_while_sealed_then_recorded(demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    with pytest.raises(ValidationError, match="sealed"):
        demo_desk.debrief.record_decision(sid, Outcome.HIRE, rationale="r", decided_by="me")
    lead = demo_desk.scorecards.panel(sid)[0]
    demo_desk.scorecards.unseal(sid, lead.id, "need to move")
    with pytest.raises(ValidationError, match="rationale"):
        demo_desk.debrief.record_decision(sid, Outcome.HIRE, rationale=" ", decided_by="me")
    d = demo_desk.debrief.record_decision(
        sid, Outcome.ANOTHER_ROUND, rationale="Need a system design exercise",
        decided_by=lead.name, follow_up_due="2026-12-01")
    assert demo_desk.sessions.sessions.get(sid).status.value == "decided"
    stored = demo_desk.debrief.view(sid).decision
    assert stored is not None and stored.outcome is Outcome.ANOTHER_ROUND
    assert stored.decided_at == d.decided_at and stored.follow_up_due == "2026-12-01"
    told = demo_desk.debrief.mark_candidate_told(sid, "2026-11-25")
    assert told.candidate_informed_at == "2026-11-25" and told.decided_at == d.decided_at


def _set_times(desk: Desk, sid: str, start: datetime, minutes: int = 60) -> None:
    desk.sessions.sessions.update_fields(
        sid, started_at=start.isoformat(), ended_at=(start + timedelta(minutes=minutes))
        .isoformat(), status="completed")


def test_overdue_items_follow_the_thresholds(demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    monday = datetime(2026, 11, 16, 10, 0, tzinfo=UTC)
    _set_times(demo_desk, sid, monday)
    # the decided demo session's candidate has not been told yet: only that is overdue for it
    decided = _decided(demo_desk)
    _set_times(demo_desk, decided, monday - timedelta(days=30))
    demo_desk.sessions.sessions.update_fields(decided, status="decided")

    just_after = demo_desk.overdue.items(now=monday + timedelta(hours=24))
    assert [i.kind for i in just_after if i.session_id == sid] == ["decision"]
    next_day = demo_desk.overdue.items(now=monday + timedelta(hours=26))
    kinds = sorted(i.kind for i in next_day if i.session_id == sid)
    assert kinds == ["decision", "scorecard", "scorecard", "scorecard"]
    # Monday + 5 working days = next Monday; overdue from the Tuesday after
    on_due = demo_desk.overdue.items(now=datetime(2026, 11, 23, 18, tzinfo=UTC))
    assert "candidate_told" not in {i.kind for i in on_due if i.session_id == sid}
    late = demo_desk.overdue.items(now=datetime(2026, 11, 25, 9, tzinfo=UTC))
    told = [i for i in late if i.kind == "candidate_told" and i.session_id == sid]
    assert [(i.session_id, i.due, i.overdue_days) for i in told] == [(sid, "2026-11-23", 2)]
    strict = demo_desk.overdue.items(OverdueThresholds(candidate_told_working_days=1),
                                     now=datetime(2026, 11, 18, 9, tzinfo=UTC))
    assert any(i.kind == "candidate_told" and i.session_id == sid for i in strict)
    assert [i.kind for i in late if i.session_id == decided] == ["candidate_told"]
    # submitting clears that panelist's item
    pid = demo_desk.scorecards.panel(sid)[0].id
    demo_desk.scorecards.submit(_complete(demo_desk, sid, pid))
    after = demo_desk.overdue.items(now=monday + timedelta(hours=26))
    assert sum(i.kind == "scorecard" for i in after if i.session_id == sid) == 2


def test_role_comparison_hides_sealed_figures(demo_desk: Desk) -> None:
    role = demo_desk.catalog.roles.all()[0]
    rows = {r.status.value: r for r in demo_desk.debrief.role_comparison(role.id).rows}
    assert set(rows) == {"live", "decided"}  # planned sessions are not interviews yet
    assert rows["live"].sealed and rows["live"].pre is None and rows["live"].post is None
    decided = rows["decided"]
    assert decided.decision is not None and decided.decision.outcome == "hire"
    assert decided.pre is not None
    assert {r.value: n for r, n in decided.pre.tally if n} == {"strong_yes": 1, "yes": 2}
    assert decided.pre.panel_score == pytest.approx(3.3636, abs=1e-4)


def test_data_survives_reopening(demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    pid = demo_desk.scorecards.panel(sid)[0].id
    demo_desk.scorecards.save_draft(_complete(demo_desk, sid, pid))
    path = demo_desk.path
    assert path is not None
    conn = sqlite3.connect(path)
    try:
        count = conn.execute("SELECT COUNT(*) FROM ratings r JOIN scorecards s ON "
                             "s.id = r.scorecard_id WHERE s.session_id = ?", [sid]).fetchone()
    finally:
        conn.close()
    assert count[0] == 6
