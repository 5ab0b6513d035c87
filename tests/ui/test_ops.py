"""The one op runner: writes run off the UI thread, in order, on one connection, and their
outcome (value and what changed, or a typed error) comes back on the UI thread by signal."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import Candidate
from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import ValidationError
from interview_desk.storage.schema import SCHEMA_VERSION
from interview_desk.ui.ops import BUG_MESSAGE, Lane, Op, OpError, OpRunner, open_runners


def _stored_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)  # a second connection: what is really on disk
    try:
        return [r[0] for r in conn.execute("SELECT name FROM candidates ORDER BY rowid")]
    finally:
        conn.close()


def test_an_op_runs_off_the_ui_thread_and_its_value_and_changes_come_back(
        qtbot: QtBot, desk: Desk, ops: OpRunner) -> None:
    seen: list[int] = []

    def add(d: Desk, report: object) -> str:
        seen.append(threading.get_ident())
        return d.catalog.save_candidate(Candidate(name="Ada Off-Thread")).id

    with qtbot.wait_signal(ops.changed, timeout=5000) as changed:
        op = ops.run(add, changes=lambda ident: Changes.of(Aggregate.CANDIDATES, ids=[ident]))
        with qtbot.wait_signal(op.succeeded, timeout=5000) as done:
            pass
    assert seen and seen[0] != threading.get_ident()
    assert seen[0] == ops.writer_thread_ident
    ident = done.args[0]
    assert changed.args[0] == Changes.of(Aggregate.CANDIDATES, ids=[ident])
    assert op.done and op.value == ident
    assert "Ada Off-Thread" in _stored_names(desk.path)  # type: ignore[arg-type]
    # the UI's own connection reads what the writer committed
    assert desk.catalog.candidates.get(ident).name == "Ada Off-Thread"


def test_progress_is_posted_to_the_ui_thread(qtbot: QtBot, ops: OpRunner) -> None:
    def slow(_d: Desk, report: object) -> int:
        assert callable(report)
        for n in (25, 50, 100):
            report(n, f"step {n}")
        return 3

    op = ops.run(slow)
    received: list[tuple[int, str, int]] = []
    op.progressed.connect(lambda p, m: received.append((p, m, threading.get_ident())))
    with qtbot.wait_signal(op.finished, timeout=5000):
        pass
    assert [(p, m) for p, m, _ in received] == [(25, "step 25"), (50, "step 50"),
                                                (100, "step 100")]
    assert {t for _, _, t in received} == {threading.get_ident()}


def test_a_user_error_comes_back_as_its_message_and_is_not_logged(
        qtbot: QtBot, ops: OpRunner, caplog: pytest.LogCaptureFixture) -> None:
    def refuse(_d: Desk, _r: object) -> None:
        raise ValidationError("A candidate needs a name.")

    op = ops.run(refuse, changes=Changes.everything())
    changed: list[object] = []
    ops.changed.connect(changed.append)
    with qtbot.wait_signal(op.failed, timeout=5000) as failed:
        pass
    error = failed.args[0]
    assert isinstance(error, OpError)
    assert error.message == "A candidate needs a name."
    assert not error.bug and not error.transient
    assert changed == []  # a refused write changed nothing
    assert not [r for r in caplog.records if r.name == "interview_desk.ui.ops"]


def test_a_bug_is_logged_with_its_traceback_rolled_back_and_not_retried(
        qtbot: QtBot, desk: Desk, ops: OpRunner, caplog: pytest.LogCaptureFixture) -> None:
    calls: list[int] = []

    def buggy(d: Desk, _r: object) -> None:
        calls.append(1)
        d.db.execute("BEGIN")
        d.db.execute("INSERT INTO candidates (id, name, created_at, updated_at) "
                     "VALUES ('half', 'Half Written', '2026-01-01', '2026-01-01')")
        raise KeyError("a slip in our own code")

    caplog.set_level(logging.ERROR, logger="interview_desk")
    op = ops.run(buggy)
    with qtbot.wait_signal(op.failed, timeout=5000) as failed:
        pass
    error = failed.args[0]
    assert error.bug and error.message == BUG_MESSAGE
    assert isinstance(error.exception, KeyError)
    assert calls == [1]  # a bug is not retried
    records = [r for r in caplog.records if r.name == "interview_desk.ui.ops"]
    assert len(records) == 1 and records[0].exc_info is not None
    assert "a slip in our own code" in caplog.text and "Traceback" in caplog.text
    assert "Half Written" not in _stored_names(desk.path)  # type: ignore[arg-type]
    # the connection is usable again for the next op
    after = ops.run(lambda d, _r: d.catalog.save_candidate(Candidate(name="Next")).id)
    with qtbot.wait_signal(after.succeeded, timeout=5000):
        pass


def test_a_transient_lock_is_retried_until_it_is_released(
        qtbot: QtBot, desk: Desk, ops: OpRunner) -> None:
    assert desk.path is not None
    # released from inside the op (one thread at a time uses it)
    blocker = sqlite3.connect(desk.path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    attempts: list[int] = []

    def write(d: Desk, _r: object) -> str:
        attempts.append(1)
        if len(attempts) == 3:
            blocker.execute("ROLLBACK")  # the other program lets go at last
        return d.catalog.save_candidate(Candidate(name="Waited For")).id

    try:
        op = ops.run(write)
        with qtbot.wait_signal(op.succeeded, timeout=10_000):
            pass
    finally:
        blocker.close()
    assert len(attempts) == 3  # failed on the lock twice, worked the third time
    assert "Waited For" in _stored_names(desk.path)


def test_a_lock_held_too_long_fails_as_transient_after_a_bounded_wait(
        qtbot: QtBot, desk: Desk, ops: OpRunner) -> None:
    assert desk.path is not None
    blocker = sqlite3.connect(desk.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    attempts: list[int] = []

    def write(d: Desk, _r: object) -> None:
        attempts.append(1)
        d.catalog.save_candidate(Candidate(name="Never"))

    try:
        op = ops.run(write, retry_for_ms=400)
        with qtbot.wait_signal(op.failed, timeout=10_000) as failed:
            pass
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert failed.args[0].transient and not failed.args[0].bug
    assert len(attempts) == 3  # at once, after 100 ms, after 200 more; 400 more would be late


def test_ops_run_in_the_order_given_within_a_lane(qtbot: QtBot, desk: Desk,
                                                   ops: OpRunner) -> None:
    names = [f"Candidate {n:02}" for n in range(20)]
    last: Op | None = None
    for name in names:
        last = ops.run(lambda d, _r, name=name: d.catalog.save_candidate(Candidate(name=name)))
    assert last is not None
    with qtbot.wait_signal(last.finished, timeout=10_000):
        pass
    stored = [n for n in _stored_names(desk.path) if n.startswith("Candidate ")]  # type: ignore[arg-type]
    assert stored == names


def test_an_interactive_op_runs_between_the_steps_of_a_bulk_batch(
        qtbot: QtBot, ops: OpRunner) -> None:
    order: list[str] = []
    gate, running = threading.Event(), threading.Event()

    def step(name: str, wait: bool = False) -> object:
        def fn(_d: Desk, _r: object) -> None:
            if wait:
                running.set()
                assert gate.wait(10)
            order.append(name)
        return fn

    ops.run(step("import 1", wait=True), lane=Lane.BULK)
    for n in (2, 3, 4):
        last = ops.run(step(f"import {n}"), lane=Lane.BULK)
    assert running.wait(10)
    ops.run(step("note"))  # typed while import 1 runs
    gate.set()
    with qtbot.wait_signal(last.finished, timeout=5000):
        pass
    assert order == ["import 1", "note", "import 2", "import 3", "import 4"]


def test_close_drains_pending_ops_and_delivers_their_outcome(
        qtbot: QtBot, desk: Desk) -> None:
    runner = OpRunner(desk)
    gate = threading.Event()
    runner.run(lambda _d, _r: gate.wait(10))
    delivered: list[str] = []
    for n in range(5):
        op = runner.run(lambda d, _r, n=n: d.catalog.save_candidate(
            Candidate(name=f"Pending {n}")).id)
        op.succeeded.connect(lambda _v, n=n: delivered.append(f"Pending {n}"))
    assert runner.pending() == 6
    gate.set()
    assert runner.close()
    assert delivered == [f"Pending {n}" for n in range(5)]
    assert runner.pending() == 0
    assert runner not in open_runners()
    assert [n for n in _stored_names(desk.path) if n.startswith("Pending")] == delivered  # type: ignore[arg-type]


def test_an_op_after_close_fails_loudly_instead_of_vanishing(
        qtbot: QtBot, desk: Desk, caplog: pytest.LogCaptureFixture) -> None:
    runner = OpRunner(desk)
    runner.close()
    op = runner.run(lambda d, _r: d.catalog.save_candidate(Candidate(name="Too late")))
    with qtbot.wait_signal(op.failed, timeout=5000) as failed:
        pass
    assert failed.args[0].bug
    assert "submitted after close" in caplog.text


def test_an_in_memory_desk_runs_ops_on_the_ui_thread_but_still_by_signal(
        qtbot: QtBot) -> None:
    from interview_desk.storage.database import open_memory_database

    desk = Desk(open_memory_database().conn)
    runner = OpRunner(desk)
    try:
        op = runner.run(lambda d, _r: (threading.get_ident(), SCHEMA_VERSION))
        assert not op.done  # the caller connects first; the outcome follows
        with qtbot.wait_signal(op.succeeded, timeout=5000) as done:
            pass
        assert done.args[0][0] == threading.get_ident()
    finally:
        runner.close()
        desk.close()


def test_an_op_whose_owner_is_gone_still_writes_but_calls_nothing_back(
        qtbot: QtBot, desk: Desk, ops: OpRunner) -> None:
    from PySide6.QtCore import QObject

    owner = QObject()
    gate = threading.Event()
    ops.run(lambda _d, _r: gate.wait(10))
    called: list[object] = []
    op = ops.run(lambda d, _r: d.catalog.save_candidate(Candidate(name="Orphan")).id,
                 owner=owner, changes=Changes.of(Aggregate.CANDIDATES))
    op.succeeded.connect(called.append)
    changed: list[object] = []
    ops.changed.connect(changed.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(op))
    gate.set()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=5000)
    assert called == []
    assert changed == [Changes.of(Aggregate.CANDIDATES)]  # the other pages still hear of it
    assert "Orphan" in _stored_names(desk.path)  # type: ignore[arg-type]


def test_an_sqlite_error_that_names_a_file_problem_is_the_users_not_a_bug(
        qtbot: QtBot, desk: Desk, ops: OpRunner) -> None:
    assert desk.path is not None
    path = desk.path

    def write_read_only(_d: Desk, _r: object) -> None:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("DELETE FROM candidates")
        finally:
            conn.close()

    op = ops.run(write_read_only)
    with qtbot.wait_signal(op.failed, timeout=5000) as failed:
        pass
    error = failed.args[0]
    assert not error.bug and not error.transient
    assert "read-only" in error.message and str(path) in error.message
