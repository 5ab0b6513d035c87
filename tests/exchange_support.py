"""Builders shared by the panel-file tests: a planned session, panelists' work, file helpers."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview_desk.domain.live import LookForTick
from interview_desk.domain.model import (
    Candidate,
    Concern,
    FlagKind,
    Note,
    NoteState,
    Panelist,
    Rating,
    Recommendation,
    Scorecard,
    Session,
    new_id,
    utc_now,
)
from interview_desk.domain.transcript import (
    Consent,
    ConsentMethod,
    ConsentScope,
    HeardSegment,
    StarPart,
)
from interview_desk.exchange.panel_file import checksum, sign
from interview_desk.exchange.signing import SigningKey, load_key
from interview_desk.paths import signing_key_path
from interview_desk.services.desk import Desk
from interview_desk.storage.repositories import NoteRepository, ScorecardRepository
from interview_desk.storage.schema import FIND_TABLES
from tests.helpers import dump


@dataclass
class Planned:
    session_id: str
    lead_id: str
    bob_id: str
    carol_id: str
    question_ids: list[str]
    competency_ids: list[str]
    concern_ids: list[str]  # visible to the panel
    lead_only_concern_id: str
    role_id: str
    # question id -> the look-fors the shipped kit lists for it (questions without any left out)
    look_fors: dict[str, list[str]]


def plan_session(desk: Desk, *, hire_below: float | None = None,
                 no_hire_above: float | None = None) -> Planned:
    """A role from the shipped kit (with the override thresholds given), a candidate with a
    lead-only concern, a panel of three."""
    kit = desk.catalog.kits.latest_versions()[0]
    role = desk.catalog.role_from_kit(kit, "Platform Engineer")
    if hire_below is not None or no_hire_above is not None:
        role.hire_below, role.no_hire_above = hire_below, no_hire_above
        role = desk.catalog.save_role(role)
    questions = kit.questions()
    open_concern = Concern(text="Little production on-call experience",
                           question_id=questions[2].id)
    second = Concern(text="Scope of the last role unclear")
    secret = Concern(text="Salary expectation above band", lead_only=True)
    cand = Candidate(name="Zoë Ångström", role_id=role.id,
                     first_round_summary="Strong systems design; <unsure> about on-call & scope.",
                     concerns=[open_concern, second, secret])
    desk.catalog.save_candidate(cand)
    lead = Panelist(name="Ingrid Lead", panel_role="Hiring manager", is_lead=True)
    bob = Panelist(name="Bob Peer", panel_role="Peer engineer")
    carol = Panelist(name="Carol HR", panel_role="HR partner")
    session = Session(candidate_id=cand.id, role_id=role.id, kit_id=kit.id,
                      scheduled_at="2026-11-20T10:00:00.000000+00:00", location="Room 3")
    desk.sessions.plan(session, [lead, bob, carol], {
        questions[0].id: lead.id, questions[1].id: bob.id, questions[2].id: carol.id})
    return Planned(session.id, lead.id, bob.id, carol.id, [q.id for q in questions],
                   [c.id for c in role.competencies], [open_concern.id, second.id], secret.id,
                   role.id, {q.id: list(q.look_fors) for q in questions if q.look_fors})


def do_panelist_work(desk: Desk, p: Planned, panelist_id: str, words: str,
                     *, submit: bool = True, rating: int = 3, concern: int = 0) -> None:
    """Notes, a flag, a candidate question, a concern check and a scorecard, as the app does."""
    notes = NoteRepository(desk.db)
    first = Note(session_id=p.session_id, panelist_id=panelist_id, question_id=p.question_ids[1],
                 text=f"{words}: answered with =SUM(A1) & <b>", situation="Black Friday outage",
                 task="restore checkout", action="rolled back", result="15 min downtime",
                 state=NoteState.ASKED)
    notes.save(first)
    notes.save(Note(session_id=p.session_id, panelist_id=panelist_id,
                    question_id=p.question_ids[2], text=f"{words} 😀 on-call story"))
    ticked = p.question_ids[2]
    desk.live.set_look_for(LookForTick(session_id=p.session_id, panelist_id=panelist_id,
                                       question_id=ticked, look_for=p.look_fors[ticked][0],
                                       elapsed_seconds=420), True)
    now = utc_now()
    with desk.db.atomic():
        desk.db.insert("flags", {
            "id": new_id(), "session_id": p.session_id, "panelist_id": panelist_id,
            "question_id": p.question_ids[1], "kind": FlagKind.STRONG.value,
            "text": f"{words} flag", "elapsed_seconds": 600, "flagged_at": now,
            "created_at": now, "updated_at": now})
        desk.db.insert("candidate_questions", {
            "id": new_id(), "session_id": p.session_id, "panelist_id": panelist_id,
            "text": "What does success look like?", "answer": f"{words} answer",
            "created_at": now, "updated_at": now})
        desk.db.insert("concern_checks", {
            "id": new_id(), "session_id": p.session_id, "concern_id": p.concern_ids[concern],
            "panelist_id": panelist_id, "note_id": first.id, "addressed_at": now,
            "created_at": now, "updated_at": now})
    ratings = {cid: Rating(competency_id=cid, rating=rating, evidence=f"{words} evidence")
               for cid in p.competency_ids[:-1]}
    ratings[p.competency_ids[-1]] = Rating(competency_id=p.competency_ids[-1], no_evidence=True)
    ScorecardRepository(desk.db).save(Scorecard(
        session_id=p.session_id, panelist_id=panelist_id, ratings=ratings,
        recommendation=Recommendation.YES, takeaways=f"{words} takeaways",
        submitted_at=utc_now() if submit else None))


def record_consent(desk: Desk, p: Planned, *, shared: bool = True) -> None:
    """The lead records the candidate's consent to transcription (shared with the lead)."""
    desk.transcripts.record_consent(Consent(
        session_id=p.session_id, candidate_name="Zoë Ångström", method=ConsentMethod.SIGNED,
        scope=ConsentScope.TRANSCRIPT_ONLY, retention_days=90, recorded_by="Ingrid Lead",
        shared_with_lead=shared))


