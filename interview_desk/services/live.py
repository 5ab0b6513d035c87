"""The live session: what one panelist sees and writes while the candidate talks.

Every write here is one small statement (no read-modify-write) so that autosave can run it on
the app's writer connection without ever waiting on the UI. Ids are minted by the
caller, so the screen can show a flag or a note before the database has confirmed it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from interview_desk.domain.model import (
    Candidate,
    Competency,
    FlagKind,
    Kit,
    Note,
    Panelist,
    Question,
    QuestionType,
    Role,
    Section,
    SectionKind,
    SessionStatus,
    new_id,
    utc_now,
)
from interview_desk.storage.errors import NotFoundError, ValidationError
from interview_desk.storage.repositories import (
    CandidateRepository,
    KitRepository,
    NoteRepository,
    RoleRepository,
    SessionRepository,
)


@dataclass
class Flag:
    """A moment flagged during the session, stamped with wall clock and session clock."""

    session_id: str
    panelist_id: str
    kind: FlagKind
    question_id: str | None = None
    text: str = ""
    elapsed_seconds: int = 0
    flagged_at: str = field(default_factory=utc_now)
    id: str = field(default_factory=new_id)


@dataclass
class AdhocQuestion:
    """A question asked on the fly; notes attach to it by its id like a kit question."""

    session_id: str
    panelist_id: str
    text: str
    after_question_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass
class CandidateQuestion:
    """What the candidate asked (evidence too), and what the panel answered."""

    session_id: str
    panelist_id: str
    text: str
    answer: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class ConcernCheck:
    concern_id: str
    panelist_id: str | None
    note_id: str | None
    addressed_at: str = field(default_factory=utc_now)


@dataclass
class Clock:
    """The session's clock as stored on the session row."""

    status: SessionStatus = SessionStatus.PLANNED
    started_at: str | None = None
    ended_at: str | None = None
    elapsed_seconds: int = 0
    current_question_id: str | None = None


@dataclass
class AgendaItem:
    """One stop in the session: a kit question, or an ad-hoc question after one."""

    id: str
    text: str
    section: Section
    question: Question | None = None
    adhoc: AdhocQuestion | None = None

    @property
    def qtype(self) -> QuestionType:
        return self.question.qtype if self.question else QuestionType.GENERAL

    @property
    def minutes(self) -> int:
        return self.question.minutes if self.question else 0

    @property
    def is_talking_point(self) -> bool:
        return self.qtype is QuestionType.TALKING_POINT or (
            self.question is not None and self.section.kind is SectionKind.PREVIEW)


@dataclass
class LiveSession:
    """Everything the live view shows, loaded once; the view mutates it and saves changes."""

    session_id: str
    candidate: Candidate
    role: Role
    kit: Kit
    panel: list[Panelist]
    panelist: Panelist
    assignments: dict[str, str]
    planned_minutes: int
    clock: Clock
    notes: dict[str, Note]
    seconds_spent: dict[str, int]
    other_notes: list[Note]
    flags: list[Flag]
    adhoc: list[AdhocQuestion]
    candidate_questions: list[CandidateQuestion]
    concern_checks: dict[str, ConcernCheck]

    def note(self, question_id: str) -> Note:
        """This panelist's note on a question, created in memory on first use."""
        note = self.notes.get(question_id)
        if note is None:
            note = Note(session_id=self.session_id, panelist_id=self.panelist.id,
                        question_id=question_id)
            self.notes[question_id] = note
        return note

    def agenda(self) -> list[AgendaItem]:
        """Kit questions in order, each followed by the ad-hoc questions added after it."""
        after: dict[str | None, list[AdhocQuestion]] = {}
        for a in self.adhoc:
            after.setdefault(a.after_question_id, []).append(a)
        items: list[AgendaItem] = []
        known: set[str] = set()

        def add_adhoc(anchor: str, section: Section) -> None:
            for a in after.get(anchor, []):
                items.append(AgendaItem(a.id, a.text, section, adhoc=a))
                known.add(a.id)
                add_adhoc(a.id, section)

        for s in self.kit.sections:
            for q in s.questions:
                items.append(AgendaItem(q.id, q.text, s, question=q))
                known.add(q.id)
                add_adhoc(q.id, s)
        # Ad-hoc questions whose anchor is unknown still show, at the end.
        tail = self.kit.sections[-1] if self.kit.sections else Section(title="")
        for a in self.adhoc:
            if a.id not in known:
                items.append(AgendaItem(a.id, a.text, tail, adhoc=a))
        return items

    def visible_concerns(self) -> list[Any]:
        """First-round concerns this panelist may see (some are for the lead's eyes only)."""
        return [c for c in self.candidate.concerns if self.panelist.is_lead or not c.lead_only]

    def asker(self, question_id: str) -> Panelist | None:
        pid = self.assignments.get(question_id)
        return next((p for p in self.panel if p.id == pid), None)

    def uncovered(self) -> list[Competency]:
        """Competencies of the role with no evidence yet, from any panelist's notes."""
        notes = [n for n in self.other_notes if n.panelist_id != self.panelist.id]
        return uncovered(self.role.competencies, self.kit.questions(), [
            *notes, *self.notes.values()])


