"""Storage of the live session: flags, ad-hoc and candidate questions, concern checks, clock.

Every write is one statement (no read-modify-write), so the autosave writer can run it on its
own connection without ever waiting on the UI. Ids are minted by the caller, so the screen can
show a flag before the database has confirmed it; writing the same record twice is harmless.
"""

from __future__ import annotations

from typing import Any

from interview_desk.domain.live import (
    AdhocQuestion,
    CandidateQuestion,
    Clock,
    ConcernCheck,
    Flag,
    LookForTick,
)
from interview_desk.domain.model import FlagKind, SessionStatus, new_id, utc_now
from interview_desk.storage.errors import NotFoundError
from interview_desk.storage.handle import Database


class LiveRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the clock ------------------------------------------------------------------------

    def clock(self, session_id: str) -> Clock:
        row = self.db.execute(
            "SELECT status, started_at, ended_at, elapsed_seconds, current_question_id "
            "FROM sessions WHERE id = ?", [session_id]).fetchone()
        if row is None:
            raise NotFoundError("session", session_id)
        return Clock(status=SessionStatus(row[0]), started_at=row[1], ended_at=row[2],
                     elapsed_seconds=row[3], current_question_id=row[4])

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

    # --- flags ----------------------------------------------------------------------------

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

    def add_flag(self, flag: Flag, *, stamped_at: str | None = None) -> None:
        """Store a flag once (a second write of the same id changes nothing).

        ``stamped_at`` backdates the row's own stamps (the demo's history); the default is now.
        """
        now = stamped_at or utc_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT OR IGNORE INTO flags (id, session_id, panelist_id, question_id, kind, "
                "text, elapsed_seconds, flagged_at, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [flag.id, flag.session_id, flag.panelist_id, flag.question_id,
                 flag.kind.value, flag.text, flag.elapsed_seconds, flag.flagged_at, now, now])

    # --- look-fors ticked ------------------------------------------------------------------

    def look_for_ticks(self, session_id: str, panelist_id: str | None = None
                       ) -> list[LookForTick]:
        sql = "SELECT * FROM look_for_ticks WHERE session_id = ?"
        params: list[Any] = [session_id]
        if panelist_id is not None:
            sql += " AND panelist_id = ?"
            params.append(panelist_id)
        return [LookForTick(session_id=r["session_id"], panelist_id=r["panelist_id"],
                            question_id=r["question_id"], look_for=r["look_for"],
                            elapsed_seconds=r["elapsed_seconds"], id=r["id"])
                for r in self.db.query(sql + " ORDER BY elapsed_seconds, created_at", params)]

    def tick_look_for(self, tick: LookForTick) -> None:
        """Store a tick once (ticking the same look-for again changes nothing)."""
        now = utc_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT OR IGNORE INTO look_for_ticks (id, session_id, panelist_id, "
                "question_id, look_for, elapsed_seconds, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [tick.id, tick.session_id, tick.panelist_id, tick.question_id, tick.look_for,
                 tick.elapsed_seconds, now, now])

    def untick_look_for(self, session_id: str, panelist_id: str, question_id: str,
                        look_for: str) -> None:
        with self.db.atomic():
            self.db.conn.execute(
                "DELETE FROM look_for_ticks WHERE session_id = ? AND panelist_id = ? "
                "AND question_id = ? AND look_for = ?",
                [session_id, panelist_id, question_id, look_for])

    # --- questions asked on the fly, and by the candidate ---------------------------------

    def adhoc_questions(self, session_id: str) -> list[AdhocQuestion]:
        return [AdhocQuestion(session_id=r["session_id"], panelist_id=r["panelist_id"],
                              text=r["text"], after_question_id=r["after_question_id"],
                              id=r["id"])
                for r in self.db.query(
                    "SELECT * FROM adhoc_questions WHERE session_id = ? ORDER BY created_at",
                    [session_id])]

    def add_adhoc_question(self, q: AdhocQuestion) -> None:
        now = utc_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT OR IGNORE INTO adhoc_questions (id, session_id, panelist_id, text, "
                "after_question_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [q.id, q.session_id, q.panelist_id, q.text, q.after_question_id, now, now])

    def candidate_questions(self, session_id: str) -> list[CandidateQuestion]:
        return [CandidateQuestion(session_id=r["session_id"], panelist_id=r["panelist_id"],
                                  text=r["text"], answer=r["answer"], id=r["id"])
                for r in self.db.query(
                    "SELECT * FROM candidate_questions WHERE session_id = ? "
                    "ORDER BY created_at", [session_id])]

    def save_candidate_question(self, q: CandidateQuestion, *,
                                stamped_at: str | None = None) -> None:
        now = stamped_at or utc_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT INTO candidate_questions (id, session_id, panelist_id, text, answer, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET text = excluded.text, "
                "answer = excluded.answer, updated_at = excluded.updated_at",
                [q.id, q.session_id, q.panelist_id, q.text, q.answer, now, now])

    # --- first-round concerns -------------------------------------------------------------

    def concern_checks(self, session_id: str) -> dict[str, ConcernCheck]:
        return {r["concern_id"]: ConcernCheck(concern_id=r["concern_id"],
                                              panelist_id=r["panelist_id"],
                                              note_id=r["note_id"],
                                              addressed_at=r["addressed_at"])
                for r in self.db.query(
                    "SELECT * FROM concern_checks WHERE session_id = ?", [session_id])}

    def set_concern_check(self, session_id: str, concern_id: str, check: ConcernCheck, *,
                          stamped_at: str | None = None) -> None:
        """Mark a first-round concern addressed (one check per concern and session)."""
        now = stamped_at or utc_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT INTO concern_checks (id, session_id, concern_id, panelist_id, note_id, "
                "addressed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (session_id, concern_id) DO UPDATE SET "
                "panelist_id = excluded.panelist_id, note_id = excluded.note_id, "
                "addressed_at = excluded.addressed_at, updated_at = excluded.updated_at",
                [new_id(), session_id, concern_id, check.panelist_id, check.note_id,
                 check.addressed_at, now, now])

    def clear_concern_check(self, session_id: str, concern_id: str) -> None:
        with self.db.atomic():
            self.db.conn.execute(
                "DELETE FROM concern_checks WHERE session_id = ? AND concern_id = ?",
                [session_id, concern_id])
