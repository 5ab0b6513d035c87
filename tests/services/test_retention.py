"""Purging old candidates: what is purgeable, what goes, and that the words leave the file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from interview_desk.services.desk import Desk
from interview_desk.storage.backup import backup_dir, list_backups, make_backup
from interview_desk.storage.errors import NotFoundError, ValidationError
from tests.retention_support import OLD, SECRET, age, candidate_id, file_bytes, plant_secret


def ids_of(db_file: Path, cand: str) -> set[str]:
    """Every id that belongs to a candidate's record (before the purge)."""
    conn = sqlite3.connect(db_file)
    try:
        sessions = [r[0] for r in conn.execute(
            "SELECT id FROM sessions WHERE candidate_id = ?", [cand])]
        marks = ",".join("?" * len(sessions))
        out = {cand, *sessions}
        for table in ("panelists", "notes", "flags", "scorecards", "decisions",
                      "candidate_questions", "concern_checks", "seal_events", "assignments",
                      "adhoc_questions"):
            out |= {r[0] for r in conn.execute(
                f"SELECT id FROM {table} WHERE session_id IN ({marks})", sessions)}
        out |= {r[0] for r in conn.execute(
            "SELECT id FROM concerns WHERE candidate_id = ?", [cand])}
        out |= {r[0] for r in conn.execute(
            f"SELECT r.id FROM ratings r JOIN scorecards k ON k.id = r.scorecard_id "
            f"WHERE k.session_id IN ({marks})", sessions)}
        return out
    finally:
        conn.close()


def test_only_old_candidates_with_nothing_ahead_are_purgeable(demo_desk: Desk) -> None:
    retention = demo_desk.retention
    assert retention.purgeable(180) == []  # the demo is fresh
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    assert [a.id for a in retention.purgeable(180)] == [amara]
    first = retention.purgeable(180)[0]
    assert first.last_activity == datetime(2020, 3, 2, 10, tzinfo=UTC)
    assert first.sessions == 1
    # A longer retention period than the age keeps the candidate.
    now = datetime(2020, 6, 1, tzinfo=UTC)
    assert retention.purgeable(180, now=now) == []
    assert [a.id for a in retention.purgeable(60, now=now)] == [amara]


def test_last_activity_is_the_latest_time_of_the_record(demo_desk: Desk) -> None:
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    # Told the outcome much later than everything else: that is the last activity.
    demo_desk.db.execute("UPDATE decisions SET candidate_informed_at = ? WHERE session_id IN "
                         "(SELECT id FROM sessions WHERE candidate_id = ?)",
                         ["2021-01-10T09:00:00+00:00", amara])
    demo_desk.db.conn.commit()
    (a,) = demo_desk.retention.chosen([amara])
    assert a.last_activity == datetime(2021, 1, 10, 9, tzinfo=UTC)
    assert demo_desk.retention.purgeable(
        180, now=datetime(2021, 5, 1, tzinfo=UTC)) == []


def test_a_live_or_planned_session_is_never_purgeable(demo_desk: Desk,
                                                      on_demo_day: datetime) -> None:
    jose, tomasz = candidate_id(demo_desk, "José"), candidate_id(demo_desk, "Tomasz")
    # Their dossiers are old, but José's interview is ahead and Tomasz's is under way.
    for cand in (jose, tomasz):
        demo_desk.db.execute("UPDATE candidates SET updated_at = ? WHERE id = ?", [OLD, cand])
    demo_desk.db.conn.commit()
    later = on_demo_day + timedelta(days=1)
    assert {a.id for a in demo_desk.retention.purgeable(0, now=later)}.isdisjoint(
        {jose, tomasz})
    blockers = {a.id: a.blocker for a in demo_desk.retention.chosen([jose, tomasz])}
    assert blockers == {jose: "a session is planned", tomasz: "a session is live"}
    before = demo_desk.db.execute("SELECT count(*) FROM candidates").fetchone()[0]
    for cand in (jose, tomasz):
        with pytest.raises(ValidationError, match="cannot be purged"):
            demo_desk.retention.purge([cand])
    assert demo_desk.db.execute("SELECT count(*) FROM candidates").fetchone()[0] == before


def test_a_planned_session_that_never_happened_does_not_block(demo_desk: Desk) -> None:
    jose = candidate_id(demo_desk, "José")
    age(demo_desk, jose)  # planned for 2020 and never held
    assert [a.id for a in demo_desk.retention.purgeable(180)] == [jose]


def test_unknown_candidate_changes_nothing(demo_desk: Desk) -> None:
    amara = candidate_id(demo_desk, "Amara")
    with pytest.raises(NotFoundError):
        demo_desk.retention.purge([amara, "no-such-id"])
    with pytest.raises(ValidationError):
        demo_desk.retention.purge([])
    assert demo_desk.retention.chosen([amara])[0].name.startswith("Amara")