def capture_transcript(desk: Desk, p: Planned, panelist_id: str, words: str) -> list[str]:
    """Two passages heard under two questions (through the transcriber's seam), the second
    pinned for a competency and the first as a STAR part; the segment ids."""
    t = desk.transcripts
    t.open_question(p.session_id, panelist_id, p.question_ids[1], 0)
    t.open_question(p.session_id, panelist_id, p.question_ids[2], 60)
    heard = t.add_heard(p.session_id, panelist_id, [
        HeardSegment(3, 7.5, f"{words}: we rolled back first."),
        HeardSegment(62, 70, f"{words}: then I rebuilt the pipeline.")])
    key = desk.debrief.view(p.session_id).competencies[0].key
    t.pin(heard[1].id, panelist_id, competency_key=key, quote="I rebuilt the pipeline.")
    t.pin(heard[0].id, panelist_id, star_part=StarPart.ACTION)
    return [h.id for h in heard]


def copy_db(src: Path, dst: Path) -> Path:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    a.backup(b)
    a.close()
    b.close()
    return dst


def stable_dump(db_file: Path) -> list[str]:
    """``dump()`` as a sorted list, without the full-text indexes (of notes, and Find's) and
    without when each sender's key was pinned.

    Three things depend on the order rows were inserted and are not data: the hidden rowid
    order in which ``iterdump`` lists rows (hence sorted); the FTS5 shadow tables, indexes
    whose bytes (and, for Find's, rowids) follow insertion order and which are derived from
    the real tables (their consistency is checked instead); and when and by which file each
    sender's key was first pinned (its key is compared). Every other column of every real
    table is compared.
    """
    conn = sqlite3.connect(db_file)
    try:
        conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")
        for fts, _body, _prefix in FIND_TABLES.values():
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    finally:
        conn.close()
    return sorted(_pin_key_only(line) for line in dump(db_file)
                  if "notes_fts" not in line and not line.startswith('INSERT INTO "find_'))


def _pin_key_only(line: str) -> str:
    if not line.startswith('INSERT INTO "signer_pins"'):
        return line
    return ",".join(line.split(",")[:3]) + ")"


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def save(path: Path, data: dict[str, Any], *, reseal: bool = True,
         key: SigningKey | None = None) -> Path:
    """Write a (modified) file; unless ``reseal`` is False, with its checksum recomputed and
    signed again with ``key`` (as the holder of that key could; by default the data folder's
    key, which every laptop of a test shares unless it was given its own)."""
    if reseal:
        data["sha256"] = checksum(data["payload"])
        data = sign(data, key or load_key(signing_key_path()))
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
