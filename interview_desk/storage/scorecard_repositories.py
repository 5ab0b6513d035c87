"""Storage for the rating discipline: the post-debrief layer, the seal and panelist PINs."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from interview_desk.domain.model import Recommendation, Scorecard, new_id, utc_now
from interview_desk.domain.scorecard_rules import Amendment
from interview_desk.storage.handle import Database
from interview_desk.storage.repositories import ScorecardRepository, ids_param, in_ids

Row = dict[str, Any]


def _amendment_from_row(r: Row) -> Amendment:
    return Amendment(
        scorecard_id=r["scorecard_id"], reason=r["reason"], amended_at=r["amended_at"],
        competency_id=r["competency_id"], rating=r["rating"], no_evidence=bool(r["no_evidence"]),
        evidence=r["evidence"],
        recommendation=Recommendation(r["recommendation"]) if r["recommendation"] else None,
        id=r["id"])


class AmendmentRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, a: Amendment) -> None:
        now = utc_now()
        self.db.insert("amendments", {
            "id": a.id, "scorecard_id": a.scorecard_id, "competency_id": a.competency_id,
            "rating": a.rating, "no_evidence": int(a.no_evidence), "evidence": a.evidence,
            "recommendation": a.recommendation.value if a.recommendation else None,
            "reason": a.reason, "amended_at": a.amended_at, "created_at": now,
            "updated_at": now})

    def for_session(self, session_id: str) -> list[Amendment]:
        return self.for_sessions([session_id]).get(session_id, [])

    def for_sessions(self, session_ids: Iterable[str]) -> dict[str, list[Amendment]]:
        """Each session's amendments in the order they were made, in one statement."""
        out: dict[str, list[Amendment]] = {}
        for r in self.db.query(
                "SELECT a.*, s.session_id AS of_session FROM amendments a "
                "JOIN scorecards s ON s.id = a.scorecard_id "
                f"WHERE {in_ids('s.session_id')} ORDER BY a.amended_at, a.id",
                [ids_param(session_ids)]):
            out.setdefault(r["of_session"], []).append(_amendment_from_row(r))
        return out


@dataclass(frozen=True)
class SealEvent:
    """One recorded change of a panel's seal: who opened it, when, and why."""

    action: str  # "opened" (the last card came in) or "unsealed" (the lead, early)
    by_name: str
    reason: str
    at: str


class SealRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, session_id: str, action: str, by_name: str, reason: str, at: str) -> None:
        self.db.insert("seal_events", {
            "id": new_id(), "session_id": session_id, "action": action, "by_name": by_name,
            "reason": reason, "at": at, "created_at": at, "updated_at": at})

    def events(self, session_id: str) -> list[SealEvent]:
        return [SealEvent(action=r["action"], by_name=r["by_name"], reason=r["reason"],
                          at=r["at"])
                for r in self.db.query(
                    "SELECT action, by_name, reason, at FROM seal_events WHERE session_id = ? "
                    "ORDER BY at, id", [session_id])]


class PanelistPinRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, panelist_id: str) -> str | None:
        row = self.db.execute(
            "SELECT pin_hash FROM panelists WHERE id = ?", [panelist_id]).fetchone()
        return row[0] if row else None

    def set(self, panelist_id: str, pin_hash: str | None) -> None:
        self.db.execute("UPDATE panelists SET pin_hash = ?, updated_at = ? WHERE id = ?",
                        [pin_hash, utc_now(), panelist_id])


def scorecard_for(db: Database, session_id: str, panelist_id: str) -> Scorecard | None:
    """One panelist's scorecard for a session, or ``None`` if they have not started one."""
    for card in ScorecardRepository(db).for_session(session_id):
        if card.panelist_id == panelist_id:
            return card
    return None


def question_index(db: Database, session_id: str) -> dict[str, tuple[str, list[str]]]:
    """Text and competency keys of every question a note of this session may point at:
    the kit's questions and the session's ad-hoc ones (which measure nothing in advance)."""
    index: dict[str, tuple[str, list[str]]] = {}
    for r in db.query(
            "SELECT q.id, q.text, q.competency_keys FROM questions q "
            "JOIN sessions s ON s.kit_id = q.kit_id WHERE s.id = ? ORDER BY q.position",
            [session_id]):
        index[r["id"]] = (r["text"], list(json.loads(r["competency_keys"])))
    for r in db.query("SELECT id, text FROM adhoc_questions WHERE session_id = ?", [session_id]):
        index[r["id"]] = (r["text"], [])
    return index
