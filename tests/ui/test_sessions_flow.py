"""The Sessions page as a new user meets it: a visible way to start, buttons that act only on
a selected row, a selection that survives a refresh, and arrows that start on the first row."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.actions import ActionId
from interview_desk.ui.live.live_view import LiveView
from interview_desk.ui.main_window import MainWindow, TablePage, default_size


def _window(qtbot: QtBot, desk: Desk) -> tuple[MainWindow, TablePage]:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    sessions = window.page("sessions")
    assert isinstance(sessions, TablePage)
    return window, sessions


def _row_of(sessions: TablePage, status: str) -> int:
    return next(r for r in range(sessions.model.rowCount())
                if sessions.model.row_object(r).status == status)


def test_buttons_that_act_on_a_session_are_greyed_until_one_is_selected(
        qtbot: QtBot, demo_desk: Desk) -> None:
    window, sessions = _window(qtbot, demo_desk)
    sessions.view.clearSelection()
    acting = [window.start_button, window.planning.edit_button,
              window.session_actions.scorecard_button, window.session_actions.debrief_button]
    assert not any(b.isEnabled() for b in acting)
    sessions.view.selectRow(_row_of(sessions, "planned"))
    assert all(b.isEnabled() for b in acting)


def test_start_interview_is_a_visible_button_that_opens_the_live_view(
        qtbot: QtBot, demo_desk: Desk) -> None:
    window, sessions = _window(qtbot, demo_desk)
    assert window.start_button.isVisible()
    sessions.view.selectRow(_row_of(sessions, "live"))
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.stack.currentWidget(), LiveView)


def test_a_refresh_keeps_the_selected_session_and_its_export_buttons(
        qtbot: QtBot, demo_desk: Desk) -> None:
    window, sessions = _window(qtbot, demo_desk)
    row = _row_of(sessions, "decided")
    chosen = sessions.model.row_object(row).id
    sessions.view.selectRow(row)
    sessions.refresh()
    assert sessions.selected() is not None and sessions.selected().id == chosen
    assert window.registry[ActionId.EXPORT_SESSION_REPORT].isEnabled()


def test_ctrl_1_puts_the_keyboard_on_a_visibly_selected_first_row(
        qtbot: QtBot, demo_desk: Desk) -> None:
    window, sessions = _window(qtbot, demo_desk)
    window.show_page("kits")
    sessions.view.clearSelection()
    sessions.view.setCurrentIndex(sessions.model.index(-1, -1))
    window.registry[ActionId.SHOW_SESSIONS].trigger()
    assert sessions.view.selectionModel().selectedRows()[0].row() == 0
    qtbot.keyClick(sessions.view, Qt.Key.Key_Down)
    assert sessions.view.selectionModel().selectedRows()[0].row() == 1


def test_the_first_window_leaves_room_for_a_title_bar_and_a_taskbar() -> None:
    assert default_size(QSize(1920, 1040)) == QSize(1280, 720)
    small = default_size(QSize(1366, 768))  # a screen that reports no taskbar
    assert small.width() == 1280 and small.height() <= 768 - 32 - 48
    scaled = default_size(QSize(910, 512))  # 1366×768 at 150 %
    assert scaled.width() <= 910 and scaled.height() <= 512 - 32 - 48


def test_ctrl_e_on_the_kits_page_exports_the_kit_not_a_session_report(
        qtbot: QtBot, demo_desk: Desk, monkeypatch) -> None:
    from interview_desk.ui.prepare.kit_editor import KitsPage

    window, sessions = _window(qtbot, demo_desk)
    sessions.view.selectRow(_row_of(sessions, "decided"))
    exported: list[str] = []
    kits = window.page("kits")
    assert isinstance(kits, KitsPage)
    monkeypatch.setattr(kits, "choose_export", lambda: exported.append("kit"))
    window.show_page("kits")
    window.registry[ActionId.EXPORT_SESSION_REPORT].trigger()
    assert exported == ["kit"] and window.report_export is None
