"""Reading everything stored about one session, for the read model (``domain/debrief.py``).

One reader so the debrief, the reports and the exports load the same rows the same way. It
reads any number of sessions in a fixed number of statements (a role's thousand sessions
must not cost a hundred queries each); one session is the case of a list of one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from interview_desk.domain.debrief import (
    AdhocRow,
    CandidateQuestionRow,
    ConcernCheckRow,
    FlagRow,
    SessionRows,
)
from interview_desk.domain.live import LookForTick
from interview_desk.domain.model import FlagKind, Kit, Role
from interview_desk.domain.override import OverridePolicy
from interview_desk.domain.structure import PeerKits
from interview_desk.storage.debrief_repositories import DebriefRepository
from interview_desk.storage.errors import NotFoundError
from interview_desk.storage.handle import Database
from interview_desk.storage.repositories import (
    CandidateRepository,
    DecisionRepository,
    KitRepository,
    NoteRepository,
    RoleRepository,
    ScorecardRepository,
    SessionRepository,
    _session_from_row,
    ids_param,
    in_ids,
)
from interview_desk.storage.scorecard_repositories import AmendmentRepository
from interview_desk.storage.transcript_repositories import TranscriptRepository


def _grouped(rows: Iterable[dict[str, Any]], make: Any) -> dict[str, list[Any]]:
    """Rows -> {session id: [made row, ...]}, keeping the rows' order within each session."""
    out: dict[str, list[Any]] = {}
    for r in rows:
        out.setdefault(r["session_id"], []).append(make(r))
    return out


class SessionRowsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.sessions = SessionRepository(db)

    def generation(self) -> tuple[int, int] | None:
        """A value that changes whenever anything is written to the database after it is
        read: by another connection or process (``PRAGMA data_version``, which sees every
        commit but this connection's own) or by this connection (its total of changed rows).
        A cache of figures read from the rows is good for as long as it stays the same.
        ``None`` inside a transaction: what it reads may yet be rolled back."""
        if self.db.conn.in_transaction:
            return None
        other = self.db.execute("PRAGMA data_version").fetchone()[0]
        return int(other), self.db.conn.total_changes

    def session_ids_for_role(self, role_id: str) -> list[str]:
        """Sessions planned with any version of the role, oldest first."""
        family = RoleRepository(self.db).family_ids(role_id)
        marks = ",".join("?" for _ in family) or "''"
        return [r["id"] for r in self.db.query(
            f"SELECT id FROM sessions WHERE role_id IN ({marks}) ORDER BY scheduled_at, id",
            family)]

    def load(self, session_id: str) -> SessionRows:
        return self.load_many([session_id])[0]

    def load_many(self, session_ids: Sequence[str], *, notes: bool = True,
                  ) -> list[SessionRows]:
        """The rows of each session, in the order given; a missing one raises NotFoundError.

        ``notes=False`` leaves the notes out, for views across many sessions that show
        figures only (the role comparison): a role's notes are hundreds of megabytes.
        """
        db = self.db
        ids = ids_param(session_ids)
        stored = self.sessions.rows(session_ids)
        for sid in session_ids:
            if sid not in stored:
                raise NotFoundError("session", sid)
        sessions = {sid: _session_from_row(r) for sid, r in stored.items()}
        # The role version the session was planned with: its weights and anchors, frozen.
        # Roles and kits are few and shared by many sessions: each is read once.
        roles: dict[str, Role] = {}
        kits: dict[str, Kit] = {}
        peer_kits: dict[str, PeerKits] = {}
        role_repo, kit_repo, debrief = RoleRepository(db), KitRepository(db), DebriefRepository(db)
        for s in sessions.values():
            if s.role_id not in roles:
                roles[s.role_id] = role_repo.get(s.role_id)
                peer_kits[s.role_id] = PeerKits.of(debrief.peer_kits(s.role_id))
            if s.kit_id not in kits:
                kits[s.kit_id] = kit_repo.get(s.kit_id)
        candidates = CandidateRepository(db).get_many({s.candidate_id for s in sessions.values()})
        reasons: dict[str, str] = {}
        for sid, reason in db.execute(
                "SELECT session_id, reason FROM seal_events WHERE action = 'unsealed' AND "
                f"{in_ids('session_id')} ORDER BY at, id", [ids]):
            reasons[sid] = reason or ""  # the last one wins
        panels = self.sessions.panels(session_ids)
        cards = ScorecardRepository(db).for_sessions(session_ids)
        amendments = AmendmentRepository(db).for_sessions(session_ids)
        decisions = DecisionRepository(db).for_sessions(session_ids)
        texts = NoteRepository(db).for_sessions(session_ids) if notes else {}
        flags = _grouped(db.query(
            f"SELECT * FROM flags WHERE {in_ids('session_id')} "
            "ORDER BY elapsed_seconds, flagged_at, id", [ids]),
            lambda r: FlagRow(r["id"], r["panelist_id"], r["question_id"],
                              FlagKind(r["kind"]), r["text"], int(r["elapsed_seconds"])))
        adhoc = _grouped(db.query(
            f"SELECT * FROM adhoc_questions WHERE {in_ids('session_id')} "
            "ORDER BY created_at, id", [ids]),
            lambda r: AdhocRow(r["id"], r["panelist_id"], r["text"], r["after_question_id"]))
        asked = _grouped(db.query(
            f"SELECT * FROM candidate_questions WHERE {in_ids('session_id')} "
            "ORDER BY created_at, id", [ids]),
            lambda r: CandidateQuestionRow(r["id"], r["panelist_id"], r["text"], r["answer"]))
        checks = _grouped(db.query(
            f"SELECT * FROM concern_checks WHERE {in_ids('session_id')}", [ids]),
            lambda r: ConcernCheckRow(r["concern_id"], r["panelist_id"], r["note_id"],
                                      r["addressed_at"]))
        ticks = _grouped(db.query(
            f"SELECT * FROM look_for_ticks WHERE {in_ids('session_id')} "
            "ORDER BY elapsed_seconds, created_at", [ids]),
            lambda r: LookForTick(session_id=r["session_id"], panelist_id=r["panelist_id"],
                                  question_id=r["question_id"], look_for=r["look_for"],
                                  elapsed_seconds=r["elapsed_seconds"], id=r["id"]))
        speaking = _grouped(db.query(
            f"SELECT session_id, id FROM panelists WHERE {in_ids('session_id')} "
            "AND speaking_position IS NOT NULL ORDER BY speaking_position, position", [ids]),
            lambda r: r["id"])
        follow_ups: dict[str, str] = {}
        for of, sid in db.execute(
                f"SELECT follow_up_of, id FROM sessions WHERE {in_ids('follow_up_of')} "
                "ORDER BY created_at, id", [ids]):
            follow_ups.setdefault(of, sid)  # the first, as DebriefRepository.follow_up_of
        assignments = self.sessions.assignments_of(session_ids)
        transcripts = TranscriptRepository(db)
        consents = transcripts.consents_of(session_ids)
        segments = transcripts.segments_of(session_ids)
        pins = transcripts.pins_of(session_ids)
        out = []
        for sid in session_ids:
            session, row, role = sessions[sid], stored[sid], roles[sessions[sid].role_id]
            candidate = candidates.get(session.candidate_id)
            if candidate is None:
                raise NotFoundError("candidate", session.candidate_id)
            out.append(SessionRows(
                session=session, candidate=candidate,
                role_name=role.name, role_description=role.description,
                competencies=tuple(role.competencies), kit=kits[session.kit_id],
                panel=tuple(panels.get(sid, ())), scorecards=tuple(cards.get(sid, ())),
                amendments=tuple(amendments.get(sid, ())), decision=decisions.get(sid),
                notes=tuple(texts.get(sid, ())), flags=tuple(flags.get(sid, ())),
                adhoc=tuple(adhoc.get(sid, ())),
                candidate_questions=tuple(asked.get(sid, ())),
                concern_checks=tuple(checks.get(sid, ())),
                look_for_ticks=tuple(ticks.get(sid, ())),
                assignments=assignments.get(sid, {}),
                started_at=row["started_at"], ended_at=row["ended_at"],
                unsealed_at=row["unsealed_at"], unsealed_by=row["unsealed_by"],
                unseal_reason=reasons.get(sid, ""),
                policy=OverridePolicy(role.hire_below, role.no_hire_above),
                speaking_order=tuple(speaking.get(sid, ())),
                peer_kits=peer_kits[session.role_id],
                follow_up_id=follow_ups.get(sid),
                consent=consents.get(sid), segments=tuple(segments.get(sid, ())),
                pins=tuple(pins.get(sid, ()))))
        return out