def uncovered(competencies: list[Competency], questions: list[Question],
              notes: list[Note]) -> list[Competency]:
    """Competencies that no non-empty note speaks to yet.

    A note is evidence for the competencies it was tagged with and for those its question
    measures; an empty note (a question merely ticked) is evidence of nothing.
    """
    measures = {q.id: q.competency_keys for q in questions}
    covered: set[str] = set()
    for n in notes:
        if n.is_empty():
            continue
        covered.update(n.competency_keys)
        covered.update(measures.get(n.question_id, []))
    return [c for c in competencies if c.key not in covered]


_NOTE_UPSERT = """
INSERT INTO notes (id, session_id, panelist_id, question_id, text, situation, task, action,
                   result, competency_keys, state, seconds_spent, created_at, updated_at)
VALUES (:id, :session_id, :panelist_id, :question_id, :text, :situation, :task, :action,
        :result, :competency_keys, :state, :seconds_spent, :now, :now)
ON CONFLICT (session_id, panelist_id, question_id) DO UPDATE SET
    text = excluded.text, situation = excluded.situation, task = excluded.task,
    action = excluded.action, result = excluded.result,
    competency_keys = excluded.competency_keys, state = excluded.state,
    seconds_spent = excluded.seconds_spent, updated_at = excluded.updated_at
"""


