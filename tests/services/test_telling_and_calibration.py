"""Telling the candidate, what is overdue in working days, calibration and time to decision,
on real databases."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from interview_desk.domain.messages import SHIPPED, MessageKind, MessageTemplate
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import ValidationError


def _decided(desk: Desk) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == "decided")


def test_a_fresh_database_has_the_shipped_templates_and_edits_are_kept(
        desk: Desk, db_path: Path) -> None:
    assert desk.messages.templates.all() == [SHIPPED[k] for k in MessageKind]
    edited = MessageTemplate(MessageKind.NOT_MOVING_FORWARD, "About {role} 🙂",
                             "Dear {first_name},\nنشكرك", "Feedback on request")
    desk.messages.save_template(edited)
    with pytest.raises(ValidationError, match=r"\{frist_name\}"):
        desk.messages.save_template(MessageTemplate(MessageKind.MOVING_FORWARD, "Hi",
                                                    "Dear {frist_name}", ""))
    with pytest.raises(ValidationError, match="subject"):
        desk.messages.save_template(MessageTemplate(MessageKind.MOVING_FORWARD, " ", "x", ""))
    desk.close()
    # another process reads what this one stored
    code = ("import sys; from interview_desk.services.desk import Desk; "
            "from interview_desk.domain.messages import MessageKind as K; "
            "d = Desk.open(sys.argv[1], create=False); "
            "t = d.messages.templates.get(K.NOT_MOVING_FORWARD); "
            "sys.stdout.buffer.write((t.subject + '|' + t.body).encode())")
    out = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.decode() == "About {role} 🙂|Dear {first_name},\nنشكرك"


def test_the_draft_follows_the_decision(demo_desk: Desk) -> None:
    sid = _decided(demo_desk)
    view = demo_desk.debrief.view(sid)
    assert view.decision is not None
    draft = demo_desk.messages.draft(sid)
    assert draft.kind is MessageKind.MOVING_FORWARD  # the demo's decision is a hire
    assert draft.candidate == view.candidate and draft.role == view.role
    assert draft.to == demo_desk.catalog.candidates.get(view.candidate_id).email
    assert draft.next_steps == SHIPPED[MessageKind.MOVING_FORWARD].next_steps
    assert draft.sender == view.decision.decided_by
    other = demo_desk.messages.draft(sid, MessageKind.ANOTHER_ROUND)
    assert other.kind is MessageKind.ANOTHER_ROUND
    undecided = next(r.id for r in demo_desk.sessions.overview() if r.status == "live")
    with pytest.raises(ValidationError, match="decision"):
        demo_desk.messages.draft(undecided)


def test_the_told_date_takes_the_candidate_off_the_overdue_list(demo_desk: Desk) -> None:
    sid = _decided(demo_desk)
    friday = datetime(2026, 11, 13, 10, tzinfo=UTC)
    demo_desk.sessions.sessions.update_fields(
        sid, started_at=friday.isoformat(),
        ended_at=(friday + timedelta(hours=1)).isoformat())
    # Friday + 5 working days = the next Friday; the Tuesday after is 2 working days late
    # and 7 working days since the interview (a calendar count would say 11).
    tuesday = datetime(2026, 11, 24, 9, tzinfo=UTC)
    waiting = [i for i in demo_desk.overdue.items(now=tuesday) if i.session_id == sid]
    assert [(i.kind, i.due, i.working_days) for i in waiting] == [
        ("candidate_told", "2026-11-20", 7)]
    demo_desk.debrief.mark_candidate_told(sid, "2026-11-23")
    assert not [i for i in demo_desk.overdue.items(now=tuesday) if i.session_id == sid]
    assert demo_desk.messages.draft(sid).told_at == "2026-11-23"


def test_calibration_and_time_to_decision_come_from_the_demo_sessions(
        demo_desk: Desk) -> None:
    cal = demo_desk.calibration.calibration()
    decided = demo_desk.debrief.view(_decided(demo_desk))
    # the live demo session is sealed: only the decided one counts
    assert cal.sessions == 1 and not cal.enough
    assert sorted(i.name for i in cal.interviewers) == sorted(
        p.panelist.name for p in decided.panelists)
    assert all(i.score_vs_panel.reading.startswith("too few sessions")
               for i in cal.interviewers)
    t = demo_desk.calibration.time_to_decision(decided.role_id)
    assert t.to_decision.n == 1 and t.undecided == 1
