"""Storage of the statistics-first debrief: the lead's speaking order, the follow-up session
another round plans, and the kits of the role's other interviews (for the structure profile).
"""

from __future__ import annotations

from interview_desk.domain.model import utc_now
from interview_desk.domain.structure import PeerKit
from interview_desk.storage.handle import Database
from interview_desk.storage.repositories import RoleRepository


class DebriefRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def speaking_order(self, session_id: str) -> list[str]:
        """Panelist ids in the order the lead set; empty when no order is set."""
        return [r["id"] for r in self.db.query(
            "SELECT id FROM panelists WHERE session_id = ? AND speaking_position IS NOT NULL "
            "ORDER BY speaking_position, position", [session_id])]

    def set_speaking_order(self, session_id: str, panelist_ids: list[str]) -> None:
        """Replace the speaking order (an empty list clears it) in one transaction."""
        with self.db.atomic():
            self.db.execute("UPDATE panelists SET speaking_position = NULL, updated_at = ? "
                            "WHERE session_id = ?", [utc_now(), session_id])
            for pos, pid in enumerate(panelist_ids):
                self.db.execute("UPDATE panelists SET speaking_position = ? "
                                "WHERE session_id = ? AND id = ?", [pos, session_id, pid])

    def follow_up_of(self, session_id: str) -> str | None:
        """The session planned as the follow-up of ``session_id`` (the first, if several)."""
        row = self.db.execute(
            "SELECT id FROM sessions WHERE follow_up_of = ? ORDER BY created_at, id LIMIT 1",
            [session_id]).fetchone()
        return str(row[0]) if row else None

    def peer_kits(self, role_id: str) -> list[PeerKit]:
        """The kit of every held interview planned with any version of the role."""
        family = RoleRepository(self.db).family_ids(role_id)
        marks = ",".join("?" for _ in family) or "''"
        return [PeerKit(r["id"], r["kit_id"]) for r in self.db.query(
            f"SELECT id, kit_id FROM sessions WHERE role_id IN ({marks}) "
            "AND status != 'planned' ORDER BY scheduled_at, id", family)]
