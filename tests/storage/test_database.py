import sqlite3
import stat
from pathlib import Path

import pytest

from interview_desk.domain.model import (
    Candidate,
    Competency,
    Note,
    Panelist,
    Role,
    Session,
)
from interview_desk.services.desk import Desk
from interview_desk.storage.database import open_database, schema_version
from interview_desk.storage.errors import NewerDatabaseError, NotADatabaseError
from interview_desk.storage.repositories import NoteRepository
from interview_desk.storage.schema import SCHEMA_VERSION

ANCHORS = ("weak", "mixed", "solid", "outstanding")


def test_migrates_an_empty_file_to_the_current_schema(db_path: Path) -> None:
    db = open_database(db_path)
    assert schema_version(db) == SCHEMA_VERSION
    assert {"roles", "kits", "questions", "notes", "scorecards", "decisions"} <= set(
        db.utils.table_names())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()


def test_reopening_is_idempotent(db_path: Path) -> None:
    open_database(db_path).close()
    db = open_database(db_path)
    assert schema_version(db) == SCHEMA_VERSION
    db.close()


def test_database_file_is_private_to_its_user(db_path: Path) -> None:
    open_database(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_a_newer_database_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of Interview Desk"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("hello")
    with pytest.raises(NotADatabaseError):
        open_database(bogus)
    assert bogus.read_text() == "hello"


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE stuff (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError, match="another program"):
        open_database(other)


def _plan(desk: Desk) -> tuple[Session, Panelist]:
    kit = desk.catalog.kits.latest_versions()[0]
    role = desk.catalog.save_role(Role("Engineer", competencies=[
        Competency(key="craft", name="Craft", anchors=ANCHORS)]))
    cand = desk.catalog.save_candidate(Candidate("Ana", role_id=role.id))
    session = Session(candidate_id=cand.id, role_id=role.id, kit_id=kit.id)
    lead = Panelist("Lead")
    desk.sessions.plan(session, [lead])
    return session, lead


def test_ids_are_globally_unique_uuids(desk: Desk) -> None:
    _plan(desk)
    ids = [r[0] for t in ("roles", "kits", "questions", "candidates", "sessions", "panelists")
           for r in desk.db.execute(f"SELECT id FROM {t}").fetchall()]
    assert len(ids) == len(set(ids))
    assert all(len(i) == 32 for i in ids)


def test_foreign_keys_are_enforced(desk: Desk) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        desk.db.execute(
            "INSERT INTO sessions (id, candidate_id, role_id, kit_id, created_at, updated_at) "
            "VALUES ('x', 'missing', 'missing', 'missing', '', '')")


def test_full_text_search_finds_note_text_in_any_star_part(desk: Desk) -> None:
    session, lead = _plan(desk)
    q = desk.catalog.kits.get(session.kit_id).questions()
    notes = NoteRepository(desk.db)
    notes.save(Note(session.id, lead.id, q[0].id, text="Calm under pressure"))
    notes.save(Note(session.id, lead.id, q[1].id, action="Migrated the billing queue to Kafka"))
    assert [n.question_id for n in notes.search("kafka")] == [q[1].id]
    assert [n.question_id for n in notes.search("pressure")] == [q[0].id]
    assert notes.search('"unbalanced') == []  # user input is never FTS syntax


def test_saving_a_note_twice_updates_the_one_note(desk: Desk) -> None:
    session, lead = _plan(desk)
    qid = desk.catalog.kits.get(session.kit_id).questions()[0].id
    notes = NoteRepository(desk.db)
    notes.save(Note(session.id, lead.id, qid, text="first"))
    notes.save(Note(session.id, lead.id, qid, text="second 😀 <b>&amp;"))
    stored = notes.for_session(session.id)
    assert [n.text for n in stored] == ["second 😀 <b>&amp;"]


def test_a_first_write_that_meets_a_lock_still_inserts_once_the_lock_is_gone(
        tmp_path: Path) -> None:
    """sqlite-utils probes upsert support at the first upsert; a probe that met a lock once
    made every later insert of a new row vanish silently while the save reported success."""
    path = tmp_path / "locked.sqlite3"
    Desk.open(path).close()
    writer = Desk.open(path)
    writer.db.execute("PRAGMA busy_timeout = 0")
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another connection holds the write lock
    with pytest.raises(sqlite3.OperationalError):
        writer.catalog.save_candidate(Candidate(name="First Try"))
    blocker.execute("ROLLBACK")
    blocker.close()
    saved = writer.catalog.save_candidate(Candidate(name="Second Try"))
    writer.close()
    check = sqlite3.connect(path)
    try:
        names = [r[0] for r in check.execute("SELECT name FROM candidates WHERE id = ?",
                                             [saved.id])]
    finally:
        check.close()
    assert names == ["Second Try"]


def test_notes_have_one_write_path_whoever_minted_the_id(desk: Desk) -> None:
    """The live writer and every other caller store a note through NoteRepository.save."""
    session, lead = _plan(desk)
    qid = desk.catalog.kits.get(session.kit_id).questions()[0].id
    notes = NoteRepository(desk.db)
    first = Note(session.id, lead.id, qid, text="typed live")
    desk.live.save_note(first, seconds_spent=42)  # the autosave writer's call
    stored_id = notes.note_id(session.id, lead.id, qid)
    assert stored_id == first.id
    later = Note(session.id, lead.id, qid, text="merged in later")  # a fresh id
    notes.save(later)  # no time given: the time at the question is kept
    assert later.id == stored_id  # the caller learns the id the note is stored under
    assert [(n.id, n.text) for n in notes.for_session(session.id)] == [
        (stored_id, "merged in later")]
    assert notes.seconds_spent(session.id, lead.id) == {qid: 42}
    notes.save(later, seconds_spent=50)
    assert notes.seconds_spent(session.id, lead.id) == {qid: 50}
    assert [n.question_id for n in notes.search("merged")] == [qid]  # the index follows
