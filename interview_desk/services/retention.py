"""Retention: find candidates whose data is past the retention period, and purge them.

Candidate data is personal data. Purging deletes a candidate with everything recorded about
them in one transaction, then makes sure the words are gone from the *file* too: deleted rows
are zeroed (``secure_delete``), the full-text index is rebuilt (a deleted note otherwise
lingers in old index segments), the WAL is checkpointed and truncated, and the file is
rewritten by ``VACUUM``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from interview_desk import __version__
from interview_desk.domain import clock
from interview_desk.domain.model import SessionStatus, parse_timestamp, utc_now
from interview_desk.domain.retention import DEFAULT_RETENTION_DAYS
from interview_desk.files import atomic_write
from interview_desk.services.kept_audio import KeptAudio
from interview_desk.storage.errors import NotFoundError, ValidationError
from interview_desk.storage.follow_up_repositories import FollowUpRepository, SessionActivity
from interview_desk.storage.handle import Database
from interview_desk.storage.purge import PurgeRepository

CANDIDATE_DATA_FORMAT = "interview-desk-candidate-data"

Report = Callable[[int, str], None]

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
    # recordings kept under "transcript and audio kept" consent, deleted with the rest
    audio_files_deleted: int = 0


class RetentionService:
    def __init__(self, db: Database) -> None:
        self.follow_up = FollowUpRepository(db)
        self.store = PurgeRepository(db)
        self.kept_audio = KeptAudio.beside(db)

    # --- reading ----------------------------------------------------------------------------

    def activity(self, *, now: datetime | None = None) -> list[CandidateActivity]:
        """Every candidate with their last activity, least recently active first."""
        now = now or clock.now()
        by_candidate: dict[str, list[SessionActivity]] = {}
        for s in self.follow_up.session_activity():
            by_candidate.setdefault(s.candidate_id, []).append(s)
        out: list[CandidateActivity] = []
        for c in self.follow_up.candidates():
            own = by_candidate.get(c.id, [])
            stamps = [parse_timestamp(c.updated_at)]
            blocker = ""
            for s in own:
                stamps += [parse_timestamp(stamp) for stamp in s.stamps()]
                blocker = blocker or _blocker(s, now)
            known = [t for t in stamps if t is not None]
            # An unreadable stamp must never make old data look ancient: fall back to now.
            last = max(known) if known else now
            out.append(CandidateActivity(id=c.id, name=c.name, role=c.role,
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

    # --- a candidate's own data (an access request) -----------------------------------------

    def candidate_data(self, candidate_id: str) -> dict[str, Any]:
        """Everything held about one candidate, as one document: the very rows a purge of
        them would delete (dossier, concerns, sessions, panel, every panelist's notes, flags,
        ratings and evidence, amendments, decisions, seal events), table by table.

        The format is documented by ``resources/schemas/candidate-data.schema.json``.
        """
        tables = self.store.candidate_rows(candidate_id)
        if not tables["candidates"]:
            raise NotFoundError("candidate", candidate_id)
        sessions = [str(r["id"]) for r in tables.get("sessions", [])]
        # kept recordings are listed, never inlined: the file, its size and its SHA-256
        kept = [{"session_id": f.session_id, "panelist_id": f.panelist_id,
                 "file": str(f.path), "bytes": f.bytes, "seconds": round(f.seconds, 3),
                 "sha256": f.sha256} for f in self.kept_audio.files(sessions)]
        return {"format": CANDIDATE_DATA_FORMAT, "format_version": 1,
                "created_at": utc_now(), "app_version": __version__,
                "candidate_id": candidate_id, "tables": tables, "kept_audio": kept}

    def export_candidate(self, candidate_id: str, path: str | Path) -> Path:
        """Write ``candidate_data`` as a JSON file (atomically, readable by its owner only)."""
        text = json.dumps(self.candidate_data(candidate_id), ensure_ascii=False, indent=1)
        path = Path(path)
        try:
            with atomic_write(path, encoding="utf-8") as fh:
                fh.write(text + "\n")
        except OSError as exc:  # named by the target, not by the temporary file beside it
            raise ValidationError(f"Could not write {path}: {exc.strerror or exc}.") from None
        return path

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
        size_before = self.store.file_bytes()
        say(5, "Checking the candidates…")
        with self.store.scrubbing_transaction():
            chosen = self.chosen(ids, now=now)
            for a in chosen:
                if a.blocker:
                    raise ValidationError(f"{a.name} cannot be purged: {a.blocker}.")
            names = [a.name for a in chosen]
            sessions = self.store.session_ids(ids)
            say(20, "Deleting the candidates' records…")
            rows = self.store.delete_candidates(ids)
            say(45, "Rebuilding the search index…")
            self.store.rebuild_search_index()
            self.store.check_no_orphans()
        # after the commit: a failed purge keeps the recordings its rows still point to
        audio_deleted = self.kept_audio.delete_sessions(sessions)
        say(65, "Clearing the write-ahead log…")
        truncated = self.store.checkpoint()
        say(80, "Compacting the database file…")
        backups_replaced = True
        if not self.store.in_memory:
            self.store.vacuum()
            # VACUUM wrote the new pages through the WAL: move them into the file, too.
            truncated = self.store.checkpoint() and truncated
            say(90, "Replacing the backups…")
            backups_replaced = self.store.replace_backups()
        say(100, "Done")
        return PurgeResult(candidate_ids=tuple(ids), names=tuple(names),
                           session_ids=tuple(sessions), rows_deleted=rows,
                           file_bytes_before=size_before,
                           file_bytes_after=self.store.file_bytes(),
                           wal_truncated=truncated, backups_replaced=backups_replaced,
                           audio_files_deleted=audio_deleted)


def _blocker(session: SessionActivity, now: datetime) -> str:
    if session.status is SessionStatus.LIVE:
        return "a session is live"
    if session.status is SessionStatus.PLANNED:
        when = parse_timestamp(session.scheduled_at or None)
        if when is None or when >= now:
            return "a session is planned"
    return ""
