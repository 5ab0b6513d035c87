"""A bug reaches the log with its traceback, a short message says where, and the work stays."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from interview_desk.logs import log_file
from interview_desk.services.desk import Desk
from interview_desk.ui.error_hook import BugReporter
from interview_desk.ui.main_window import MainWindow

# pytest-qt would turn the exception into a test failure; here the app's own hook handles it.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def window(qtbot: QtBot, demo_desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


@pytest.fixture
def reporter(window: MainWindow) -> Iterator[BugReporter]:
    hook = BugReporter(window)
    hook.window = window
    hook.install()
    yield hook
    hook.uninstall()


def _broken_slot() -> None:
    raise RuntimeError("the slot tripped over its own feet")


def _logged() -> str:
    return log_file().read_text(encoding="utf-8") if log_file().exists() else ""


def test_a_bug_in_a_slot_is_logged_with_its_traceback_and_the_typed_text_stays(
        qtbot: QtBot, window: MainWindow, reporter: BugReporter, demo_desk: Desk) -> None:
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "live")
    window.open_session(sid)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.objectName() == "note_text"
    qtbot.keyClicks(editor, "owned the rollback")

    QTimer.singleShot(0, _broken_slot)
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible(),
                    timeout=10_000)

    logged = _logged()
    assert "Traceback (most recent call last):" in logged
    assert 'in _broken_slot\n    raise RuntimeError("the slot tripped over its own feet")' \
        in logged
    assert "RuntimeError: the slot tripped over its own feet" in logged
    box = reporter.box
    assert isinstance(box, QMessageBox)
    assert box.text().startswith(f"Something went wrong — details are in {log_file()}.")
    assert not box.isModal()
    assert window.isVisible()
    assert editor.toPlainText() == "owned the rollback"  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, ", then documented it")  # the app goes on taking keys
    assert editor.toPlainText() == "owned the rollback, then documented it"  # type: ignore[attr-defined]


def test_a_second_bug_reuses_the_message_instead_of_piling_up_windows(
        qtbot: QtBot, window: MainWindow, reporter: BugReporter) -> None:
    QTimer.singleShot(0, _broken_slot)
    qtbot.waitUntil(lambda: reporter.box is not None, timeout=10_000)
    first = reporter.box

    QTimer.singleShot(0, _broken_slot)
    qtbot.waitUntil(lambda: _logged().count("RuntimeError: the slot") == 2, timeout=10_000)

    assert reporter.box is first
    assert len(window.findChildren(QMessageBox, "bug_message")) == 1


def test_a_bug_in_another_thread_is_logged_and_shown_on_the_ui_thread(
        qtbot: QtBot, window: MainWindow, reporter: BugReporter) -> None:
    thread = threading.Thread(target=_broken_slot, name="import-watcher")

    with qtbot.waitSignal(reporter.bug_logged, timeout=10_000):
        thread.start()
    thread.join(10)

    assert "unexpected error in thread import-watcher" in _logged()
    assert "RuntimeError: the slot tripped over its own feet" in _logged()
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible(),
                    timeout=10_000)
    assert window.isVisible()
