"""The window's one writer in use: typing is never starved by an import, the scorecard never
writes on the UI thread, a bug in a save is logged and not retried forever, and closing the
window finishes what is queued before the database closes."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import Recommendation
from interview_desk.services.desk import Desk
from interview_desk.services.live import LiveService
from interview_desk.services.scorecards import ScorecardService
from interview_desk.ui.live.autosave import RETRY_MS, SaveState
from interview_desk.ui.main_window import MainWindow
from interview_desk.ui.ops import Lane, Op


@pytest.fixture
def window(qtbot: QtBot, demo_desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _session(desk: Desk, status: str) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == status)


def _type(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QWidget)
    qtbot.keyClicks(widget, text)


def _stored_note(desk: Desk, question_id: str, panelist_id: str) -> str:
    assert desk.path is not None
    conn = sqlite3.connect(desk.path)  # a second connection: what is really on disk
    try:
        rows = conn.execute("SELECT text FROM notes WHERE question_id = ? AND panelist_id = ?",
                            (question_id, panelist_id)).fetchall()
    finally:
        conn.close()
    return str(rows[0][0]) if rows else ""


def test_a_note_typed_during_an_import_is_saved_before_the_import_goes_on(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk, tmp_path: Path) -> None:
    """The import's steps are bulk ops; the note's save is interactive and is taken first,
    as soon as the step running when it was typed ends (it never waits for the last file)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    for n, row in enumerate(demo_desk.sessions.overview()):
        demo_desk.exchange.export_panel(row.id, shared / f"panel-{n}.json")
    view = window.open_session(_session(demo_desk, "planned"))
    ended: list[str] = []
    window.ops.ended.connect(lambda op: ended.append(op.label or "note"))
    # A slow step of an import is running on the writer...
    running, release = threading.Event(), threading.Event()

    def slow_step(_desk: Desk, _report: object) -> None:
        running.set()
        assert release.wait(10)

    window.ops.run(slow_step, lane=Lane.BULK, label="slow step")
    assert running.wait(10)
    qtbot.waitUntil(lambda: window.ops.pending() == 1)  # what opening the view wrote is back
    ended.clear()
    # ...the watched folder brings its files meanwhile...
    inbox = window.exchange.inbox
    inbox.folder = shared
    inbox.scan()
    assert inbox.busy()
    # ...and the panelist types.
    _type(qtbot, "typed while the import runs")
    view.autosave.flush()
    release.set()
    qtbot.waitUntil(lambda: view.autosave.state is SaveState.SAVED, timeout=10_000)
    assert view.current is not None
    assert _stored_note(demo_desk, view.current.id, view.state.panelist.id) == \
        "typed while the import runs"
    qtbot.waitUntil(lambda: not inbox.busy(), timeout=20_000)
    imports = [i for i, label in enumerate(ended) if label.startswith(("Reading", "Importing"))]
    assert len(imports) == 1 + len(list(shared.iterdir()))  # the read, then one per file
    assert ended[0] == "slow step"
    assert ended.index("note") < imports[0]


