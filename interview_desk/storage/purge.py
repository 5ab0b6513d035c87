"""Deleting candidates for good: the statements of a purge, and scrubbing the file after it.

The service decides who may be purged; this module deletes them and makes sure their words
are gone from the file too: deleted rows are zeroed (``secure_delete``), the full-text index
is rebuilt, the WAL is checkpointed and truncated, ``VACUUM`` rewrites the file, and the
app's backups are replaced by one taken from the scrubbed file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from interview_desk.storage.backup import BackupError, make_backup
from interview_desk.storage.errors import ValidationError
from interview_desk.storage.handle import Database
from interview_desk.storage.schema import FIND_TABLES

# Child tables first, each with the condition that ties its rows to the doomed sessions
# (``:s``) or candidates (``:c``). Deleting explicitly (rather than trusting ON DELETE
# CASCADE alone) keeps the purge complete even on a connection with foreign keys off, and
# lets the result say how many rows went.
_SESSION_CHILDREN: tuple[tuple[str, str], ...] = (
    ("transcript_pins", "session_id IN ({s})"),
    ("transcript_deletions", "session_id IN ({s})"),
    ("transcript_segments", "session_id IN ({s})"),
    ("question_timeline", "session_id IN ({s})"),
    ("transcript_consents", "session_id IN ({s})"),
    ("ratings", "scorecard_id IN (SELECT id FROM scorecards WHERE session_id IN ({s}))"),
    ("amendments", "scorecard_id IN (SELECT id FROM scorecards WHERE session_id IN ({s}))"),
    ("scorecards", "session_id IN ({s})"),
    ("decisions", "session_id IN ({s})"),
    ("concern_checks", "session_id IN ({s})"),
    ("candidate_questions", "session_id IN ({s})"),
    ("flags", "session_id IN ({s})"),
    ("look_for_ticks", "session_id IN ({s})"),
    ("notes", "session_id IN ({s})"),
    ("adhoc_questions", "session_id IN ({s})"),
    ("assignments", "session_id IN ({s})"),
    ("seal_events", "session_id IN ({s})"),
    ("signer_pins", "session_id IN ({s})"),
    ("panelists", "session_id IN ({s})"),
)
#: Every table holding rows about a candidate, children first, with the condition that finds
#: them (``{s}``: their sessions, ``{c}``: the candidate ids). The purge deletes exactly these
#: rows and a candidate's export (``candidate_rows``) writes exactly these rows; a test checks
#: the list against the schema, so a new table about candidates cannot be missed by either.
CANDIDATE_TABLES: tuple[tuple[str, str], ...] = (
    *_SESSION_CHILDREN,
    ("sessions", "candidate_id IN ({c})"),
    ("concerns", "candidate_id IN ({c})"),
    ("candidates", "id IN ({c})"),
)


def _about(where: str, candidate_ids: Sequence[str]) -> str:
    marks = ", ".join("?" for _ in candidate_ids)
    return where.format(s=f"SELECT id FROM sessions WHERE candidate_id IN ({marks})", c=marks)


class PurgeRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    @contextlib.contextmanager
    def scrubbing_transaction(self) -> Iterator[None]:
        """One IMMEDIATE transaction that zeroes what it deletes; rolled back if the block raises.

        IMMEDIATE: no other connection can start or plan a session for the candidates between
        the service's checks and the delete. secure_delete zeroes the freed bytes of every
        page the delete touches. Foreign keys are off for the delete because every child row
        is deleted explicitly, and checking each deleted panelist against unindexed child
        columns made a purge of a year's candidates take minutes; ``check_no_orphans`` proves
        the result instead.
        """
        conn = self.db.conn
        if conn.in_transaction:
            raise ValidationError("Purging needs a transaction of its own.")
        previous = conn.execute("PRAGMA secure_delete").fetchone()[0]
        foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.execute(f"PRAGMA foreign_keys = {int(foreign_keys)}")
            conn.execute(f"PRAGMA secure_delete = {int(previous)}")

    def session_ids(self, candidate_ids: Sequence[str]) -> list[str]:
        marks = ", ".join("?" for _ in candidate_ids)
        return [r[0] for r in self.db.execute(
            f"SELECT id FROM sessions WHERE candidate_id IN ({marks})", list(candidate_ids))]

    def delete_candidates(self, candidate_ids: Sequence[str]) -> int:
        """Delete the candidates and every row about them; returns how many rows went."""
        rows = 0
        for table, where in CANDIDATE_TABLES:
            rows += self.db.execute(f"DELETE FROM {table} WHERE {_about(where, candidate_ids)}",
                                    list(candidate_ids)).rowcount
        return rows

    def candidate_rows(self, candidate_id: str) -> dict[str, list[dict[str, Any]]]:
        """Every row about one candidate, by table (the rows a purge would delete), each
        table's rows in a stable order. A panelist's PIN hash is theirs, not the candidate's,
        and never leaves the laptop: it is left out."""
        out: dict[str, list[dict[str, Any]]] = {}
        for table, where in reversed(CANDIDATE_TABLES):
            cursor = self.db.execute(
                f"SELECT * FROM {table} WHERE {_about(where, [candidate_id])} "
                f"ORDER BY {self._stable_order(table)}", [candidate_id])
            names = [d[0] for d in cursor.description]
            out[table] = [{k: v for k, v in zip(names, row, strict=True) if k != "pin_hash"}
                          for row in cursor.fetchall()]
        return out

    def _stable_order(self, table: str) -> str:
        """Insertion order (rowid); a WITHOUT ROWID table has none, so its primary key."""
        without_rowid = self.db.execute(
            "SELECT wr FROM pragma_table_list WHERE name = ?", [table]).fetchone()
        if not without_rowid or not without_rowid[0]:
            return "rowid"
        keys = self.db.execute("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk",
                               [table]).fetchall()
        return ", ".join(f'"{name}"' for (name,) in keys)

    def rebuild_search_index(self) -> None:
        """The delete left tombstones; the words stay in old index segments until the index
        is rebuilt from what is left."""
        self.db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")
        for fts, _body, _prefix in FIND_TABLES.values():
            self.db.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")

    def check_no_orphans(self) -> None:
        """Every row of every table whose parent may just have gone still has its parent."""
        purged = {"candidates", "sessions", "concerns", "panelists", "scorecards"}
        tables = [r[0] for r in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            parents = {r[2] for r in self.db.execute(f"PRAGMA foreign_key_list([{table}])")}
            if parents & purged and self.db.execute(
                    f"PRAGMA foreign_key_check([{table}])").fetchone() is not None:
                raise ValidationError(
                    f"Purging would leave rows of {table} behind; nothing was deleted.")

    def checkpoint(self) -> bool:
        """Move the WAL into the file and empty it; False when another connection kept it."""
        if self.db.memory:
            return True
        busy = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        return not busy

    @property
    def in_memory(self) -> bool:
        """An in-memory database has no file to compact and no backups to replace."""
        return bool(self.db.memory)

    def vacuum(self) -> None:
        """Rewrite the file without its free pages."""
        self.db.conn.execute("VACUUM")

    def replace_backups(self) -> bool:
        """The app's rolling backups hold the purged records too: one taken now, from the
        scrubbed file, replaces them all. False (the purge stands) when that fails."""
        path = Path(self.db.execute("PRAGMA database_list").fetchone()[2])
        try:
            make_backup(self.db, path, keep=1)
        except (BackupError, OSError):
            return False
        return True

    def file_bytes(self) -> int:
        if self.db.memory:
            return 0
        page_size = self.db.execute("PRAGMA page_size").fetchone()[0]
        pages = self.db.execute("PRAGMA page_count").fetchone()[0]
        return int(page_size) * int(pages)