def test_purge_removes_every_row_and_leaves_no_orphans(demo_desk: Desk) -> None:
    path = demo_desk.path
    assert path is not None
    amara, tomasz = candidate_id(demo_desk, "Amara"), candidate_id(demo_desk, "Tomasz")
    doomed = ids_of(path, amara)
    kept = ids_of(path, tomasz)
    assert len(doomed) > 20  # sessions, panel, notes, flags, scorecards, ratings, …
    counts_before = _counts(path)
    result = demo_desk.retention.purge([amara])
    assert result.names == ("Amara Okonkwo",)
    counts_after = _counts(path)
    assert result.rows_deleted == sum(counts_before.values()) - sum(counts_after.values())
    assert counts_after["candidates"] == counts_before["candidates"] - 1
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # No table (whatever its columns) still mentions anything of the purged record.
        dump = "\n".join(conn.iterdump())
        assert [i for i in doomed if i in dump] == []
        assert all(i in dump for i in kept)  # the other candidates are untouched
        # References without a foreign key: a note's question, a check's note.
        assert conn.execute(
            "SELECT count(*) FROM notes WHERE question_id NOT IN (SELECT id FROM questions) "
            "AND question_id NOT IN (SELECT id FROM adhoc_questions)").fetchone()[0] == 0
        assert conn.execute(
            "SELECT count(*) FROM concern_checks WHERE note_id IS NOT NULL AND note_id NOT IN "
            "(SELECT id FROM notes)").fetchone()[0] == 0
        # The search index agrees with the notes left.
        conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()


def test_the_words_are_gone_from_the_file(demo_desk: Desk) -> None:
    path = demo_desk.path
    assert path is not None
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    plant_secret(demo_desk, amara)
    secret = SECRET.encode()
    assert secret in file_bytes(path)
    hits = demo_desk.db.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?",
                                [SECRET]).fetchone()[0]
    assert hits == 1
    steps: list[int] = []
    result = demo_desk.retention.purge([amara], report=lambda p, _m: steps.append(p))
    assert steps[-1] == 100 and steps == sorted(steps)
    assert result.wal_truncated
    assert secret not in file_bytes(path)
    assert secret.lower() not in file_bytes(path).lower()  # nor in the index's lowercase
    # Other words of the purged notes left the index too (not only the planted one).
    assert demo_desk.db.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?",
                                [SECRET]).fetchone()[0] == 0
    assert result.file_bytes_after <= result.file_bytes_before


def test_the_apps_backups_lose_the_purged_words_too(demo_desk: Desk) -> None:
    path = demo_desk.path
    assert path is not None
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    plant_secret(demo_desk, amara)
    before = make_backup(demo_desk.db, path)
    assert SECRET.encode() in before.read_bytes()

    result = demo_desk.retention.purge([amara])

    assert result.backups_replaced
    backups = list_backups(path)
    assert len(backups) == 1 and backups[0].path != before and not before.exists()
    assert SECRET.encode() not in backups[0].path.read_bytes()
    others = [p for p in backups[0].path.parent.iterdir() if p != backups[0].path]
    # At most the record of which file state the backup was copied from: stat data only.
    assert [p.name for p in others] in ([], ["newest-source.json"])
    assert all(SECRET.encode() not in p.read_bytes() for p in others)


def test_a_purge_stands_when_the_backups_cannot_be_replaced(demo_desk: Desk) -> None:
    path = demo_desk.path
    assert path is not None
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    folder = backup_dir(path)
    folder.parent.mkdir(parents=True)
    folder.write_text("a file where the backup folder should be")

    result = demo_desk.retention.purge([amara])

    assert result.names == ("Amara Okonkwo",) and not result.backups_replaced
    assert demo_desk.db.execute("SELECT count(*) FROM candidates WHERE id = ?",
                                [amara]).fetchone()[0] == 0


def test_purge_scrubs_even_while_another_connection_is_open(demo_desk: Desk) -> None:
    """The GUI keeps its connection open while a worker purges through its own."""
    path = demo_desk.path
    assert path is not None
    amara = candidate_id(demo_desk, "Amara")
    plant_secret(demo_desk, amara)
    worker = Desk.open(path)
    try:
        worker.retention.purge([amara])
    finally:
        worker.close()
    assert SECRET.encode() not in file_bytes(path)
    assert demo_desk.db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 2


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'notes_fts%' "
            "AND name NOT LIKE 'find_%_fts%' "
            "AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_a_row_of_another_candidate_pointing_into_the_purge_stops_it(demo_desk: Desk) -> None:
    """The purge proves it leaves no orphan; it never deletes another candidate's rows."""
    from interview_desk.domain.model import new_id, utc_now
    from tests.helpers import dump

    path = demo_desk.path
    assert path is not None
    amara, tomasz = candidate_id(demo_desk, "Amara"), candidate_id(demo_desk, "Tomasz")
    panelist = demo_desk.db.execute(
        "SELECT p.id FROM panelists p JOIN sessions s ON s.id = p.session_id "
        "WHERE s.candidate_id = ?", [amara]).fetchone()[0]
    other_session = demo_desk.db.execute("SELECT id FROM sessions WHERE candidate_id = ?",
                                         [tomasz]).fetchone()[0]
    now = utc_now()
    demo_desk.db.insert("flags", {
        "id": new_id(), "session_id": other_session, "panelist_id": panelist,
        "kind": "strong", "text": "odd", "flagged_at": now, "created_at": now,
        "updated_at": now})
    demo_desk.db.conn.commit()
    before = dump(path)
    with pytest.raises(ValidationError, match="flags"):
        demo_desk.retention.purge([amara])
    assert dump(path) == before
    assert demo_desk.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
