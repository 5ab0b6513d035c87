"""Keys in the live view that used to lose or misplace what the panelist typed (#14), driven
with real key events through a real window, and the stored data read back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import QuestionType
from interview_desk.services.desk import Desk
from interview_desk.ui.live.live_view import LiveView
from interview_desk.ui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(qtbot: QtBot, key: Qt.Key,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
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


def _planned(window: MainWindow, desk: Desk) -> LiveView:
    sid = next(r.id for r in desk.sessions.overview() if r.status == "planned")
    return window.open_session(sid)


def _go_to(qtbot: QtBot, view: LiveView, wanted: object) -> None:
    for _ in range(len(view._agenda)):
        if view.current is not None and wanted(view.current):  # type: ignore[operator]
            return
        _key(qtbot, Qt.Key.Key_Down, ALT)
    raise AssertionError("no such question on the agenda")


def test_alt_d_without_a_linked_concern_keeps_the_keys_in_the_note(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    view = _planned(window, demo_desk)
    linked = {c.question_id for c in view.state.visible_concerns()}
    _go_to(qtbot, view, lambda i: i.id not in linked)
    note = view.current_editor()
    _type(qtbot, "Talks about ")
    _key(qtbot, Qt.Key.Key_D, ALT)
    assert _focus() is note
    _type(qtbot, "pairing ")  # the Space used to tick a concern in the list
    assert note.toPlainText() == "Talks about pairing "
    assert not view.state.concern_checks
    assert "No open first-round concern" in view.notice.text()


def test_flags_are_confirmed_beside_the_note_whatever_tab_is_showing(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    view = _planned(window, demo_desk)
    view.side_tabs.setCurrentIndex(2)  # the job preview
    _type(qtbot, "gave real numbers")
    _key(qtbot, Qt.Key.Key_F3)
    assert view.notice.isVisible() and "Concern" in view.notice.text()
    assert view.side_tabs.tabText(0).endswith("(1)")
    _key(qtbot, Qt.Key.Key_F2)
    assert "Strong signal" in view.notice.text()
    assert view.side_tabs.tabText(0).endswith("(2)")
    assert _focus() is view.editors["text"]


def test_the_clock_keeps_its_width_when_paused(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    view = _planned(window, demo_desk)

    def where() -> tuple[int, int, int]:
        view.header.layout().activate()  # lay the header out now, as the next paint would
        return view.clock_label.width(), view.clock_label.x(), view.save_label.x()

    paused = where()
    _key(qtbot, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: "paused" not in view.clock_label.text())
    assert where() == paused
    _key(qtbot, Qt.Key.Key_T, CTRL)


def test_star_parts_stack_and_stay_in_view_while_typing(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    view = _planned(window, demo_desk)
    _go_to(qtbot, view, lambda i: i.qtype is QuestionType.BEHAVIOURAL)
    assert view.star_parts.isVisible()
    parts = ("situation", "task", "action", "result")
    for part in parts:
        assert view.editors[part].isVisible()
    _key(qtbot, Qt.Key.Key_S, ALT)
    _type(qtbot, "Outage in the payment service")
    _key(qtbot, Qt.Key.Key_A, ALT)
    assert _focus() is view.editors["action"]
    before = view.editors["action"].height()
    _type(qtbot, "Wrote the runbook. " * 12)  # several lines: the part grows
    assert view.editors["action"].height() > before
    # the Situation is still on screen while the Action is typed
    situation = view.editors["situation"]
    assert situation.isVisible() and not situation.visibleRegion().isEmpty()
    note = view.state.notes[view.current.id]  # type: ignore[union-attr]
    assert note.situation == "Outage in the payment service"
    assert note.action.startswith("Wrote the runbook.")
    # a question of another kind shows one note box
    _go_to(qtbot, view, lambda i: i.qtype is not QuestionType.BEHAVIOURAL)
    assert not view.star_parts.isVisible()


def test_my_questions_marked_who_asks_next_and_alt_m_shows_only_mine(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    view = _planned(window, demo_desk)
    me = view.state.panelist
    mine = [i for i in view._agenda if view.state.asker(i.id) == me]
    others = [i for i in view._agenda if view.state.asker(i.id) not in (None, me)]
    assert mine and others, "the demo plan splits the questions across the panel"
    first = view.current
    assert first is not None
    following = view._agenda[1]
    asker = view.state.asker(following.id)
    expected = ("you" if asker == me else asker.name) if asker else ""
    assert expected in view.question_panel.next_label.text()
    # the page list gives its width to the agenda and the note while the session is open
    assert not window.nav.isVisible()
    _key(qtbot, Qt.Key.Key_M, ALT)
    tree = view.agenda
    shown = set()
    model = view.agenda_model
    for s in range(model.rowCount()):
        section = model.index(s, 0)
        for c in range(model.rowCount(section)):
            if not tree.isRowHidden(c, section) and not tree.isRowHidden(s, model.index(-1, 0)):
                shown.add(model.item_id(model.index(c, 0, section)))
    assert shown == {i.id for i in mine} | {first.id}
    assert _focus() is view.editors["text"]
    _key(qtbot, Qt.Key.Key_M, ALT)
    assert not any(tree.isRowHidden(c, model.index(s, 0)) for s in range(model.rowCount())
                   for c in range(model.rowCount(model.index(s, 0))))
    window.go_to_page("sessions")
    assert window.nav.isVisible()
