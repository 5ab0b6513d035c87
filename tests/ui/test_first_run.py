"""First run: an empty database opens on a welcome page whose guided path goes where each
missing piece is made, and the Sessions page says what to do instead of showing a blank table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.main_window import MainWindow, TablePage
from interview_desk.ui.prepare.candidate_editor import CandidatesPage
from interview_desk.ui.prepare.role_editor import RolesPage
from interview_desk.ui.welcome import WelcomePage


def _window(qtbot: QtBot, desk: Desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_empty_database_opens_on_the_welcome(qtbot: QtBot, desk: Desk) -> None:
    window = _window(qtbot, desk)
    welcome = window.stack.currentWidget()
    assert isinstance(welcome, WelcomePage)
    assert welcome.demo_button.isVisible() and welcome.prepare_button.isVisible()
    # the shipped kit is there; role, candidate and plan are still to do
    assert [m.text() for m in welcome.marks] == ["○", "✓", "○", "○"]
    window.show_page("sessions")
    sessions = window.page("sessions")
    assert isinstance(sessions, TablePage) and sessions.model.rowCount() == 0
    assert window.sessions_empty.isVisible()
    assert "Plan session" in window.sessions_empty.text()


def test_the_demo_opens_on_its_sessions_not_the_welcome(qtbot: QtBot, demo_desk: Desk) -> None:
    window = _window(qtbot, demo_desk)
    assert not isinstance(window.stack.currentWidget(), WelcomePage)
    assert not window.sessions_empty.isVisible()


def test_the_guided_path_creates_each_piece_where_it_is_needed(
        qtbot: QtBot, desk: Desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    # a draft left unsaved at the end is discarded, not asked about
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: QMessageBox.StandardButton.Discard)
    window = _window(qtbot, desk)
    welcome = window.page("welcome")
    assert isinstance(welcome, WelcomePage)
    kit = desk.catalog.list_kits()[0]
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *_a, **_k: (f"{kit.name} (v{kit.version})", True))
    qtbot.mouseClick(welcome.prepare_button, Qt.MouseButton.LeftButton)  # step 1: the role
    roles = window.page("roles")
    assert isinstance(roles, RolesPage) and window.stack.currentWidget() is roles
    editor = roles.role_editor
    assert editor.role is not None and len(editor.role.competencies) == len(kit.competencies)
    qtbot.keyClicks(editor.name, "Payments engineer")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    window.show_page("welcome")
    assert [m.text() for m in welcome.marks][:2] == ["✓", "✓"]
    qtbot.mouseClick(welcome.prepare_button, Qt.MouseButton.LeftButton)  # step 3
    candidates = window.page("candidates")
    assert isinstance(candidates, CandidatesPage)
    assert window.stack.currentWidget() is candidates
    # a new, unsaved candidate is open in the editor, ready to be named
    assert candidates.current_id() is None and candidates.editor.candidate is not None
