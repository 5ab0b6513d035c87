"""The live session: what one panelist sees and writes while the candidate talks.

Every write here is one small statement of a repository (no read-modify-write) so that
autosave can run it on the app's writer connection without ever waiting on the UI. Ids are
minted by the caller, so the screen can show a flag or a note before the database has
confirmed it. What the live view shows (``LiveSession``), its records and its rules live in
``domain.live``.
"""

from __future__ import annotations

from interview_desk.domain.live import (
    AdhocQuestion,
    CandidateQuestion,
    Clock,
    ConcernCheck,
    Flag,
    LiveSession,
    LookForTick,
    uncovered,
)
from interview_desk.domain.model import Competency, Note
from interview_desk.domain.rules import adhoc_question_problem, candidate_question_problem
from interview_desk.domain.transcript import QuestionOpened
from interview_desk.storage.errors import NotFoundError, ValidationError
from interview_desk.storage.handle import Database
from interview_desk.storage.live_repositories import LiveRepository
from interview_desk.storage.repositories import (
    CandidateRepository,
    KitRepository,
    NoteRepository,
    RoleRepository,
    SessionRepository,
)
from interview_desk.storage.transcript_repositories import TranscriptRepository


class LiveService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.sessions = SessionRepository(db)
        self.kits = KitRepository(db)
        self.roles = RoleRepository(db)
        self.candidates = CandidateRepository(db)
        self.notes = NoteRepository(db)
        self.live = LiveRepository(db)
        self.transcripts = TranscriptRepository(db)

    # reading -------------------------------------------------------------------------------

    def open(self, session_id: str, panelist_id: str | None = None) -> LiveSession:
        """Load a session for one panelist (the lead when none is named)."""
        session = self.sessions.get(session_id)
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
        return LiveSession(
            session_id=session_id,
            candidate=self.candidates.get(session.candidate_id),
            role=self.roles.get(session.role_id),
            kit=self.kits.get(session.kit_id),
            panel=panel, panelist=panelist,
            assignments=self.sessions.assignments(session_id),
            planned_minutes=session.planned_minutes,
            clock=self.live.clock(session_id),
            notes={n.question_id: n for n in all_notes if n.panelist_id == panelist.id},
            seconds_spent=self.notes.seconds_spent(session_id, panelist.id),
            other_notes=[n for n in all_notes if n.panelist_id != panelist.id],
            flags=self.flags(session_id, panelist.id),
            adhoc=self.live.adhoc_questions(session_id),
            candidate_questions=self.live.candidate_questions(session_id),
            concern_checks=self.live.concern_checks(session_id),
            look_for_ticks={(t.question_id, t.look_for): t
                            for t in self.live.look_for_ticks(session_id, panelist.id)},
        )

    def flags(self, session_id: str, panelist_id: str | None = None) -> list[Flag]:
        return self.live.flags(session_id, panelist_id)

    def coverage(self, session_id: str) -> list[Competency]:
        """Competencies of the session's role with no evidence yet in any note."""
        session = self.sessions.get(session_id)
        kit = self.kits.get(session.kit_id)
        return uncovered(self.roles.competencies(session.role_id), kit.questions(),
                         self.notes.for_session(session_id))

    # writing: each one statement ---------------------------------------------------------

    def save_note(self, note: Note, seconds_spent: int = 0) -> None:
        """Insert or update the one note per (session, panelist, question)."""
        self.notes.save(note, seconds_spent)

    def note_id(self, session_id: str, panelist_id: str, question_id: str) -> str | None:
        return self.notes.note_id(session_id, panelist_id, question_id)

    def add_flag(self, flag: Flag) -> None:
        self.live.add_flag(flag)

    def set_look_for(self, tick: LookForTick, ticked: bool) -> None:
        """Tick a look-for (seen, at the tick's session time), or take the tick back."""
        if ticked:
            self.live.tick_look_for(tick)
        else:
            self.live.untick_look_for(tick.session_id, tick.panelist_id, tick.question_id,
                                      tick.look_for)

    def add_adhoc_question(self, q: AdhocQuestion) -> None:
        problem = adhoc_question_problem(q)
        if problem is not None:
            raise ValidationError(problem.message)
        self.live.add_adhoc_question(q)

    def save_candidate_question(self, q: CandidateQuestion) -> None:
        problem = candidate_question_problem(q)
        if problem is not None:
            raise ValidationError(problem.message)
        self.live.save_candidate_question(q)

    def set_concern_addressed(self, session_id: str, check: ConcernCheck | None,
                              concern_id: str) -> None:
        """Mark a first-round concern addressed (linked to a note), or clear it (None)."""
        if check is None:
            self.live.clear_concern_check(session_id, concern_id)
        else:
            self.live.set_concern_check(session_id, concern_id, check)

    def save_clock(self, session_id: str, clock: Clock) -> None:
        """Store status, start/end stamps, elapsed seconds and the current question."""
        self.live.save_clock(session_id, clock)

    def open_question(self, session_id: str, opened: QuestionOpened, entry_id: str) -> None:
        """Record that the panelist opened a question at a moment of the session clock: the
        timeline transcript segments (live or from a recording) are attributed by."""
        self.transcripts.open_question(session_id, opened, entry_id)