class LiveService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.sessions = SessionRepository(db)
        self.kits = KitRepository(db)
        self.roles = RoleRepository(db)
        self.candidates = CandidateRepository(db)
        self.notes = NoteRepository(db)

    # reading -------------------------------------------------------------------------------

    def open(self, session_id: str, panelist_id: str | None = None) -> LiveSession:
        """Load a session for one panelist (the lead when none is named)."""
        row = self.sessions.row(session_id)
        panel = self.sessions.panel(session_id)
        if not panel:
            raise ValidationError("This session has no panel.")
        if panelist_id is None:
            panelist = next((p for p in panel if p.is_lead), panel[0])
        else:
            found = next((p for p in panel if p.id == panelist_id), None)
            if found is None:
                raise NotFoundError("panelist in this session", panelist_id)
            panelist = found
        all_notes = self.notes.for_session(session_id)
        spent = {r["question_id"]: r["seconds_spent"] for r in self.db.query(
            "SELECT question_id, seconds_spent FROM notes WHERE session_id = ? "
            "AND panelist_id = ?", [session_id, panelist.id])}
        return LiveSession(
            session_id=session_id,
            candidate=self.candidates.get(row["candidate_id"]),
            role=self.roles.get(row["role_id"]),
            kit=self.kits.get(row["kit_id"]),
            panel=panel, panelist=panelist,
            assignments=self.sessions.assignments(session_id),
            planned_minutes=row["planned_minutes"],
            clock=Clock(status=SessionStatus(row["status"]), started_at=row["started_at"],
                        ended_at=row["ended_at"], elapsed_seconds=row["elapsed_seconds"],
                        current_question_id=row["current_question_id"]),
            notes={n.question_id: n for n in all_notes if n.panelist_id == panelist.id},
            seconds_spent=spent,
            other_notes=[n for n in all_notes if n.panelist_id != panelist.id],
            flags=self.flags(session_id, panelist.id),
            adhoc=[AdhocQuestion(session_id=r["session_id"], panelist_id=r["panelist_id"],
                                 text=r["text"], after_question_id=r["after_question_id"],
                                 id=r["id"])
                   for r in self.db.query(
                       "SELECT * FROM adhoc_questions WHERE session_id = ? "
                       "ORDER BY created_at", [session_id])],
            candidate_questions=[
                CandidateQuestion(session_id=r["session_id"], panelist_id=r["panelist_id"],
                                  text=r["text"], answer=r["answer"], id=r["id"])
                for r in self.db.query(
                    "SELECT * FROM candidate_questions WHERE session_id = ? "
                    "ORDER BY created_at", [session_id])],
            concern_checks={
                r["concern_id"]: ConcernCheck(concern_id=r["concern_id"],
                                              panelist_id=r["panelist_id"],
                                              note_id=r["note_id"],
                                              addressed_at=r["addressed_at"])
                for r in self.db.query(
                    "SELECT * FROM concern_checks WHERE session_id = ?", [session_id])},
        )

    def flags(self, session_id: str, panelist_id: str | None = None) -> list[Flag]:
        sql = "SELECT * FROM flags WHERE session_id = ?"
        params: list[Any] = [session_id]
        if panelist_id is not None:
            sql += " AND panelist_id = ?"
            params.append(panelist_id)
        return [Flag(session_id=r["session_id"], panelist_id=r["panelist_id"],
                     kind=FlagKind(r["kind"]), question_id=r["question_id"], text=r["text"],
                     elapsed_seconds=r["elapsed_seconds"], flagged_at=r["flagged_at"],
                     id=r["id"])
                for r in self.db.query(sql + " ORDER BY flagged_at", params)]

    def coverage(self, session_id: str) -> list[Competency]:
        """Competencies of the session's role with no evidence yet in any note."""
        row = self.sessions.row(session_id)
        kit = self.kits.get(row["kit_id"])
        return uncovered(self.roles.competencies(row["role_id"]), kit.questions(),
                         self.notes.for_session(session_id))

    # writing: each one statement ---------------------------------------------------------

    def save_note(self, note: Note, seconds_spent: int = 0) -> None:
        """Insert or update the one note per (session, panelist, question)."""
        with self.db.atomic():
            self.db.conn.execute(_NOTE_UPSERT, {
                "id": note.id, "session_id": note.session_id, "panelist_id": note.panelist_id,
                "question_id": note.question_id, "text": note.text,
                "situation": note.situation, "task": note.task, "action": note.action,
                "result": note.result,
                "competency_keys": json.dumps(note.competency_keys, ensure_ascii=False),
                "state": note.state.value, "seconds_spent": seconds_spent, "now": utc_now()})

    def note_id(self, session_id: str, panelist_id: str, question_id: str) -> str | None:
        row = self.db.execute(
            "SELECT id FROM notes WHERE session_id = ? AND panelist_id = ? AND question_id = ?",
            [session_id, panelist_id, question_id]).fetchone()
        return row[0] if row else None

    def add_flag(self, flag: Flag) -> None:
        now = utc_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT OR IGNORE INTO flags (id, session_id, panelist_id, question_id, kind, "
                "text, elapsed_seconds, flagged_at, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [flag.id, flag.session_id, flag.panelist_id, flag.question_id,
                 flag.kind.value, flag.text, flag.elapsed_seconds, flag.flagged_at, now, now])

    def add_adhoc_question(self, q: AdhocQuestion) -> None:
        if not q.text.strip():
            raise ValidationError("An ad-hoc question needs some text.")
        now = utc_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT OR IGNORE INTO adhoc_questions (id, session_id, panelist_id, text, "
                "after_question_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [q.id, q.session_id, q.panelist_id, q.text, q.after_question_id, now, now])

    def save_candidate_question(self, q: CandidateQuestion) -> None:
        if not q.text.strip():
            raise ValidationError("The candidate's question needs some text.")
        now = utc_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT INTO candidate_questions (id, session_id, panelist_id, text, answer, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET text = excluded.text, "
                "answer = excluded.answer, updated_at = excluded.updated_at",
                [q.id, q.session_id, q.panelist_id, q.text, q.answer, now, now])

    def set_concern_addressed(self, session_id: str, check: ConcernCheck | None,
                              concern_id: str) -> None:
        """Mark a first-round concern addressed (linked to a note), or clear it (None)."""
        with self.db.atomic():
            if check is None:
                self.db.conn.execute(
                    "DELETE FROM concern_checks WHERE session_id = ? AND concern_id = ?",
                    [session_id, concern_id])
                return
            now = utc_now()
            self.db.conn.execute(
                "INSERT INTO concern_checks (id, session_id, concern_id, panelist_id, note_id, "
                "addressed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (session_id, concern_id) DO UPDATE SET "
                "panelist_id = excluded.panelist_id, note_id = excluded.note_id, "
                "addressed_at = excluded.addressed_at, updated_at = excluded.updated_at",
                [new_id(), session_id, concern_id, check.panelist_id, check.note_id,
                 check.addressed_at, now, now])

    def save_clock(self, session_id: str, clock: Clock) -> None:
        """Store status, start/end stamps, elapsed seconds and the current question."""
        with self.db.atomic():
            cur = self.db.conn.execute(
                "UPDATE sessions SET status = ?, started_at = ?, ended_at = ?, "
                "elapsed_seconds = ?, current_question_id = ?, updated_at = ? WHERE id = ?",
                [clock.status.value, clock.started_at, clock.ended_at, clock.elapsed_seconds,
                 clock.current_question_id, utc_now(), session_id])
            if cur.rowcount == 0:
                raise NotFoundError("session", session_id)


def start_clock(clock: Clock) -> None:
    """Starting (or resuming) makes a planned session live and stamps its first start."""
    if clock.status is SessionStatus.PLANNED:
        clock.status = SessionStatus.LIVE
    if clock.started_at is None:
        clock.started_at = utc_now()


def end_clock(clock: Clock) -> None:
    if clock.status in (SessionStatus.PLANNED, SessionStatus.LIVE):
        clock.status = SessionStatus.COMPLETED
    clock.ended_at = clock.ended_at or utc_now()

