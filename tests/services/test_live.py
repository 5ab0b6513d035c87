"""The live-session use cases against a real SQLite file."""

from __future__ import annotations

import sqlite3

import pytest

from interview_desk.domain.live import (
    AdhocQuestion,
    CandidateQuestion,
    ConcernCheck,
    Flag,
    end_clock,
    start_clock,
)
from interview_desk.domain.model import FlagKind, NoteState, SessionStatus
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import NotFoundError


def _live_session_id(desk: Desk) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == "live")


def test_opening_a_session_defaults_to_the_lead_and_loads_their_notes(demo_desk: Desk) -> None:
    sid = _live_session_id(demo_desk)
    live = demo_desk.live.open(sid)
    assert live.panelist.is_lead
    assert live.notes and all(n.panelist_id == live.panelist.id for n in live.notes.values())
    other = next(p for p in live.panel if not p.is_lead)
    assert demo_desk.live.open(sid, other.id).panelist.id == other.id
    with pytest.raises(NotFoundError):
        demo_desk.live.open(sid, "nobody")
    with pytest.raises(NotFoundError):
        demo_desk.live.open("no-such-session")


def test_a_note_save_is_one_upsert_keyed_by_session_panelist_question(demo_desk: Desk) -> None:
    sid = _live_session_id(demo_desk)
    live = demo_desk.live.open(sid)
    q = live.kit.questions()[-1]
    note = live.note(q.id)
    note.text, note.result = "first draft", "shipped on time"
    demo_desk.live.save_note(note, seconds_spent=42)
    note.text = "second draft"
    note.state = NoteState.ASKED
    demo_desk.live.save_note(note, seconds_spent=50)
    rows = list(demo_desk.db.query(
        "SELECT id, text, result, state, seconds_spent FROM notes WHERE session_id = ? AND "
        "panelist_id = ? AND question_id = ?", [sid, live.panelist.id, q.id]))
    assert rows == [{"id": note.id, "text": "second draft", "result": "shipped on time",
                     "state": "asked", "seconds_spent": 50}]


def test_flags_adhoc_candidate_questions_and_concerns_round_trip(demo_desk: Desk) -> None:
    svc = demo_desk.live
    sid = _live_session_id(demo_desk)
    live = svc.open(sid)
    q = live.kit.questions()[3]
    before = len(live.flags)
    flag = Flag(session_id=sid, panelist_id=live.panelist.id, kind=FlagKind.CONCERN,
                question_id=q.id, text="vague on testing", elapsed_seconds=754)
    svc.add_flag(flag)
    adhoc = AdhocQuestion(session_id=sid, panelist_id=live.panelist.id,
                          text="Who reviewed your code?", after_question_id=q.id)
    svc.add_adhoc_question(adhoc)
    cq = CandidateQuestion(session_id=sid, panelist_id=live.panelist.id,
                           text="What does success look like? <&>")
    svc.save_candidate_question(cq)
    cq.answer = "Ship the ledger by Q3"
    svc.save_candidate_question(cq)
    concern = live.visible_concerns()[-1]
    svc.set_concern_addressed(sid, ConcernCheck(concern.id, live.panelist.id, "n1"), concern.id)

    again = svc.open(sid)
    assert len(again.flags) == before + 1
    assert next(f for f in again.flags if f.id == flag.id) == flag
    agenda = [i.id for i in again.agenda()]
    assert agenda[agenda.index(q.id) + 1] == adhoc.id
    assert [(c.text, c.answer) for c in again.candidate_questions][-1] == (
        "What does success look like? <&>", "Ship the ledger by Q3")
    assert again.concern_checks[concern.id].note_id == "n1"
    svc.set_concern_addressed(sid, None, concern.id)
    assert concern.id not in svc.open(sid).concern_checks


def test_coverage_lists_competencies_without_evidence(desk: Desk) -> None:
    from interview_desk.domain.model import Panelist, Session

    kit = desk.catalog.kits.latest_versions()[0]
    role = desk.catalog.role_from_kit(kit, "Engineer")
    from interview_desk.domain.model import Candidate

    cand = desk.catalog.save_candidate(Candidate(name="Ada", role_id=role.id))
    session = desk.sessions.plan(Session(candidate_id=cand.id, role_id=role.id, kit_id=kit.id),
                                 [Panelist(name="Lead")])
    keys = [c.key for c in role.competencies]
    assert [c.key for c in desk.live.coverage(session.id)] == keys
    live = desk.live.open(session.id)
    q = next(q for q in kit.questions() if q.competency_keys)
    live.note(q.id).state = NoteState.ASKED  # ticked but empty: no evidence
    desk.live.save_note(live.note(q.id))
    assert [c.key for c in desk.live.coverage(session.id)] == keys
    live.note(q.id).action = "Rolled back, then wrote the runbook."
    desk.live.save_note(live.note(q.id))
    left = [c.key for c in desk.live.coverage(session.id)]
    assert left == [k for k in keys if k not in q.competency_keys]
    assert [c.key for c in live.uncovered()] == left


def test_the_clock_is_stored_on_the_session(demo_desk: Desk) -> None:
    svc = demo_desk.live
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "planned")
    live = svc.open(sid)
    assert live.clock.status is SessionStatus.PLANNED and live.clock.started_at is None
    start_clock(live.clock)
    live.clock.elapsed_seconds = 125
    live.clock.current_question_id = live.kit.questions()[2].id
    svc.save_clock(sid, live.clock)
    again = svc.open(sid).clock
    assert (again.status, again.elapsed_seconds, again.current_question_id) == (
        SessionStatus.LIVE, 125, live.kit.questions()[2].id)
    assert again.started_at
    end_clock(again)
    svc.save_clock(sid, again)
    final = svc.open(sid).clock
    assert final.status is SessionStatus.COMPLETED and final.ended_at


def test_the_writer_connection_gives_up_quickly_when_the_file_is_locked(
        demo_desk: Desk) -> None:
    assert demo_desk.path is not None
    writer_desk = Desk.open_writer(demo_desk.path, busy_timeout_ms=1000)
    writer = writer_desk.live
    sid = _live_session_id(demo_desk)
    live = writer.open(sid)
    blocker = sqlite3.connect(demo_desk.path)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        note = live.note(live.kit.questions()[-1].id)
        note.text = "typed while locked"
        with pytest.raises(sqlite3.OperationalError):
            writer.save_note(note)
    finally:
        blocker.rollback()
        blocker.close()
    writer.save_note(note)
    assert svc_text(demo_desk, note.id) == "typed while locked"
    writer_desk.close()


def svc_text(desk: Desk, note_id: str) -> str:
    return str(desk.db.execute("SELECT text FROM notes WHERE id = ?", [note_id]).fetchone()[0])


def test_lead_only_concerns_are_shown_to_the_lead_alone(demo_desk: Desk) -> None:
    sid = _live_session_id(demo_desk)
    live = demo_desk.live.open(sid)
    cand = live.candidate
    cand.concerns[0].lead_only = True
    demo_desk.catalog.save_candidate(cand)
    lead_view = demo_desk.live.open(sid)
    other = next(p for p in lead_view.panel if not p.is_lead)
    assert cand.concerns[0].id in [c.id for c in lead_view.visible_concerns()]
    assert cand.concerns[0].id not in [
        c.id for c in demo_desk.live.open(sid, other.id).visible_concerns()]
