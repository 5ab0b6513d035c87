"""The demo database: a role, the shipped kit, three candidates at three stages.

Content comes from ``resources/demo/demo.json``; dates are relative to today so the demo
never looks stale (and the overdue list has something to say).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

from interview_desk.domain import clock
from interview_desk.domain.live import CandidateQuestion, ConcernCheck, Flag
from interview_desk.domain.model import (
    Candidate,
    Concern,
    Decision,
    FlagKind,
    Note,
    NoteState,
    Outcome,
    Panelist,
    Rating,
    Recommendation,
    Scorecard,
    Session,
    SessionStatus,
)
from interview_desk.paths import resource
from interview_desk.services.desk import Desk
from interview_desk.storage.live_repositories import LiveRepository
from interview_desk.storage.repositories import (
    DecisionRepository,
    NoteRepository,
    ScorecardRepository,
)


class DemoExistsError(FileExistsError):
    pass


def demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource("demo", "demo.json").read_text(encoding="utf-8"))
    return data


def create_demo(path: str | Path, *, now: datetime | None = None) -> Desk:
    """Create a new demo database at ``path``; refuses to touch an existing file."""
    path = Path(path)
    if path.exists():
        raise DemoExistsError(f"{path} already exists; the demo never overwrites a database.")
    desk = Desk.open(path)
    populate_demo(desk, now=now)
    return desk


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="microseconds")


def populate_demo(desk: Desk, *, now: datetime | None = None) -> None:
    data = demo_data()
    now = now or clock.now()
    with desk.db.atomic():
        kit = desk.catalog.kits.latest_versions()[0]
        role_data = data["role"]
        role = desk.catalog.role_from_kit(kit, role_data["name"], role_data["description"])
        weights = role_data.get("competency_weights", {})
        for c in role.competencies:
            c.weight = float(weights.get(c.key, c.weight))
        role.hire_below = role_data.get("hire_below")
        role.no_hire_above = role_data.get("no_hire_above")
        desk.catalog.save_role(role)
        comp_by_key = {c.key: c for c in role.competencies}
        q_by_ref = {q.ref: q for q in kit.questions()}

        candidates: dict[str, Candidate] = {}
        for c in data["candidates"]:
            cand = Candidate(
                name=c["name"], role_id=role.id, email=c.get("email", ""),
                phone=c.get("phone", ""), stage=c.get("stage", ""),
                first_round_summary=c.get("first_round_summary", ""),
                concerns=[Concern(text=x["text"], question_id=q_by_ref[x["question_ref"]].id
                                  if x.get("question_ref") in q_by_ref else None)
                          for x in c.get("concerns", [])])
            desk.catalog.save_candidate(cand)
            candidates[c["key"]] = cand

        for s in data["sessions"]:
            _demo_session(desk, s, candidates, role.id, kit.id, comp_by_key, q_by_ref, now)


def _demo_session(desk: Desk, s: dict[str, Any], candidates: dict[str, Candidate],
                  role_id: str, kit_id: str, comp_by_key: dict[str, Any],
                  q_by_ref: dict[str, Any], now: datetime) -> None:
    hh, mm = (int(x) for x in s.get("time", "10:00").split(":"))
    day = (now - timedelta(days=s.get("days_ago", 0))).date()
    # The planned time is local wall-clock time (as the planner stores it); stamps are UTC.
    start = datetime.combine(day, time(hh, mm)).astimezone().astimezone(UTC)
    cand = candidates[s["candidate"]]
    session = Session(candidate_id=cand.id, role_id=role_id, kit_id=kit_id,
                      scheduled_at=datetime.combine(day, time(hh, mm)).isoformat(
                          timespec="minutes"), location=s.get("location", ""),
                      planned_minutes=s.get("planned_minutes", 60),
                      status=SessionStatus(s["status"]))
    panel = {p["key"]: Panelist(name=p["name"], panel_role=p.get("panel_role", ""),
                                is_lead=bool(p.get("lead"))) for p in s["panelists"]}
    assignments = {q_by_ref[ref].id: panel[pk].id
                   for ref, pk in s.get("assignments", {}).items() if ref in q_by_ref}
    desk.sessions.plan(session, list(panel.values()), assignments)
    db = desk.db
    stamp = _iso(start)
    if session.status is not SessionStatus.PLANNED:
        desk.sessions.sessions.update_fields(session.id, started_at=stamp)
    notes = NoteRepository(db)
    note_ids: dict[tuple[str, str], str] = {}
    for n in s.get("notes", []):
        note = Note(session_id=session.id, panelist_id=panel[n["panelist"]].id,
                    question_id=q_by_ref[n["question_ref"]].id, text=n.get("text", ""),
                    situation=n.get("situation", ""), task=n.get("task", ""),
                    action=n.get("action", ""), result=n.get("result", ""),
                    competency_keys=list(n.get("competencies", [])), state=NoteState.ASKED)
        notes.save(note)
        note_ids[(n["panelist"], n["question_ref"])] = note.id
    for ref in s.get("preview_covered", []):
        lead = next(p for p in panel.values() if p.is_lead)
        notes.save(Note(session_id=session.id, panelist_id=lead.id,
                        question_id=q_by_ref[ref].id, state=NoteState.ASKED))
    live = LiveRepository(db)
    for f in s.get("flags", []):
        minute = int(f.get("minute", 0))
        live.add_flag(Flag(
            session_id=session.id, panelist_id=panel[f["panelist"]].id,
            question_id=q_by_ref[f["question_ref"]].id if f.get("question_ref") else None,
            kind=FlagKind(f["kind"]), text=f.get("text", ""), elapsed_seconds=minute * 60,
            flagged_at=_iso(start + timedelta(minutes=minute))), stamped_at=stamp)
    for cq in s.get("candidate_questions", []):
        live.save_candidate_question(CandidateQuestion(
            session_id=session.id, panelist_id=panel[cq["panelist"]].id, text=cq["text"],
            answer=cq.get("answer", "")), stamped_at=stamp)
    for ca in s.get("concerns_addressed", []):
        concern = cand.concerns[ca["concern_index"]]
        live.set_concern_check(session.id, concern.id, ConcernCheck(
            concern_id=concern.id, panelist_id=panel[ca["panelist"]].id,
            note_id=note_ids.get((ca["panelist"], ca.get("question_ref", ""))),
            addressed_at=stamp), stamped_at=stamp)
    cards = ScorecardRepository(db)
    for sc in s.get("scorecards", []):
        ratings = {}
        for key, r in sc["ratings"].items():
            comp = comp_by_key[key]
            ratings[comp.id] = Rating(competency_id=comp.id, rating=r.get("rating"),
                                      no_evidence=r.get("rating") is None,
                                      evidence=r.get("evidence", ""))
        submitted = start + timedelta(hours=sc.get("submitted_hours_after", 2))
        cards.save(Scorecard(session_id=session.id, panelist_id=panel[sc["panelist"]].id,
                             ratings=ratings, recommendation=Recommendation(sc["recommendation"]),
                             takeaways=sc.get("takeaways", ""), submitted_at=_iso(submitted)))
    if "decision" in s:
        d = s["decision"]
        informed = d.get("candidate_informed_days_after")
        due = d.get("follow_up_due_days_after")
        DecisionRepository(db).save(Decision(
            session_id=session.id, outcome=Outcome(d["outcome"]),
            rationale=d.get("rationale", ""), decided_by=panel[d["decided_by"]].name,
            decided_at=_iso(start + timedelta(days=d.get("days_after", 1))),
            follow_up_due=(start + timedelta(days=due)).date().isoformat()
            if due is not None else None,
            candidate_informed_at=_iso(start + timedelta(days=informed))
            if informed is not None else None))
    if session.status is SessionStatus.LIVE and s.get("notes"):
        # Mid-interview: the clock and the current question stand where the notes stop.
        order = list(q_by_ref)
        last = max(order.index(n["question_ref"]) for n in s["notes"])
        done = [q_by_ref[ref] for ref in order[:last + 1]]
        desk.sessions.sessions.update_fields(
            session.id, elapsed_seconds=sum(q.minutes for q in done) * 60,
            current_question_id=q_by_ref[order[min(last + 1, len(order) - 1)]].id)
    if session.status in (SessionStatus.COMPLETED, SessionStatus.DECIDED):
        desk.sessions.sessions.update_fields(
            session.id, ended_at=_iso(start + timedelta(minutes=session.planned_minutes)),
            elapsed_seconds=session.planned_minutes * 60)
