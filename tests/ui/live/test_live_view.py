"""The live view driven by keyboard only, as a panelist would, then the stored data read back."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import QuestionType
from interview_desk.services.desk import Desk
from interview_desk.ui import settings
from interview_desk.ui.live.autosave import SaveState
from interview_desk.ui.live.live_view import LiveView
from interview_desk.ui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _session(desk: Desk, status: str) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == status)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
         ) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focus(), text)


@pytest.fixture
def window(qtbot: QtBot, demo_desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _rows(desk: Desk, sql: str, *params: object) -> list[tuple[object, ...]]:
    assert desk.path is not None
    conn = sqlite3.connect(desk.path)  # a second connection: what is really on disk
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_a_whole_session_by_keyboard_only(qtbot: QtBot, window: MainWindow,
                                          demo_desk: Desk) -> None:
    sid = _session(demo_desk, "planned")
    view = window.open_session(sid)
    lead = view.state.panelist
    assert lead.is_lead
    assert _focus() is view.editors["text"]

    _key(qtbot, Qt.Key.Key_T, CTRL)  # start the clock
    assert view.running
    first = view.current
    assert first is not None
    _type(qtbot, "Settled in quickly; asked who is who.")
    _key(qtbot, Qt.Key.Key_Return, CTRL)  # asked, next
    assert view.current is not None and view.current.id != first.id
    _key(qtbot, Qt.Key.Key_K, ALT)  # skip the second opener
    skipped = view._agenda[1]

    # the skip moved us into the experience section; the next section is behavioural
    _key(qtbot, Qt.Key.Key_PageDown, ALT)
    star = view.current
    assert star is not None and star.qtype is QuestionType.BEHAVIOURAL
    _type(qtbot, "Conflict with the CTO about launch.")
    _key(qtbot, Qt.Key.Key_S, ALT)
    assert _focus() is view.editors["situation"]
    _type(qtbot, "Partner launch a week early")
    assert "Action" in view.cue_label.text() and "Result" in view.cue_label.text()
    _key(qtbot, Qt.Key.Key_T, ALT)
    _type(qtbot, "Protect onboarding")
    _key(qtbot, Qt.Key.Key_A, ALT)
    _type(qtbot, "Wrote a risk note & built a token bucket")
    assert "Action" not in view.cue_label.text() and "Result" in view.cue_label.text()
    _key(qtbot, Qt.Key.Key_R, ALT)
    _type(qtbot, "Slipped 2 days, not a week")
    assert view.cue_label.text() == "STAR complete"
    _key(qtbot, Qt.Key.Key_F2)  # strong signal
    _key(qtbot, Qt.Key.Key_F4)  # follow up

    # an ad-hoc question, asked on the fly
    _key(qtbot, Qt.Key.Key_Q, ALT)
    _type(qtbot, "Who reviewed the rate limiter?")
    _key(qtbot, Qt.Key.Key_Return)
    adhoc = view.current
    assert adhoc is not None and adhoc.adhoc is not None
    assert _focus() is view.editors["text"]
    _type(qtbot, "Nobody <did>; shipped alone")
    _key(qtbot, Qt.Key.Key_F3)  # concern

    # the concern tied to a question: go there, note, Alt+D
    concern = next(c for c in view.state.visible_concerns() if c.question_id)
    _key(qtbot, Qt.Key.Key_G, CTRL)  # the agenda: arrows, then Enter
    assert _focus() is view.agenda
    for _ in range(len(view._agenda) + 10):
        if view.agenda.currentIndex().data(Qt.ItemDataRole.UserRole + 7) == concern.question_id:
            break
        _key(qtbot, Qt.Key.Key_Up)
    _key(qtbot, Qt.Key.Key_Return)
    assert view.current is not None and view.current.id == concern.question_id
    assert _focus() is view.editors["text"]
    _type(qtbot, "CI gate after the outage; reviews now routine")
    _key(qtbot, Qt.Key.Key_D, ALT)

    # the candidate's own question, with our answer
    _key(qtbot, Qt.Key.Key_C, ALT)
    _type(qtbot, "What does success look like?")
    _key(qtbot, Qt.Key.Key_Return)
    _type(qtbot, "Ledger live by Q3")
    _key(qtbot, Qt.Key.Key_Return)
    assert _focus() is view.editors["text"]

    # back and forth
    here = view.current
    _key(qtbot, Qt.Key.Key_Down, ALT)
    _key(qtbot, Qt.Key.Key_Up, ALT)
    assert view.current is here

    # end: twice, on purpose
    _key(qtbot, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert view.end_bar.isVisible()
    with qtbot.waitSignal(view.session_ended, timeout=5000) as ended:
        _key(qtbot, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert ended.args == [sid, lead.id]
    assert window.stack.currentWidget() is window.page("scorecard")
    from interview_desk.ui.scorecard_pane import ScorecardPane

    pane = window.page("scorecard")
    assert isinstance(pane, ScorecardPane)
    assert (pane.session_id, pane.card.panelist_id) == (sid, lead.id)

    # everything is on disk
    notes = {r[0]: r[1:] for r in _rows(
        demo_desk, "SELECT question_id, text, situation, task, action, result, state "
        "FROM notes WHERE session_id = ? AND panelist_id = ?", sid, lead.id)}
    assert notes[first.id] == ("Settled in quickly; asked who is who.", "", "", "", "", "asked")
    assert notes[skipped.id][-1] == "skipped"
    assert notes[star.id] == ("Conflict with the CTO about launch.", "Partner launch a week early",
                              "Protect onboarding", "Wrote a risk note & built a token bucket",
                              "Slipped 2 days, not a week", "asked")
    assert notes[adhoc.id][0] == "Nobody <did>; shipped alone"
    assert _rows(demo_desk, "SELECT text FROM adhoc_questions WHERE session_id = ?", sid) == [
        ("Who reviewed the rate limiter?",)]
    flags = _rows(demo_desk, "SELECT kind, question_id FROM flags WHERE session_id = ? "
                  "ORDER BY flagged_at", sid)
    assert flags == [("strong", star.id), ("follow_up", star.id), ("concern", adhoc.id)]
    check = _rows(demo_desk, "SELECT concern_id, note_id, panelist_id FROM concern_checks "
                  "WHERE session_id = ?", sid)
    note_id = _rows(demo_desk, "SELECT id FROM notes WHERE session_id = ? AND question_id = ? "
                    "AND panelist_id = ?", sid, concern.question_id, lead.id)[0][0]
    assert check == [(concern.id, note_id, lead.id)]
    assert _rows(demo_desk, "SELECT text, answer FROM candidate_questions WHERE session_id = ?",
                 sid) == [("What does success look like?", "Ledger live by Q3")]
    status, started, ended_at = _rows(
        demo_desk, "SELECT status, started_at, ended_at FROM sessions WHERE id = ?", sid)[0]
    assert status == "completed" and started and ended_at


def test_typing_is_saved_after_a_pause_and_within_two_seconds_while_typing_goes_on(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    view = window.open_session(_session(demo_desk, "planned"))
    qid = view.current.id if view.current else ""

    def stored() -> str:
        rows = _rows(demo_desk, "SELECT text FROM notes WHERE question_id = ? AND "
                     "panelist_id = ?", qid, view.state.panelist.id)
        return str(rows[0][0]) if rows else ""

    _type(qtbot, "pause here")
    qtbot.waitUntil(lambda: stored() == "pause here", timeout=1500)
    # Never pause for 500 ms: the 2 s bound must still write it while typing goes on.
    saved_while_typing = False
    for n in range(15):  # 15 keys, 200 ms apart: 3 s of typing
        _type(qtbot, str(n % 10))
        qtbot.wait(200)
        if stored() != "pause here":
            saved_while_typing = True
            break
    assert saved_while_typing
    assert stored().startswith("pause here0")


def test_a_failed_save_says_not_saved_keeps_the_text_and_retries(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    view = window.open_session(_session(demo_desk, "planned"))
    assert demo_desk.path is not None
    blocker = sqlite3.connect(demo_desk.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        _type(qtbot, "words that must survive")
        view.autosave.flush()
        qtbot.waitUntil(lambda: view.autosave.state is SaveState.FAILED, timeout=5000)
        assert "NOT SAVED" in view.save_label.text()
        assert view.editors["text"].toPlainText() == "words that must survive"
        _type(qtbot, ", and more")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    qtbot.waitUntil(lambda: view.autosave.state is SaveState.SAVED, timeout=5000)
    assert view.save_label.text() == "Saved"
    assert _rows(demo_desk, "SELECT text FROM notes WHERE question_id = ? AND panelist_id = ?",
                 view.current.id if view.current else "", view.state.panelist.id) == [
        ("words that must survive, and more",)]


def test_the_panelist_is_remembered_per_session_and_switchable(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    sid = _session(demo_desk, "live")
    view = window.open_session(sid)
    assert view.state.panelist.is_lead
    _key(qtbot, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    second = view.state.panelist
    assert not second.is_lead
    assert settings.get(settings.LAST_PANELIST)[sid] == second.id
    _type(qtbot, "as the second panelist")
    again = window.open_session(sid)
    assert again.state.panelist.id == second.id
    assert again.state.notes[again.current.id if again.current else ""].text.endswith(
        "as the second panelist")


def test_double_click_or_enter_on_a_session_row_opens_it(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    from interview_desk.ui.main_window import TablePage

    page = window.page("sessions")
    assert isinstance(page, TablePage)
    row = next(r for r in range(page.model.rowCount())
               if page.model.data(page.model.index(r, 2)) == "Live")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    live = window.page("live")
    assert isinstance(live, LiveView)
    assert live.session_id == _session(demo_desk, "live")
    assert window.stack.currentWidget() is live
    assert _focus() is live.editors["text"]


def test_f1_shows_every_live_shortcut(qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    from interview_desk.ui.actions import LOOK_FOR_KEYS, SPECS

    view = window.open_session(_session(demo_desk, "live"))
    _type(qtbot, "before ")
    _key(qtbot, Qt.Key.Key_F1)
    sheet = view.cheat_sheet
    assert sheet.isVisible()
    keys = {sheet.table.item(r, 0).text() for r in range(sheet.table.rowCount())}
    live = sum(1 for s in SPECS.values() if s.group == "live")
    assert sheet.table.rowCount() == live - len(LOOK_FOR_KEYS) + 1 + 3  # look-fors: one row
    assert {"F1", "F2", "F3", "F4", "Alt+S", "Alt+R", "Ctrl+T", "Alt+M",
            "Ctrl+Shift+S", "Ctrl+5", "Ctrl+6", "Alt+1 … Alt+8"} <= keys
    # beside the note, not over it: the note keeps the keyboard and stays fully in view
    note = view.editors["text"]
    assert _focus() is note
    note_box = note.rect().translated(note.mapTo(view, note.rect().topLeft()))
    sheet_box = sheet.rect().translated(sheet.mapTo(view, sheet.rect().topLeft()))
    assert not note_box.intersects(sheet_box)
    _type(qtbot, "after")
    assert note.toPlainText().endswith("before after")
    _key(qtbot, Qt.Key.Key_F1)
    assert not sheet.isVisible() and view.side_panel.isVisible()


def test_the_clock_counts_and_overrun_is_a_calm_cue(qtbot: QtBot, window: MainWindow,
                                                     demo_desk: Desk) -> None:
    view = window.open_session(_session(demo_desk, "planned"))
    assert "paused" in view.clock_label.text()
    _key(qtbot, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: view.clock_label.text().startswith("0:01"), timeout=3000)
    _key(qtbot, Qt.Key.Key_T, CTRL)
    assert "paused" in view.clock_label.text()
    from interview_desk.ui.live.clock import Stopwatch

    view.stopwatch = Stopwatch(61 * 60)  # an hour and a minute in
    view._refresh_clock()
    assert "61:00 / 60:00" in view.clock_label.text()
    assert "choose what to skip" in view.remaining_label.text()


def test_closing_with_unsaved_notes_asks_and_cancel_keeps_them(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    view = window.open_session(_session(demo_desk, "planned"))
    assert demo_desk.path is not None
    blocker = sqlite3.connect(demo_desk.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    asked: list[str] = []

    def answer_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer_cancel)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    try:
        _type(qtbot, "not yet on disk")
        QTimer.singleShot(0, answer_cancel)
        window.close()
        assert asked and "could not be written" in asked[0]
        assert window.isVisible()  # the close was refused
        assert view.editors["text"].toPlainText() == "not yet on disk"
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    window.close()  # now it can write, and closes without asking
    assert not window.isVisible()
    assert ("not yet on disk",) in _rows(demo_desk, "SELECT text FROM notes")


def test_concern_picked_from_the_list_and_a_talking_point_ticked_by_keyboard(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    sid = _session(demo_desk, "planned")
    view = window.open_session(sid)
    _type(qtbot, "Asked about review habits directly")
    _key(qtbot, Qt.Key.Key_O, ALT)
    assert _focus() is view.concerns
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Space)
    picked = view.state.visible_concerns()[1]
    _key(qtbot, Qt.Key.Key_Escape)
    assert _focus() is view.editors["text"]
    # the job preview: walk to its first talking point and tick it as covered
    for _ in range(len(view._agenda)):
        if view.current is not None and view.current.is_talking_point:
            break
        _key(qtbot, Qt.Key.Key_PageDown, ALT)
    point = view.current
    assert point is not None and point.is_talking_point
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    preview = view.preview_list.item(0)
    assert preview.checkState() == Qt.CheckState.Checked
    assert view.prepare_close()
    first_note = _rows(demo_desk, "SELECT id FROM notes WHERE session_id = ? AND question_id = ?",
                       sid, view._agenda[0].id)[0][0]
    assert _rows(demo_desk, "SELECT concern_id, note_id FROM concern_checks WHERE "
                 "session_id = ?", sid) == [(picked.id, first_note)]
    assert _rows(demo_desk, "SELECT state FROM notes WHERE session_id = ? AND question_id = ?",
                 sid, point.id) == [("asked",)]


def test_focus_loss_and_question_change_write_at_once(qtbot: QtBot, window: MainWindow,
                                                     demo_desk: Desk) -> None:
    view = window.open_session(_session(demo_desk, "planned"))
    _type(qtbot, "waiting for the pause")
    assert view.autosave.has_unsent()
    _key(qtbot, Qt.Key.Key_O, ALT)  # focus leaves the note
    assert not view.autosave.has_unsent()
    _key(qtbot, Qt.Key.Key_Escape)
    _type(qtbot, ", more")
    assert view.autosave.has_unsent()
    _key(qtbot, Qt.Key.Key_Down, ALT)  # question change
    assert not view.autosave.has_unsent()
    qtbot.waitUntil(lambda: not view.autosave.is_dirty(), timeout=3000)
    assert _rows(demo_desk, "SELECT text FROM notes WHERE question_id = ?",
                 view._agenda[0].id) == [("waiting for the pause, more",)]


def test_ending_waits_for_unsaved_notes_before_the_scorecard(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    view = window.open_session(_session(demo_desk, "planned"))
    assert demo_desk.path is not None
    blocker = sqlite3.connect(demo_desk.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    ended: list[tuple[str, str]] = []
    view.session_ended.connect(lambda s, p: ended.append((s, p)))
    try:
        _type(qtbot, "last words")
        _key(qtbot, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
        _key(qtbot, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert ended == []
        assert "not saved yet" in view.end_bar.text()
        assert window.stack.currentWidget() is view
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    _key(qtbot, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert ended == [(view.session_id, view.state.panelist.id)]
    assert ("last words",) in _rows(demo_desk, "SELECT text FROM notes")


def test_coverage_shrinks_as_evidence_is_typed(qtbot: QtBot, window: MainWindow,
                                               demo_desk: Desk) -> None:
    view = window.open_session(_session(demo_desk, "planned"))
    names = {c.key: c.name for c in view.state.role.competencies}
    assert all(n in view.coverage_label.text() for n in names.values())
    _key(qtbot, Qt.Key.Key_PageDown, ALT)  # experience: measures technical depth and more
    measured = view.current.question.competency_keys if view.current and \
        view.current.question else []
    assert measured
    _type(qtbot, "Designed the ledger schema")
    for key, name in names.items():
        assert (name in view.coverage_label.text()) == (key not in measured)


def test_reading_a_finished_session_writes_nothing(qtbot: QtBot, window: MainWindow,
                                                   demo_desk: Desk) -> None:
    from tests.helpers import dump

    assert demo_desk.path is not None
    before = dump(demo_desk.path)
    view = window.open_session(_session(demo_desk, "decided"))
    for _ in range(6):
        _key(qtbot, Qt.Key.Key_Down, ALT)
    _key(qtbot, Qt.Key.Key_T, CTRL)  # the clock of a finished session does not restart
    assert not view.running
    window.close()
    assert dump(demo_desk.path) == before


def test_scorecard_docks_beside_the_live_view_and_hands_over_at_the_end(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    from interview_desk.ui.scorecard_pane import ScorecardDock, ScorecardPane

    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "live")
    view = window.open_session(sid)
    me = view.state.panelist.id
    _key(qtbot, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dock = window.scorecard_dock
    assert isinstance(dock, ScorecardDock) and dock.isVisible()
    assert (dock.pane.session_id, dock.pane.card.panelist_id) == (sid, me)
    assert window.stack.currentWidget() is view  # the notes stay where they were
    # rate the first competency from the dock while the session runs: a draft, stored
    first = dock.pane.competencies[0].id
    _key(qtbot, Qt.Key.Key_3)
    def stored() -> int | None:
        rating = demo_desk.scorecards.card(sid, me).ratings.get(first)
        return rating.rating if rating else None

    qtbot.waitUntil(lambda: stored() == 3, timeout=3000)
    # ending the session: the same card opens as a page, and the dock goes
    view.back_to_note()
    _key(qtbot, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(view.session_ended, timeout=5000):
        _key(qtbot, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.scorecard_dock is None
    pane = window.page("scorecard")
    assert isinstance(pane, ScorecardPane) and pane.card.ratings[first].rating == 3


def test_a_blank_of_the_kit_is_flagged_over_the_question_not_read_out(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    view = window.open_session(_session(demo_desk, "planned"))
    blanks = view.question_panel.blanks_label
    with_blank = next(i for i in view._agenda if "[read the one-line mission]" in i.text)
    without = next(i for i in view._agenda if "[" not in i.text)
    view.show_item(with_blank)
    assert blanks.isVisible()
    assert "[read the one-line mission]" in blanks.text()
    view.show_item(without)
    assert not blanks.isVisible()
