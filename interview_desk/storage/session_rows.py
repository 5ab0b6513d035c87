"""Reading everything stored about one session, for the read model (``domain/debrief.py``).

One reader so the debrief, the reports and the exports load the same rows the same way.
"""

from __future__ import annotations

from sqlite_utils import Database

from interview_desk.domain.debrief import (
    AdhocRow,
    CandidateQuestionRow,
    ConcernCheckRow,
    FlagRow,
    SessionRows,
)
from interview_desk.domain.model import FlagKind
from interview_desk.domain.override import OverridePolicy
from interview_desk.storage.debrief_repositories import DebriefRepository
from interview_desk.storage.live_repositories import LiveRepository
from interview_desk.storage.repositories import (
    CandidateRepository,
    DecisionRepository,
    KitRepository,
    NoteRepository,
    RoleRepository,
    ScorecardRepository,
    SessionRepository,
)
from interview_desk.storage.scorecard_repositories import AmendmentRepository


class SessionRowsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.sessions = SessionRepository(db)

    def session_ids_for_role(self, role_id: str) -> list[str]:
        """Sessions planned with any version of the role, oldest first."""
        family = RoleRepository(self.db).family_ids(role_id)
        marks = ",".join("?" for _ in family) or "''"
        return [r["id"] for r in self.db.query(
            f"SELECT id FROM sessions WHERE role_id IN ({marks}) ORDER BY scheduled_at, id",
            family)]

    def load(self, session_id: str) -> SessionRows:
        db = self.db
        session = self.sessions.get(session_id)
        row = self.sessions.row(session_id)
        # The role version the session was planned with: its weights and anchors, frozen.
        role = RoleRepository(db).get(session.role_id)
        reason = db.execute(
            "SELECT reason FROM seal_events WHERE session_id = ? AND action = 'unsealed' "
            "ORDER BY at DESC, id DESC LIMIT 1", [session_id]).fetchone()
        debrief = DebriefRepository(db)
        return SessionRows(
            session=session, candidate=CandidateRepository(db).get(session.candidate_id),
            role_name=role.name, role_description=role.description,
            competencies=tuple(role.competencies), kit=KitRepository(db).get(session.kit_id),
            panel=tuple(self.sessions.panel(session_id)),
            scorecards=tuple(ScorecardRepository(db).for_session(session_id)),
            amendments=tuple(AmendmentRepository(db).for_session(session_id)),
            decision=DecisionRepository(db).for_session(session_id),
            notes=tuple(NoteRepository(db).for_session(session_id)),
            flags=tuple(FlagRow(r["id"], r["panelist_id"], r["question_id"],
                                FlagKind(r["kind"]), r["text"], int(r["elapsed_seconds"]))
                        for r in db.query(
                            "SELECT * FROM flags WHERE session_id = ? "
                            "ORDER BY elapsed_seconds, flagged_at, id", [session_id])),
            adhoc=tuple(AdhocRow(r["id"], r["panelist_id"], r["text"], r["after_question_id"])
                        for r in db.query(
                            "SELECT * FROM adhoc_questions WHERE session_id = ? "
                            "ORDER BY created_at, id", [session_id])),
            candidate_questions=tuple(
                CandidateQuestionRow(r["id"], r["panelist_id"], r["text"], r["answer"])
                for r in db.query("SELECT * FROM candidate_questions WHERE session_id = ? "
                                  "ORDER BY created_at, id", [session_id])),
            concern_checks=tuple(
                ConcernCheckRow(r["concern_id"], r["panelist_id"], r["note_id"],
                                r["addressed_at"])
                for r in db.query("SELECT * FROM concern_checks WHERE session_id = ?",
                                  [session_id])),
            look_for_ticks=tuple(LiveRepository(db).look_for_ticks(session_id)),
            assignments=self.sessions.assignments(session_id),
            started_at=row["started_at"], ended_at=row["ended_at"],
            unsealed_at=row["unsealed_at"], unsealed_by=row["unsealed_by"],
            unseal_reason=(reason[0] or "") if reason else "",
            policy=OverridePolicy(role.hire_below, role.no_hire_above),
            speaking_order=tuple(debrief.speaking_order(session_id)),
            peer_kits=tuple(debrief.peer_kits(session.role_id)),
            follow_up_id=debrief.follow_up_of(session_id))
