"""The preparation editors inside the main window: closing mid-edit, planning from Sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.main_window import MainWindow
from interview_desk.ui.prepare.candidate_editor import CandidatesPage
from interview_desk.ui.prepare.session_planner import SessionPlannerDialog
from tests.ui.prepare.dialogs import answer, show_active

B = QMessageBox.StandardButton


def _window(qtbot: QtBot, desk: Desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window, before_close_func=lambda w: [
        p.editor._set_dirty(False) for p in w._pages.values() if hasattr(p, "editor")])
    window.resize(1366, 768)
    show_active(qtbot, window)
    return window


def test_closing_the_window_mid_edit_asks_and_can_save(qtbot: QtBot, demo_desk: Desk) -> None:
    window = _window(qtbot, demo_desk)
    window.show_page("candidates")
    page = window.page("candidates")
    assert isinstance(page, CandidatesPage)
    ed = page.candidate_editor
    ed.phone.setFocus()
    ed.phone.selectAll()
    qtbot.keyClicks(ed.phone, "+44 1")
    answer(B.Cancel)
    window.close()
    assert window.isVisible()  # Cancel keeps the window and the typing
    assert ed.phone.text() == "+44 1"
    answer(B.Save)
    window.close()
    assert not window.isVisible()
    assert demo_desk.catalog.get_candidate(page.current_id()).phone == "+44 1"  # type: ignore[arg-type]


def test_plan_session_from_the_sessions_page(qtbot: QtBot, demo_desk: Desk) -> None:
    window = _window(qtbot, demo_desk)
    window.show_page("sessions")
    qtbot.keyClick(window.page("sessions"), Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.planning.dialog
    assert isinstance(dialog, SessionPlannerDialog)
    qtbot.waitExposed(dialog)
    ed = dialog.editor
    ed.p_name.setFocus()
    qtbot.keyClicks(ed.p_name, "Lee")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    sessions = window.page("sessions")
    assert sessions.model.rowCount() == 4  # type: ignore[attr-defined]
    assert len(demo_desk.sessions.overview()) == 4


def test_edit_plan_of_a_live_session_is_refused(qtbot: QtBot, demo_desk: Desk) -> None:
    window = _window(qtbot, demo_desk)
    window.show_page("sessions")
    sessions = window.page("sessions")
    m = sessions.model  # type: ignore[attr-defined]
    live_row = next(r for r in range(m.rowCount()) if m.data(m.index(r, 2)) == "Live")
    sessions.view.setCurrentIndex(m.index(live_row, 0))  # type: ignore[attr-defined]
    told = answer(B.Ok)
    qtbot.mouseClick(window.planning.edit_button, Qt.MouseButton.LeftButton)
    assert told.texts and "started" in told.texts[0]
    assert window.planning.dialog is None


def test_page_shortcuts_reach_only_the_page_shown(qtbot: QtBot, demo_desk: Desk) -> None:
    window = _window(qtbot, demo_desk)
    window.show_page("kits")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    kits = window.page("kits")
    assert kits.kit_editor.name.text() == ""  # type: ignore[attr-defined]
    assert kits.kit_editor.name.hasFocus()  # type: ignore[attr-defined]
    roles = window.page("roles")
    assert roles.role_editor.name.text() != ""  # type: ignore[attr-defined]
    qtbot.keyClicks(kits.kit_editor.name, "Shortcut kit")  # type: ignore[attr-defined]
    qtbot.keyClick(kits.kit_editor.name, Qt.Key.Key_S,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.ControlModifier)
    assert "Shortcut kit" in [k.name for k in demo_desk.catalog.list_kits()]