def test_the_scorecard_pane_writes_only_on_the_runner_thread(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk,
        monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[tuple[str, int]] = []
    for name in ("save_draft", "submit"):
        original = getattr(ScorecardService, name)

        def recording(self: ScorecardService, *args: object, _name: str = name,
                      _original: object = original, **kwargs: object) -> object:
            threads.append((_name, threading.get_ident()))
            return _original(self, *args, **kwargs)  # type: ignore[operator]

        monkeypatch.setattr(ScorecardService, name, recording)
    ui_writes: list[str] = []
    demo_desk.db.conn.set_trace_callback(
        lambda sql: ui_writes.append(sql) if sql.lstrip().upper().startswith(
            ("INSERT", "UPDATE", "DELETE", "REPLACE")) else None)
    sid = _session(demo_desk, "live")
    pane = window.open_scorecard(sid, demo_desk.scorecards.panel(sid)[1].id)
    for row in range(len(pane.competencies)):
        pane.list.setCurrentRow(row)
        pane.rate(3)
    pane.takeaways.setPlainText("A steady hand")
    pane.flush()
    pane.rec_buttons[Recommendation.YES].click()
    with qtbot.waitSignal(pane.scorecard_submitted, timeout=10_000):
        pane.submit(accept_warnings=True)
    demo_desk.db.conn.set_trace_callback(None)
    assert {name for name, _ in threads} == {"save_draft", "submit"}
    assert {ident for _, ident in threads} == {window.ops.writer_thread_ident}
    assert threading.get_ident() not in {ident for _, ident in threads}
    assert ui_writes == []  # the UI's own connection only read
    stored = demo_desk.scorecards.card(sid, pane.panelist_id)
    assert stored.submitted_at and stored.takeaways == "A steady hand"


def test_a_bug_in_a_note_save_is_logged_shown_and_not_retried_on_its_own(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    view = window.open_session(_session(demo_desk, "planned"))
    calls: list[int] = []
    original = LiveService.save_note

    def broken(self: LiveService, *args: object, **kwargs: object) -> None:
        calls.append(1)
        raise AttributeError("a slip in our own code")

    monkeypatch.setattr(LiveService, "save_note", broken)
    caplog.set_level(logging.ERROR, logger="interview_desk")
    _type(qtbot, "kept on screen")
    view.autosave.flush()
    qtbot.waitUntil(lambda: view.autosave.state is SaveState.FAILED, timeout=5000)
    assert view.save_label.text() == "NOT SAVED: kept in memory"
    assert "Something went wrong" in view.save_label.toolTip()
    assert "a slip in our own code" in caplog.text and "Traceback" in caplog.text
    # a lock would be retried every second; a bug is not
    with qtbot.assertNotEmitted(view.autosave.failed, wait=RETRY_MS * 2):
        pass
    assert calls == [1]
    assert view.editors["text"].toPlainText() == "kept on screen"
    # the next change tries again, and once the code works the text is written
    monkeypatch.setattr(LiveService, "save_note", original)
    _type(qtbot, ", still")
    view.autosave.flush()
    qtbot.waitUntil(lambda: view.autosave.state is SaveState.SAVED, timeout=5000)
    assert view.current is not None
    assert _stored_note(demo_desk, view.current.id, view.state.panelist.id) == \
        "kept on screen, still"


def test_closing_the_window_finishes_queued_writes_before_the_runner_stops(
        qtbot: QtBot, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    gate = threading.Event()
    window.ops.run(lambda _d, _r: gate.wait(10), lane=Lane.BULK)
    sid = _session(demo_desk, "live")
    pane = window.open_scorecard(sid, demo_desk.scorecards.panel(sid)[0].id)
    pane.takeaways.setPlainText("written at close")  # its save is still on the timer
    delivered: list[Op] = []
    window.ops.ended.connect(delivered.append)
    gate.set()
    assert window.close()
    assert window.ops.closed and window.ops.pending() == 0
    assert len(delivered) == 2  # the gate and the draft, both delivered before close returned
    assert demo_desk.scorecards.card(sid, pane.panelist_id).takeaways == "written at close"


def test_an_editor_save_runs_on_the_runner_thread(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    ui_writes: list[str] = []
    demo_desk.db.conn.set_trace_callback(
        lambda sql: ui_writes.append(sql) if sql.lstrip().upper().startswith(
            ("INSERT", "UPDATE", "DELETE", "REPLACE")) else None)
    window.go_to_page("candidates")
    page = window.page("candidates")
    from interview_desk.ui.prepare.candidate_editor import CandidatesPage

    assert isinstance(page, CandidatesPage)
    page.new_item()
    qtbot.keyClicks(page.candidate_editor.name, "Written Elsewhere")
    assert page.candidate_editor.save()
    demo_desk.db.conn.set_trace_callback(None)
    assert ui_writes == []
    assert "Written Elsewhere" in [c.name for c in demo_desk.catalog.list_candidates()]
    assert "Written Elsewhere" in [page.model.data(page.model.index(r, 0))
                                   for r in range(page.model.rowCount())]


def test_a_scorecard_draft_saved_while_another_program_writes_is_stored_when_it_is_done(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    """In WAL mode a write after a read is refused at once while another connection holds
    the lock (SQLite's busy wait does not apply); the runner waits and tries again."""
    assert demo_desk.path is not None
    sid = _session(demo_desk, "live")
    pane = window.open_scorecard(sid, demo_desk.scorecards.panel(sid)[0].id)
    blocker = sqlite3.connect(demo_desk.path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    release = threading.Timer(1.5, lambda: blocker.execute("ROLLBACK"))
    release.start()
    try:
        pane.takeaways.setPlainText("written once the lock is gone")
        with qtbot.waitSignal(pane.scorecard_saved, timeout=10_000):
            pane.flush()
    finally:
        release.join()
        blocker.close()
    assert demo_desk.scorecards.card(sid, pane.panelist_id).takeaways == \
        "written once the lock is gone"


def test_closing_the_window_saves_a_scorecard_opened_from_the_sessions_page(
        qtbot: QtBot, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    sid = _session(demo_desk, "live")
    bar = window.page("sessions").session_actions  # type: ignore[attr-defined]
    scorecard = bar.open_scorecard(sid)
    assert scorecard is not None
    scorecard.takeaways.setPlainText("typed in the scorecard page")
    assert scorecard._save_timer.isActive()  # not written yet when the window closes
    assert window.close()
    assert window.ops.closed
    assert demo_desk.scorecards.card(sid, scorecard.panelist_id).takeaways == \
        "typed in the scorecard page"
