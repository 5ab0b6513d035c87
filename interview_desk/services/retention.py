"""Retention: find candidates whose data is past the retention period, and purge them.

Candidate data is personal data. Purging deletes a candidate with everything recorded about
them in one transaction, then makes sure the words are gone from the *file* too: deleted rows
are zeroed (``secure_delete``), the full-text index is rebuilt (a deleted note otherwise
lingers in old index segments), the WAL is checkpointed and truncated, and the file is
rewritten by ``VACUUM``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from interview_desk.domain import clock
from interview_desk.domain.model import SessionStatus, parse_timestamp
from interview_desk.storage.backup import BackupError, make_backup
from interview_desk.storage.errors import NotFoundError, ValidationError

DEFAULT_RETENTION_DAYS = 180

Report = Callable[[int, str], None]

# Child tables first, each with the condition that ties its rows to the doomed sessions
# (``:s``) or candidates (``:c``). Deleting explicitly (rather than trusting ON DELETE
# CASCADE alone) keeps the purge complete even on a connection with foreign keys off, and
# lets the result say how many rows went.
_SESSION_CHILDREN: tuple[tuple[str, str], ...] = (
    ("ratings", "scorecard_id IN (SELECT id FROM scorecards WHERE session_id IN ({s}))"),
    ("amendments", "scorecard_id IN (SELECT id FROM scorecards WHERE session_id IN ({s}))"),
    ("scorecards", "session_id IN ({s})"),
    ("decisions", "session_id IN ({s})"),
    ("concern_checks", "session_id IN ({s})"),
    ("candidate_questions", "session_id IN ({s})"),
    ("flags", "session_id IN ({s})"),
    ("notes", "session_id IN ({s})"),
    ("adhoc_questions", "session_id IN ({s})"),
    ("assignments", "session_id IN ({s})"),
    ("seal_events", "session_id IN ({s})"),
    ("panelists", "session_id IN ({s})"),
)


@dataclass(frozen=True)
class CandidateActivity:
    """One candidate as the retention view sees them."""

    id: str
    name: str
    role: str
    sessions: int
    last_activity: datetime
    # Why this candidate may not be purged now ("" = nothing stands in the way).
    blocker: str = ""

    @property
    def purgeable(self) -> bool:
        return not self.blocker

    def idle_days(self, now: datetime) -> int:
        return max((now - self.last_activity).days, 0)


@dataclass(frozen=True)
class PurgeResult:
    candidate_ids: tuple[str, ...]
    names: tuple[str, ...]
    session_ids: tuple[str, ...]  # so open views of these sessions can let go of them
    rows_deleted: int
    file_bytes_before: int
    file_bytes_after: int
    # False when another connection kept the WAL from being emptied; the words then stay
    # in the -wal file until the next checkpoint (every open of the app makes one).
    wal_truncated: bool
    # False when the app's backups could not be replaced (they still hold the purged records).
    backups_replaced: bool = True


class RetentionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading ----------------------------------------------------------------------------

    def activity(self, *, now: datetime | None = None) -> list[CandidateActivity]:
        """Every candidate with their last activity, least recently active first."""
        now = now or clock.now()
        by_candidate: dict[str, list[dict[str, object]]] = {}
        for s in self.db.query(
                "SELECT s.candidate_id, s.status, s.scheduled_at, s.started_at, s.ended_at, "
                "d.decided_at, d.candidate_informed_at FROM sessions s "
                "LEFT JOIN decisions d ON d.session_id = s.id"):
            by_candidate.setdefault(str(s["candidate_id"]), []).append(s)
        out: list[CandidateActivity] = []
        for c in self.db.query(
                "SELECT c.id, c.name, c.updated_at, COALESCE(r.name, '') AS role "
                "FROM candidates c LEFT JOIN roles r ON r.id = c.role_id"):
            own = by_candidate.get(c["id"], [])
            stamps = [parse_timestamp(c["updated_at"])]
            blocker = ""
            for s in own:
                stamps += [parse_timestamp(str(s[k]) if s[k] else None)
                           for k in ("scheduled_at", "started_at", "ended_at", "decided_at",
                                     "candidate_informed_at")]
                blocker = blocker or _blocker(s, now)
            known = [t for t in stamps if t is not None]
            # An unreadable stamp must never make old data look ancient: fall back to now.
            last = max(known) if known else now
            out.append(CandidateActivity(id=c["id"], name=c["name"], role=c["role"],
                                         sessions=len(own), last_activity=last,
                                         blocker=blocker))
        out.sort(key=lambda a: (a.last_activity, a.name.casefold()))
        return out

    def purgeable(self, older_than_days: int = DEFAULT_RETENTION_DAYS, *,
                  now: datetime | None = None) -> list[CandidateActivity]:
        """Candidates idle for more than ``older_than_days`` days with nothing ahead."""
        if older_than_days < 0:
            raise ValidationError("The retention period cannot be negative.")
        now = now or clock.now()
        cutoff = now - timedelta(days=older_than_days)
        return [a for a in self.activity(now=now) if a.purgeable and a.last_activity < cutoff]

    def chosen(self, candidate_ids: Iterable[str], *,
               now: datetime | None = None) -> list[CandidateActivity]:
        """The named candidates (in the order given); an unknown id raises NotFoundError."""
        by_id = {a.id: a for a in self.activity(now=now)}
        out: list[CandidateActivity] = []
        for ident in dict.fromkeys(candidate_ids):
            if ident not in by_id:
                raise NotFoundError("candidate", ident)
            out.append(by_id[ident])
        return out

    # --- purging ----------------------------------------------------------------------------

    def purge(self, candidate_ids: Sequence[str], *, report: Report | None = None,
              now: datetime | None = None) -> PurgeResult:
        """Delete the candidates and everything about them, then scrub the file.

        Refuses (changing nothing) an unknown candidate or one with a live or upcoming
        session: an interview about to happen is never swept away.
        """
        say: Report = report or (lambda _p, _m: None)
        ids = list(dict.fromkeys(candidate_ids))
        if not ids:
            raise ValidationError("Choose at least one candidate to purge.")
        size_before = self._file_bytes()
        say(5, "Checking the candidates…")
        names: list[str] = []
        sessions: list[str] = []
        rows = 0
        conn = self.db.conn
        if conn.in_transaction:
            raise ValidationError("Purging needs a transaction of its own.")
        # secure_delete zeroes the freed bytes of every page the delete touches. Foreign
        # keys are off for the delete because every child row is deleted explicitly, and
        # checking each deleted panelist against unindexed child columns made a purge of a
        # year's candidates take minutes; ``_check_no_orphans`` proves the result instead.
        previous = conn.execute("PRAGMA secure_delete").fetchone()[0]
        foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            # IMMEDIATE: no other connection can start or plan a session for these
            # candidates between the check below and the delete.
            conn.execute("BEGIN IMMEDIATE")
            try:
                chosen = self.chosen(ids, now=now)
                for a in chosen:
                    if a.blocker:
                        raise ValidationError(f"{a.name} cannot be purged: {a.blocker}.")
                names = [a.name for a in chosen]
                marks = ", ".join("?" for _ in ids)
                sessions = [r[0] for r in self.db.execute(
                    f"SELECT id FROM sessions WHERE candidate_id IN ({marks})", ids)]
                say(20, "Deleting the candidates' records…")
                rows = self._delete(ids)
                say(45, "Rebuilding the search index…")
                # The delete left tombstones; the words stay in old index segments until
                # the index is rebuilt from what is left.
                conn.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")
                self._check_no_orphans()
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.execute(f"PRAGMA foreign_keys = {int(foreign_keys)}")
            conn.execute(f"PRAGMA secure_delete = {int(previous)}")
        say(65, "Clearing the write-ahead log…")
        truncated = self._checkpoint()
        say(80, "Compacting the database file…")
        if not self.db.memory:
            conn.execute("VACUUM")
            # VACUUM wrote the new pages through the WAL: move them into the file, too.
            truncated = self._checkpoint() and truncated
            say(90, "Replacing the backups…")
            backups_replaced = self._replace_backups()
        say(100, "Done")
        return PurgeResult(candidate_ids=tuple(ids), names=tuple(names),
                           session_ids=tuple(sessions), rows_deleted=rows,
                           file_bytes_before=size_before, file_bytes_after=self._file_bytes(),
                           wal_truncated=truncated,
                           backups_replaced=self.db.memory or backups_replaced)

    def _delete(self, candidate_ids: Sequence[str]) -> int:
        marks = ", ".join("?" for _ in candidate_ids)
        sessions = f"SELECT id FROM sessions WHERE candidate_id IN ({marks})"
        rows = 0
        for table, where in _SESSION_CHILDREN:
            rows += self.db.execute(f"DELETE FROM {table} WHERE {where.format(s=sessions)}",
                                    list(candidate_ids)).rowcount
        for table in ("sessions", "concerns"):
            rows += self.db.execute(f"DELETE FROM {table} WHERE candidate_id IN ({marks})",
                                    list(candidate_ids)).rowcount
        rows += self.db.execute(f"DELETE FROM candidates WHERE id IN ({marks})",
                                list(candidate_ids)).rowcount
        return rows

    def _check_no_orphans(self) -> None:
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

    def _checkpoint(self) -> bool:
        if self.db.memory:
            return True
        busy = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        return not busy

    def _replace_backups(self) -> bool:
        """The app's rolling backups hold the purged records too: one taken now, from the
        scrubbed file, replaces them all. False (the purge stands) when that fails."""
        path = Path(self.db.execute("PRAGMA database_list").fetchone()[2])
        try:
            make_backup(self.db, path, keep=1)
        except (BackupError, OSError):
            return False
        return True

    def _file_bytes(self) -> int:
        if self.db.memory:
            return 0
        page_size = self.db.execute("PRAGMA page_size").fetchone()[0]
        pages = self.db.execute("PRAGMA page_count").fetchone()[0]
        return int(page_size) * int(pages)


def _blocker(session: dict[str, object], now: datetime) -> str:
    status = session["status"]
    if status == SessionStatus.LIVE.value:
        return "a session is live"
    if status == SessionStatus.PLANNED.value:
        when = parse_timestamp(str(session["scheduled_at"] or "") or None)
        if when is None or when >= now:
            return "a session is planned"
    return ""
