"""Storage of transcripts: consent, the question timeline, segments and pinned quotes.

Ids are minted by the caller and writes are idempotent, like the live session's: the autosave
writer may send the same record twice after a retry.
"""

from __future__ import annotations

from collections.abc import Sequence

from interview_desk.domain.model import new_id, utc_now
from interview_desk.domain.transcript import (
    Consent,
    ConsentMethod,
    ConsentScope,
    Pin,
    QuestionOpened,
    Segment,
    StarPart,
)
from interview_desk.storage.handle import Database
from interview_desk.storage.repositories import ids_param, in_ids


class TranscriptRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- consent --------------------------------------------------------------------------

    def consent(self, session_id: str) -> Consent | None:
        return self.consents_of([session_id]).get(session_id)

    def consents_of(self, session_ids: Sequence[str]) -> dict[str, Consent]:
        """Each session's consent record, in one statement for any number of sessions."""
        return {r["session_id"]: Consent(
                    session_id=r["session_id"], candidate_name=r["candidate_name"],
                    method=ConsentMethod(r["method"]), scope=ConsentScope(r["scope"]),
                    retention_days=int(r["retention_days"]), recorded_by=r["recorded_by"],
                    given_at=r["given_at"], shared_with_lead=bool(r["shared_with_lead"]))
                for r in self.db.query(
                    f"SELECT * FROM transcript_consents WHERE {in_ids('session_id')}",
                    [ids_param(session_ids)])}

    def save_consent(self, c: Consent) -> None:
        now = utc_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT INTO transcript_consents (session_id, candidate_name, method, scope, "
                "retention_days, recorded_by, given_at, shared_with_lead, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id) "
                "DO UPDATE SET candidate_name = excluded.candidate_name, "
                "method = excluded.method, scope = excluded.scope, "
                "retention_days = excluded.retention_days, "
                "recorded_by = excluded.recorded_by, given_at = excluded.given_at, "
                "shared_with_lead = excluded.shared_with_lead, "
                "updated_at = excluded.updated_at",
                [c.session_id, c.candidate_name, c.method.value, c.scope.value,
                 c.retention_days, c.recorded_by, c.given_at, int(c.shared_with_lead), now,
                 now])

    # --- the question timeline ------------------------------------------------------------

    def open_question(self, session_id: str, opened: QuestionOpened,
                      entry_id: str | None = None) -> None:
        now = utc_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT OR IGNORE INTO question_timeline (id, session_id, panelist_id, "
                "question_id, at_seconds, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [entry_id or new_id(), session_id, opened.panelist_id, opened.question_id,
                 opened.at_seconds, now, now])

    def timeline(self, session_id: str, panelist_id: str | None = None) -> list[QuestionOpened]:
        sql = "SELECT * FROM question_timeline WHERE session_id = ?"
        params = [session_id]
        if panelist_id is not None:
            sql += " AND panelist_id = ?"
            params.append(panelist_id)
        return [QuestionOpened(r["panelist_id"], r["question_id"], float(r["at_seconds"]))
                for r in self.db.query(sql + " ORDER BY at_seconds, created_at", params)]

    # --- segments -------------------------------------------------------------------------

    def add_segments(self, segments: Sequence[Segment]) -> None:
        now = utc_now()
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO transcript_segments (id, session_id, panelist_id, "
                "start_seconds, end_seconds, text, question_id, not_said, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[s.id, s.session_id, s.panelist_id, s.start, s.end, s.text, s.question_id,
                  int(s.not_said), now, now] for s in segments])

    def segments(self, session_id: str) -> list[Segment]:
        return self.segments_of([session_id]).get(session_id, [])

    def segments_of(self, session_ids: Sequence[str]) -> dict[str, list[Segment]]:
        """Each session's segments in time order, in one statement."""
        out: dict[str, list[Segment]] = {}
        for r in self.db.query(f"SELECT * FROM transcript_segments WHERE "
                               f"{in_ids('session_id')} ORDER BY start_seconds, id",
                               [ids_param(session_ids)]):
            out.setdefault(r["session_id"], []).append(Segment(
                session_id=r["session_id"], panelist_id=r["panelist_id"],
                start=float(r["start_seconds"]), end=float(r["end_seconds"]), text=r["text"],
                question_id=r["question_id"], not_said=bool(r["not_said"]), id=r["id"]))
        return out

    def segment(self, segment_id: str) -> Segment | None:
        rows = list(self.db.query("SELECT * FROM transcript_segments WHERE id = ?",
                                  [segment_id]))
        if not rows:
            return None
        r = rows[0]
        return Segment(session_id=r["session_id"], panelist_id=r["panelist_id"],
                       start=float(r["start_seconds"]), end=float(r["end_seconds"]),
                       text=r["text"], question_id=r["question_id"],
                       not_said=bool(r["not_said"]), id=r["id"])

    def set_not_said(self, segment_id: str, not_said: bool) -> None:
        with self.db.atomic():
            self.db.conn.execute(
                "UPDATE transcript_segments SET not_said = ?, updated_at = ? WHERE id = ?",
                [int(not_said), utc_now(), segment_id])

    def delete_captured(self, session_id: str, panelist_id: str) -> int:
        """Delete what this panelist's laptop captured in the session, and the quotes pinned
        from it; the freed pages are zeroed so the words leave the file too. A tombstone
        (ids only) stays for each segment, so the deletion travels in the return file and no
        older file brings the words back."""
        conn = self.db.conn
        previous = conn.execute("PRAGMA secure_delete").fetchone()[0]
        conn.execute("PRAGMA secure_delete = ON")
        try:
            with self.db.atomic():
                conn.execute(
                    "INSERT OR IGNORE INTO transcript_deletions (segment_id, session_id, "
                    "panelist_id, deleted_at) SELECT id, session_id, panelist_id, ? FROM "
                    "transcript_segments WHERE session_id = ? AND panelist_id = ?",
                    [utc_now(), session_id, panelist_id])
                conn.execute(
                    "DELETE FROM transcript_pins WHERE segment_id IN (SELECT id FROM "
                    "transcript_segments WHERE session_id = ? AND panelist_id = ?)",
                    [session_id, panelist_id])
                return int(conn.execute(
                    "DELETE FROM transcript_segments WHERE session_id = ? AND panelist_id = ?",
                    [session_id, panelist_id]).rowcount)
        finally:
            conn.execute(f"PRAGMA secure_delete = {int(previous)}")

    # --- pinned quotes --------------------------------------------------------------------

    def add_pin(self, p: Pin) -> None:
        now = utc_now()
        with self.db.atomic():
            self.db.conn.execute(
                "INSERT OR IGNORE INTO transcript_pins (id, segment_id, session_id, "
                "panelist_id, quote, start_seconds, end_seconds, competency_key, star_part, "
                "pinned_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [p.id, p.segment_id, p.session_id, p.panelist_id, p.quote, p.start, p.end,
                 p.competency_key, p.star_part.value if p.star_part else None, p.pinned_at,
                 now, now])

    def remove_pin(self, pin_id: str) -> None:
        with self.db.atomic():
            self.db.conn.execute("DELETE FROM transcript_pins WHERE id = ?", [pin_id])

    def pins(self, session_id: str) -> list[Pin]:
        return self.pins_of([session_id]).get(session_id, [])

    def pins_of(self, session_ids: Sequence[str]) -> dict[str, list[Pin]]:
        """Each session's pinned quotes in time order, in one statement."""
        out: dict[str, list[Pin]] = {}
        for r in self.db.query(f"SELECT * FROM transcript_pins WHERE {in_ids('session_id')} "
                               "ORDER BY start_seconds, id", [ids_param(session_ids)]):
            out.setdefault(r["session_id"], []).append(Pin(
                segment_id=r["segment_id"], session_id=r["session_id"],
                panelist_id=r["panelist_id"], quote=r["quote"], start=float(r["start_seconds"]),
                end=float(r["end_seconds"]), competency_key=r["competency_key"],
                star_part=StarPart(r["star_part"]) if r["star_part"] else None,
                pinned_at=r["pinned_at"], id=r["id"]))
        return out
