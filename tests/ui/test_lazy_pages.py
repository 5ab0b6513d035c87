"""Pages are built when first shown and refreshed from what changed; the role comparison is
read off the UI thread and shows its rows as they come."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.debrief import DebriefService
from interview_desk.services.desk import Desk
from interview_desk.ui.debrief_pages import OverduePage, RoleComparisonPage
from interview_desk.ui.main_window import MainWindow
from interview_desk.ui.prepare.candidate_editor import CandidatesPage


@pytest.fixture
def window(qtbot: QtBot, demo_desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.show_page("sessions")
    w.show()
    qtbot.waitExposed(w)
    yield w


def _built(window: MainWindow, kind: type) -> list[Any]:
    return window.findChildren(kind)


def test_only_the_page_on_screen_is_built_and_the_others_on_first_show(
        qtbot: QtBot, window: MainWindow) -> None:
    assert _built(window, CandidatesPage) == []
    assert _built(window, RoleComparisonPage) == []
    assert _built(window, OverduePage) == []

    window.show_page("overdue")

    assert window.stack.currentWidget() is window.page("overdue")
    assert isinstance(window.page("overdue"), OverduePage)
    assert len(_built(window, OverduePage)) == 1
    assert _built(window, CandidatesPage) == []
    window.show_page("sessions")
    window.show_page("overdue")  # built once, kept
    assert len(_built(window, OverduePage)) == 1


def test_a_write_builds_no_page_and_a_hidden_comparison_reads_again_only_when_shown(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.broadcast(Changes.everything())
    assert _built(window, RoleComparisonPage) == []

    window.show_page("role_comparison")
    page = window.page("role_comparison")
    assert isinstance(page, RoleComparisonPage)
    qtbot.waitUntil(lambda: not page.loading)
    rows = page.model.rowCount()
    assert rows > 0
    reads: list[str] = []
    real = DebriefService.role_comparison_parts

    def counted(self: DebriefService, role_id: str, **kw: Any) -> Any:
        reads.append(role_id)
        return real(self, role_id, **kw)

    monkeypatch.setattr(DebriefService, "role_comparison_parts", counted)
    window.show_page("sessions")
    window.broadcast(Changes.of(Aggregate.NOTES))  # nothing the comparison shows
    window.broadcast(Changes.of(Aggregate.DECISIONS))  # shown there, but the page is hidden
    window.broadcast(Changes.of(Aggregate.SCORECARDS))
    assert reads == []

    window.show_page("role_comparison")  # one read for both changes
    qtbot.waitUntil(lambda: not page.loading)
    assert len(reads) == 1 and page.model.rowCount() == rows
    window.show_page("sessions")
    window.show_page("role_comparison")  # nothing changed meanwhile: no read
    assert len(reads) == 1


def test_the_role_comparison_is_read_on_another_thread_and_painted_before_it_ends(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    release = threading.Event()
    real = DebriefService.role_comparison_parts

    def slow(self: DebriefService, role_id: str, **kw: Any) -> Any:
        threads.append(threading.get_ident())
        parts = real(self, role_id, first=1, size=1)
        for part in parts:  # up to the first part with a held interview in it
            yield part
            if part.rows:
                break
        release.wait(10)  # the rest of a busy role, still being read
        yield from parts

    monkeypatch.setattr(DebriefService, "role_comparison_parts", slow)
    window.show_page("role_comparison")
    page = window.page("role_comparison")
    assert isinstance(page, RoleComparisonPage)

    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # the first part is on screen
    assert page.loading and threads and threads[0] != threading.get_ident()
    release.set()
    qtbot.waitUntil(lambda: not page.loading)
    role = page.role.currentData()
    assert page.model.rowCount() == len(window.desk.debrief.role_comparison(role).rows) > 1


class _Row:
    def __init__(self, n: int) -> None:
        self.id, self.name = f"id{n}", f"row {n}"


def test_a_long_table_is_offered_in_batches_and_still_finds_any_row(
        qtmodeltester: Any) -> None:
    from interview_desk.ui.models import Column, RowsModel

    model = RowsModel([Column("Name", lambda r: r.name)], lambda: [_Row(n) for n in range(25)],
                      batch=10)
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 20
    assert model.row_of("id23") == 23 and model.rowCount() == 24  # offered up to it
    assert model.row_of("missing") is None
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    model.refresh()  # a new read starts with one batch again
    assert model.rowCount() == 10
    qtmodeltester.check(model)


def test_the_sessions_page_selects_a_session_beyond_the_first_batch(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from interview_desk.ui.main_window import TablePage

    sessions = window.page("sessions")
    assert isinstance(sessions, TablePage)
    every = window.desk.sessions.overview()
    monkeypatch.setattr(sessions.model, "_batch", 1)
    sessions.refresh()
    assert sessions.model.rowCount() == 1 < len(every)

    sessions.select_id(every[-1].id)

    assert sessions.selected() == every[-1]
    assert sessions.model.rowCount() == len(every)


def test_a_partial_load_reads_the_rest_only_when_scrolled_to_or_asked_for(
        qtmodeltester: Any) -> None:
    from interview_desk.ui.models import Column, RowsModel

    every = [_Row(n) for n in range(25)]
    reads: list[str] = []

    def first() -> list[_Row]:
        reads.append("first")
        return every[:10]

    def after(last: _Row) -> list[_Row]:
        reads.append(f"after {last.id}")
        return every[every.index(last) + 1:]

    model = RowsModel([Column("Name", lambda r: r.name)], first, batch=10, more=after)
    assert model.rowCount() == 10 and model.canFetchMore() and reads == ["first"]
    model.fetchMore()  # the view scrolled to the end of what it has
    assert model.rowCount() == 20 and reads == ["first", "after id9"]
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    model.refresh()
    assert model.rowCount() == 10 and model.canFetchMore()
    assert model.row_of("id23") == 23  # found beyond the first rows
    model.refresh()
    assert len(model.rows) == 25
    assert reads == ["first", "after id9", "first", "after id9", "first", "after id9"]
    qtmodeltester.check(model)


def test_the_sessions_page_shows_its_first_rows_and_reads_the_rest_when_scrolled(
        qtbot: QtBot, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    from interview_desk.ui import main_window
    from interview_desk.ui.main_window import TablePage

    monkeypatch.setattr(main_window, "TABLE_BATCH", 2)  # the demo has a handful of sessions
    every = demo_desk.sessions.overview()
    read: list[dict[str, Any]] = []
    listed = demo_desk.session_overview
    monkeypatch.setattr(demo_desk, "session_overview",
                        lambda **how: read.append(how) or listed(**how))
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.show_page("sessions")
    w.show()
    qtbot.waitExposed(w)
    sessions = w.page("sessions")
    assert isinstance(sessions, TablePage)
    assert sessions.model.rowCount() == 2 < len(every) and read == [{"first": 2}]

    sessions.view.scrollToBottom()
    qtbot.waitUntil(lambda: sessions.model.rowCount() == len(every))
    assert read == [{"first": 2}, {"after": every[1]}]
    assert sessions.model.rows == every


def test_the_role_chosen_last_is_read_at_once_while_roles_left_behind_are_still_read(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    # Going through roles quickly: each role left behind is still in its first part (held
    # here at a gate in the service, as a busy role's part holds its thread for a while),
    # as many of them as Qt's own pool has threads.
    desk = window.desk
    wanted = desk.catalog.roles.all()[0].id
    kit = desk.catalog.kits.latest_versions()[0]
    behind = [desk.catalog.save_role(desk.catalog.role_from_kit(kit, name)).id
              for name in ("Data Engineer", "Site Reliability Engineer")]
    gate = threading.Event()
    held: list[str] = []
    real = DebriefService.role_comparison_parts

    def slow_first_part(self: DebriefService, role_id: str, **kw: Any) -> Any:
        if role_id != wanted:
            held.append(role_id)
            gate.wait(10)
        yield from real(self, role_id, **kw)

    window.show_page("role_comparison")
    page = window.page("role_comparison")
    assert isinstance(page, RoleComparisonPage)
    page.role.setCurrentIndex(page.role.findData(wanted))
    qtbot.waitUntil(lambda: not page.loading)
    monkeypatch.setattr(DebriefService, "role_comparison_parts", slow_first_part)
    try:
        for n in range(max(2, QThreadPool.globalInstance().maxThreadCount())):
            page.role.setCurrentIndex(page.role.findData(behind[n % 2]))
            qtbot.waitUntil(lambda n=n: len(held) == n + 1)  # its read is running

        page.role.setCurrentIndex(page.role.findData(wanted))

        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=3000)
        assert not gate.is_set() and page.model.rowCount() == len(
            desk.debrief.role_comparison(wanted).rows)
    finally:
        gate.set()  # the reads left behind end: each was cancelled before its first part
    qtbot.waitUntil(lambda: not page.loading)


def test_a_reader_reads_the_next_part_only_once_the_page_has_taken_the_last(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    # So that the UI thread takes a part in without sharing Python's lock with a reader
    # already busy with the next one.
    taken: list[int] = []  # parts the page has taken in
    asked: list[tuple[int, int]] = []  # (parts read, parts taken) as the next one is asked
    real_parts = DebriefService.role_comparison_parts
    real_take = RoleComparisonPage._on_part_read

    def parts(self: DebriefService, role_id: str, **kw: Any) -> Any:
        for n, part in enumerate(real_parts(self, role_id, first=1, size=1), start=1):
            yield part
            asked.append((n, len(taken)))

    def take(self: RoleComparisonPage, read: Any, rows: Any) -> None:
        real_take(self, read, rows)
        taken.append(len(rows))

    monkeypatch.setattr(DebriefService, "role_comparison_parts", parts)
    monkeypatch.setattr(RoleComparisonPage, "_on_part_read", take)
    window.show_page("role_comparison")
    page = window.page("role_comparison")
    assert isinstance(page, RoleComparisonPage)
    qtbot.waitUntil(lambda: not page.loading)

    assert len(asked) == len(taken) > 1  # one session a part
    assert asked == [(n, n) for n in range(1, len(asked) + 1)]
    assert page.model.rowCount() == sum(taken) > 0


def test_leaving_a_role_stops_the_statement_its_read_is_running(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    desk = window.desk
    wanted = desk.catalog.roles.all()[0].id
    kit = desk.catalog.kits.latest_versions()[0]
    slow = desk.catalog.save_role(desk.catalog.role_from_kit(kit, "Data Engineer")).id
    started, ended = threading.Event(), threading.Event()
    real = DebriefService.role_comparison_parts

    def long_statement(self: DebriefService, role_id: str, **kw: Any) -> Any:
        if role_id == slow:
            # seconds of SQLite's own work on the reader's connection, which says from
            # inside the statement that it is running (an interrupt before it would be lost)
            self.db.conn.create_function("running", 0, lambda: started.set() or 1)
            try:
                self.db.execute("WITH RECURSIVE n(x) AS (SELECT running() UNION ALL "
                                "SELECT x + 1 FROM n WHERE x < 20000000) SELECT count(*) FROM n")
            finally:
                ended.set()
        yield from real(self, role_id, **kw)

    window.show_page("role_comparison")
    page = window.page("role_comparison")
    assert isinstance(page, RoleComparisonPage)
    page.role.setCurrentIndex(page.role.findData(wanted))
    qtbot.waitUntil(lambda: not page.loading)
    monkeypatch.setattr(DebriefService, "role_comparison_parts", long_statement)
    page.role.setCurrentIndex(page.role.findData(slow))
    qtbot.waitUntil(started.is_set)

    page.role.setCurrentIndex(page.role.findData(wanted))

    qtbot.waitUntil(ended.is_set, timeout=1000)  # not seconds later
    qtbot.waitUntil(lambda: not page.loading)
    assert page.model.rowCount() == len(desk.debrief.role_comparison(wanted).rows) > 0
    assert "failed" not in caplog.text  # an interrupted read nobody waits for is no bug
