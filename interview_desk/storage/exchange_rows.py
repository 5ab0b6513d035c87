"""Rows exactly as panel and return files carry them: column for column, global ids kept.

The merge of files (``services.exchange``) decides which row wins; this module reads and
writes the rows it settles on. Which columns travel is the file format's business, so the
caller hands the column lists in (``exchange.tables.COLUMNS``). Table and column names only
ever come from that list and from code, never from a file.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from interview_desk.storage.handle import Database

Row = dict[str, Any]
# column -> value, or column -> a list of values (any of them)
Where = Mapping[str, Any]


class ExchangeRows:
    def __init__(self, db: Database, columns: Mapping[str, Collection[str]]) -> None:
        self.db = db
        self.columns = columns

    def defer_foreign_keys(self) -> None:
        """Check foreign keys at commit: a merged note or scorecard may keep another laptop's
        (smaller) id while its children are repointed in the same transaction."""
        self.db.execute("PRAGMA defer_foreign_keys = ON")

    # --- whole rows -----------------------------------------------------------------------

    def select(self, table: str, where: Where) -> list[Row]:
        """The rows of ``table`` matching every condition, ordered by id."""
        cols = ", ".join(f"[{c}]" for c in self.columns[table])
        conditions: list[str] = []
        args: list[Any] = []
        for column, value in where.items():
            if isinstance(value, list | tuple | set):
                values = list(value)
                conditions.append(f"[{column}] IN ({', '.join('?' for _ in values)})")
                args += values
            else:
                conditions.append(f"[{column}] = ?")
                args.append(value)
        sql = f"SELECT {cols} FROM [{table}]"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        key = "id" if "id" in self.columns[table] else next(iter(self.columns[table]))
        return [dict(r) for r in self.db.query(sql + f" ORDER BY [{key}]", args)]

    def get(self, table: str, ident: str) -> Row | None:
        rows = self.select(table, {"id": ident})
        return rows[0] if rows else None

    def insert(self, table: str, row: Row) -> None:
        self.db.insert(table, row)

    def update(self, table: str, old_id: str, row: Row) -> None:
        """Replace the row stored as ``old_id`` by ``row`` (whose id may differ).

        A note that takes another id keeps its concern checks pointing at it.
        """
        self.db.update(table, old_id, row)
        if row["id"] != old_id and table == "notes":
            self.db.execute("UPDATE concern_checks SET note_id = ? WHERE note_id = ?",
                            [row["id"], old_id])

    def replace_consent(self, row: Row) -> None:
        """A session's consent record (one per session), replaced by a newer one."""
        cols = list(row)
        self.db.execute(
            f"INSERT OR REPLACE INTO transcript_consents ({', '.join(f'[{c}]' for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})", [row[c] for c in cols])

    def delete_segments(self, segment_ids: Sequence[str]) -> int:
        """Delete these transcript segments and the quotes pinned from them, zeroing the freed
        bytes so the words leave the file (as deleting them on the laptop that heard them
        does); how many segments went."""
        if not segment_ids:
            return 0
        conn = self.db.conn
        previous = conn.execute("PRAGMA secure_delete").fetchone()[0]
        conn.execute("PRAGMA secure_delete = ON")
        try:
            marks = ", ".join("?" for _ in segment_ids)
            conn.execute(f"DELETE FROM transcript_pins WHERE segment_id IN ({marks})",
                         list(segment_ids))
            return int(conn.execute(f"DELETE FROM transcript_segments WHERE id IN ({marks})",
                                    list(segment_ids)).rowcount)
        finally:
            conn.execute(f"PRAGMA secure_delete = {int(previous)}")

    def replace_assignments(self, session_id: str, rows: Sequence[Row]) -> None:
        """A session's question assignments, replaced whole."""
        self.db.execute("DELETE FROM assignments WHERE session_id = ?", [session_id])
        for row in rows:
            self.insert("assignments", row)

    def replace_scorecard(self, old_id: str, card: Row, ratings: Sequence[Row]) -> None:
        """Overwrite a stored scorecard and its ratings; amendments follow a changed id."""
        self.db.execute("DELETE FROM ratings WHERE scorecard_id = ?", [old_id])
        self.update("scorecards", old_id, card)
        if old_id != card["id"]:
            self.db.execute("UPDATE amendments SET scorecard_id = ? WHERE scorecard_id = ?",
                            [card["id"], old_id])
        for rating in ratings:
            self.insert("ratings", rating)

    def anchors(self, competency_ids: Sequence[str]) -> list[Row]:
        """The anchor texts of these competencies, point by point (they have no id)."""
        placeholders = ",".join("?" for _ in competency_ids) or "''"
        return [dict(r) for r in self.db.query(
            "SELECT competency_id, point, text FROM competency_anchors "
            f"WHERE competency_id IN ({placeholders}) ORDER BY competency_id, point",
            list(competency_ids))]

    def delete_competencies(self, role_id: str) -> None:
        """Drop a role version's competencies (their anchors go with them) to rewrite it."""
        self.db.execute("DELETE FROM competencies WHERE role_id = ?", [role_id])

    def tables_holding(self, ids: Collection[str]) -> dict[str, set[str]]:
        """Which of the exchanged tables already hold each of these ids (those held)."""
        found: dict[str, set[str]] = {}
        wanted = list(ids)
        for table, columns in self.columns.items():
            if "id" not in columns:
                continue
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                marks = ", ".join("?" for _ in chunk)
                for (row_id,) in self.db.execute(
                        f"SELECT id FROM [{table}] WHERE id IN ({marks})", chunk):
                    found.setdefault(row_id, set()).add(table)
        return found

    # --- what a return file may point at --------------------------------------------------

    def kit_of_question(self, question_id: str) -> str | None:
        row = self.db.execute("SELECT kit_id FROM questions WHERE id = ?",
                              [question_id]).fetchone()
        return row[0] if row else None

    def session_of_adhoc_question(self, question_id: str) -> str | None:
        row = self.db.execute("SELECT session_id FROM adhoc_questions WHERE id = ?",
                              [question_id]).fetchone()
        return row[0] if row else None

    def session_of_note(self, note_id: str) -> str | None:
        row = self.db.execute("SELECT session_id FROM notes WHERE id = ?", [note_id]).fetchone()
        return row[0] if row else None

    def note_key(self, note_id: str) -> list[str] | None:
        """A note's natural key (session, panelist, question): it survives a change of id."""
        row = self.db.execute(
            "SELECT session_id, panelist_id, question_id FROM notes WHERE id = ?",
            [note_id]).fetchone()
        return list(row) if row else None

    def role_used(self, role_id: str) -> bool:
        """Whether a session was planned with this role version."""
        return bool(self.db.execute(
            "SELECT 1 FROM sessions WHERE role_id = ? LIMIT 1", [role_id]).fetchone())

    def concern_ids(self, candidate_id: str) -> set[str]:
        return {r[0] for r in self.db.execute(
            "SELECT id FROM concerns WHERE candidate_id = ?", [candidate_id])}

    def competency_ids(self, role_id: str) -> set[str]:
        return {r[0] for r in self.db.execute(
            "SELECT id FROM competencies WHERE role_id = ?", [role_id])}
