"""Which signing key this laptop trusts for each sender of a session (trust on first use).

A sender (a "party") is the session's lead, for panel files, or one panelist (by id), for
return files. The first signed file from a party pins its key; a person may later mark the
pin confirmed once the codes were compared aloud, or forget it (a sender on a new laptop):
the row stays with its key emptied (``FORGOTTEN``), so that the next file from that party
pins its key anew — for a lead too, whose missing pin would otherwise mean "prepared here".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interview_desk.storage.handle import Database

LEAD = "lead"
#: The key of a forgotten pin: trust on first use starts again for that sender.
FORGOTTEN = ""


@dataclass(frozen=True)
class SignerPin:
    session_id: str
    party: str  # LEAD or a panelist id
    public_key: str
    first_file: str
    pinned_at: str
    confirmed_at: str | None
    who: str = ""  # the panelist's name (the lead's, for LEAD), for people
    candidate: str = ""  # the session's candidate, for people

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def forgotten(self) -> bool:
        return self.public_key == FORGOTTEN


_SELECT = """
    SELECT p.session_id, p.party, p.public_key, p.first_file, p.pinned_at, p.confirmed_at,
           COALESCE(pl.name, lead.name, '') AS who, COALESCE(c.name, '') AS candidate
    FROM signer_pins p
    LEFT JOIN panelists pl ON pl.id = p.party AND pl.session_id = p.session_id
    LEFT JOIN panelists lead ON p.party = 'lead' AND lead.session_id = p.session_id
                             AND lead.is_lead = 1
    LEFT JOIN sessions s ON s.id = p.session_id
    LEFT JOIN candidates c ON c.id = s.candidate_id"""


class SignerPins:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, session_id: str, party: str) -> SignerPin | None:
        rows = self._query(" WHERE p.session_id = ? AND p.party = ?", [session_id, party])
        return rows[0] if rows else None

    def all(self) -> list[SignerPin]:
        return self._query(" ORDER BY c.name, p.session_id, p.party = 'lead' DESC, who", [])

    def pin(self, session_id: str, party: str, public_key: str, first_file: str,
            at: str, *, confirmed: bool = False) -> None:
        self.db.execute(
            "INSERT INTO signer_pins (session_id, party, public_key, first_file, pinned_at, "
            "confirmed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, party) DO UPDATE "
            "SET public_key = excluded.public_key, first_file = excluded.first_file, "
            "pinned_at = excluded.pinned_at, confirmed_at = excluded.confirmed_at "
            "WHERE signer_pins.public_key = ''",  # only a forgotten pin is pinned again
            [session_id, party, public_key, first_file, at, at if confirmed else None])

    def confirm(self, session_id: str, party: str, at: str) -> bool:
        """Mark a pin confirmed; False when there is no such pin."""
        cur = self.db.execute(
            "UPDATE signer_pins SET confirmed_at = COALESCE(confirmed_at, ?) "
            "WHERE session_id = ? AND party = ?", [at, session_id, party])
        return cur.rowcount > 0

    def forget(self, session_id: str, party: str) -> bool:
        """Forget the key pinned for a sender; False when there is no such pin."""
        cur = self.db.execute(
            "UPDATE signer_pins SET public_key = ?, confirmed_at = NULL "
            "WHERE session_id = ? AND party = ?", [FORGOTTEN, session_id, party])
        return cur.rowcount > 0

    def key_confirmed(self, public_key: str) -> bool:
        """Whether a person confirmed this key's code for any session here."""
        return bool(self.db.execute(
            "SELECT 1 FROM signer_pins WHERE public_key = ? AND confirmed_at IS NOT NULL "
            "LIMIT 1", [public_key]).fetchone())

    def lead_keys_of_candidate(self, candidate_id: str) -> dict[str, str | None]:
        """Every session here of this candidate, with the key pinned for its lead (or None),
        but those whose lead's key was forgotten."""
        return {r[0]: r[1] for r in self.db.execute(
            "SELECT s.id, p.public_key FROM sessions s LEFT JOIN signer_pins p "
            "ON p.session_id = s.id AND p.party = 'lead' WHERE s.candidate_id = ? "
            "AND p.public_key IS NOT ''",  # a forgotten lead speaks for no session now
            [candidate_id])}

    def _query(self, tail: str, args: list[str]) -> list[SignerPin]:
        return [SignerPin(*row) for row in self.db.execute(_SELECT + tail, args)]
