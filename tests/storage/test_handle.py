"""Storage's own handle on a connection (``storage/handle.py``): the transaction rules the
repositories were written for, now without sqlite-utils in between."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from interview_desk.domain.model import SessionStatus
from interview_desk.services.desk import Desk
from interview_desk.storage.database import open_database, open_memory_database
from interview_desk.storage.errors import NotFoundError
from interview_desk.storage.handle import Database
from interview_desk.storage.repositories import SessionRepository


def _seen_by_another_process(path: Path, sql: str) -> list[tuple[object, ...]]:
    """What a second process reads from the file while this one still holds it open."""
    code = ("import json, sqlite3, sys\n"
            "conn = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)\n"
            "print(json.dumps(conn.execute(sys.argv[2]).fetchall()))")
    out = subprocess.run([sys.executable, "-c", code, str(path), sql], capture_output=True,
                         text=True, check=True).stdout
    return [tuple(row) for row in json.loads(out)]


@pytest.fixture
def db(db_path: Path) -> Database:
    handle = open_database(db_path)
    handle.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT NOT NULL, b TEXT)")
    return handle


def test_a_write_outside_a_transaction_is_on_disk_when_execute_returns(
        db: Database, db_path: Path) -> None:
    db.execute("INSERT INTO t (id, a) VALUES ('1', 'x')")

    assert not db.conn.in_transaction
    assert _seen_by_another_process(db_path, "SELECT id, a FROM t") == [("1", "x")]


def test_a_failed_write_leaves_no_transaction_to_swallow_the_next(
        db: Database, db_path: Path) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (id, a) VALUES ('1', NULL)")
    assert not db.conn.in_transaction

    db.execute("INSERT INTO t (id, a) VALUES ('2', 'y')")

    assert _seen_by_another_process(db_path, "SELECT id FROM t") == [("2",)]


def test_atomic_is_all_or_nothing_and_an_inner_failure_undoes_only_its_part(
        db: Database, db_path: Path) -> None:
    with db.atomic():
        db.insert("t", {"id": "outer", "a": "1"})
        with pytest.raises(sqlite3.IntegrityError), db.atomic():
            db.insert("t", {"id": "inner", "a": "2"})
            db.insert("t", {"id": "broken", "a": None})
        db.insert("t", {"id": "after", "a": "3"})
        assert _seen_by_another_process(db_path, "SELECT id FROM t") == []  # not yet
    with pytest.raises(RuntimeError), db.atomic():
        db.insert("t", {"id": "lost", "a": "4"})
        raise RuntimeError("the rest of the operation failed")

    assert not db.conn.in_transaction
    assert sorted(_seen_by_another_process(db_path, "SELECT id FROM t")) == [
        ("after",), ("outer",)]


def test_insert_all_stores_every_row_or_none(db: Database) -> None:
    db.insert_all("t", ({"id": str(i), "a": "x"} for i in range(1200)))
    with pytest.raises(sqlite3.IntegrityError):
        db.insert_all("t", [{"id": "new", "a": "x"}, {"id": "0", "a": "again"}])

    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 1200
    assert db.get("t", "new") is None


def test_upsert_changes_only_the_columns_it_is_given(db: Database) -> None:
    db.insert("t", {"id": "1", "a": "x", "b": "kept"})
    db.upsert("t", {"id": "1", "a": "changed"})
    db.upsert("t", {"id": "2", "a": "new"})

    assert db.get("t", "1") == {"id": "1", "a": "changed", "b": "kept"}
    assert db.get("t", "2") == {"id": "2", "a": "new", "b": None}


def test_saving_a_session_again_keeps_what_the_live_view_stored(demo_desk: Desk) -> None:
    # The live view's fields (started_at, the timer) are not the plan's: a re-save of the
    # plan (a new time, a new room) must leave them as they are.
    sessions = SessionRepository(demo_desk.db)
    session = sessions.all()[0]
    sessions.update_fields(session.id, started_at="2026-03-02T09:01:00+00:00")
    session.location = "Room 4"
    sessions.save(session)

    row = sessions.row(session.id)
    assert (row["location"], row["started_at"]) == ("Room 4", "2026-03-02T09:01:00+00:00")


def test_updating_a_session_that_is_not_there_says_so(demo_desk: Desk) -> None:
    with pytest.raises(NotFoundError, match="no-such-session"):
        SessionRepository(demo_desk.db).update_fields(
            "no-such-session", status=SessionStatus.COMPLETED.value)


def test_a_query_that_would_write_is_refused_before_it_runs(db: Database) -> None:
    db.insert("t", {"id": "1", "a": "x"})

    for sql in ("DELETE FROM t", "INSERT INTO t (id, a) VALUES ('2', 'y') RETURNING id",
                "-- a comment first\nUPDATE t SET a = 'z' RETURNING a"):
        with pytest.raises(ValueError, match="only reads"):
            db.query(sql)
    assert not db.conn.in_transaction
    assert db.execute("SELECT id, a FROM t").fetchall() == [("1", "x")]
    assert list(db.query("WITH n AS (SELECT 1 AS one) SELECT one FROM n")) == [{"one": 1}]


def test_a_query_naming_one_column_twice_is_refused_not_half_read(db: Database) -> None:
    db.insert("t", {"id": "1", "a": "x"})

    with pytest.raises(ValueError, match="column id twice"):
        list(db.query("SELECT t.id, u.id FROM t JOIN t AS u ON u.id = t.id"))
    assert list(db.query("SELECT t.id, u.id AS other FROM t JOIN t AS u ON u.id = t.id")) == [
        {"id": "1", "other": "1"}]


def test_every_connection_fires_delete_triggers_for_replaced_rows(db_path: Path) -> None:
    # sqlite-utils turned recursive triggers on for each connection it wrapped; the schema's
    # triggers (the search index's among them) were written for that.
    writer = open_database(db_path)
    reader = open_database(db_path, create=False, read_only=True)
    for handle in (writer, reader, open_memory_database()):
        assert handle.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
    writer.execute("CREATE TABLE r (id TEXT PRIMARY KEY, v TEXT)")
    writer.execute("CREATE TABLE gone (id TEXT)")
    writer.execute("CREATE TRIGGER r_ad AFTER DELETE ON r BEGIN "
                   "INSERT INTO gone VALUES (old.id); END")
    writer.execute("INSERT INTO r VALUES ('1', 'a')")
    writer.execute("INSERT OR REPLACE INTO r VALUES ('1', 'b')")

    assert writer.execute("SELECT id FROM gone").fetchall() == [("1",)]
