"""Find in the real window: Ctrl+K, type, Enter lands where the hit lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import Note
from interview_desk.domain.search import HitKind
from interview_desk.services.desk import Desk
from interview_desk.ui.find import HTML_ROLE, FindDialog
from interview_desk.ui.live.live_view import LiveView
from interview_desk.ui.main_window import MainWindow
from interview_desk.ui.scorecard_pane import ScorecardPane


def _session(desk: Desk, status: str) -> str:
    return next(s.id for s in desk.sessions.overview() if s.status.value == status)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _window(qtbot: QtBot, desk: Desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.go_to_page("sessions")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def _find(qtbot: QtBot, window: MainWindow, words: str) -> FindDialog:
    qtbot.keyClick(_focused(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.find_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.box.hasFocus())
    qtbot.keyClicks(dialog.box, words)
    return dialog


def test_ctrl_k_type_enter_opens_the_live_view_at_the_question(
        qtbot: QtBot, demo_desk: Desk) -> None:
    window = _window(qtbot, demo_desk)
    dialog = _find(qtbot, window, "DLQ replay")
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)  # before the typing pause ends, too
    live = window.page("live")
    assert isinstance(live, LiveView) and window.stack.currentWidget() is live
    hit = dialog.found.hits[0]
    assert hit.kind is HitKind.NOTE
    assert live.session_id == _session(demo_desk, "decided")
    assert live.state.panelist.id == hit.raw.author_id
    assert live.current is not None and live.current.id == hit.raw.question_id
    assert "DLQ" in live.current_editor().toPlainText()
    assert not dialog.isVisible()


def test_evidence_opens_the_scorecard_at_its_competency(qtbot: QtBot, demo_desk: Desk) -> None:
    window = _window(qtbot, demo_desk)
    dialog = _find(qtbot, window, "pushback")
    qtbot.waitUntil(lambda: bool(dialog.found.hits))  # after the typing pause
    hit = dialog.current_hit()
    assert hit is not None and hit.kind is HitKind.EVIDENCE
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    pane = window.page("scorecard")
    assert isinstance(pane, ScorecardPane) and window.stack.currentWidget() is pane
    assert pane.current_competency().id == hit.raw.competency_id


def test_arrows_move_through_hits_and_a_session_hit_opens_the_debrief(
        qtbot: QtBot, demo_desk: Desk) -> None:
    demo_desk.sessions.sessions.update_fields(_session(demo_desk, "decided"),
                                              location="Room Kilimanjaro")
    window = _window(qtbot, demo_desk)
    dialog = _find(qtbot, window, "kilimanjaro quokka")  # in none of her records: nothing
    dialog.search_now()
    assert dialog.found.hits == [] and dialog.status.text() == dialog.tr("Nothing found.")
    dialog.box.clear()
    qtbot.keyClicks(dialog.box, "kilimanjaro")
    dialog.search_now()
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Up)
    assert dialog.current_hit() is not None
    assert dialog.current_hit().kind is HitKind.SESSION  # type: ignore[union-attr]
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.page("debrief")


def test_markup_and_emoji_in_a_note_show_as_typed(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _session(demo_desk, "live")
    author = demo_desk.sessions.sessions.panel(sid)[0]
    question = demo_desk.catalog.kits.get(
        demo_desk.sessions.sessions.get(sid).kit_id).questions()[0].id
    text = "<font color=red size=7>BIG</font> <b>zanzibarite</b> 🦓 &amp;"
    demo_desk.live.save_note(Note(sid, author.id, question, text=text))
    window = _window(qtbot, demo_desk)
    dialog = _find(qtbot, window, "zanzibarite")
    dialog.search_now()
    [item] = [dialog.results.currentItem()]
    assert len(dialog.found.hits) == 1 and item is not None
    plain = item.data(0, HTML_ROLE)  # rich text: the note's own tags escaped, only the match bold
    assert "<font" not in plain and "&lt;font color=red size=7&gt;" in plain
    assert "<b>zanzibarite</b>" in plain and "🦓" in plain and "&amp;amp;" in plain


def test_ctrl_f_opens_find_only_outside_text_boxes(qtbot: QtBot, demo_desk: Desk) -> None:
    window = _window(qtbot, demo_desk)
    qtbot.keyClick(_focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.find_dialog.isVisible)
    window.find_dialog.hide()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("candidates")
    box = window.page("candidates").search  # type: ignore[attr-defined]
    assert isinstance(box, QLineEdit)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(_focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not window.find_dialog.isVisible()
