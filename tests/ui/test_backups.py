"""Backups from the window: at close, hourly off the UI thread, and File → Restore from backup…."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.storage import backup as backup_module
from interview_desk.storage.backup import list_backups, make_backup
from interview_desk.ui import settings
from interview_desk.ui.actions import ActionId
from interview_desk.ui.backups import BACKUP_INTERVAL_MS, BackupScheduler, RestoreDialog
from interview_desk.ui.main_window import MainWindow
from tests.helpers import let_file_clock_pass


def _mark(desk: Desk, text: str) -> None:
    desk.db.execute("CREATE TABLE IF NOT EXISTS marker (text TEXT)")
    desk.db.execute("INSERT INTO marker VALUES (?)", [text])
    desk.db.conn.commit()


def _markers(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'marker'").fetchone():
            return []
        return [r[0] for r in conn.execute("SELECT text FROM marker ORDER BY rowid")]
    finally:
        conn.close()


def _open_restore_dialog(qtbot: QtBot, window: MainWindow) -> RestoreDialog:
    action = window.registry[ActionId.RESTORE_BACKUP]
    assert action in window.menuBar().actions()[0].menu().actions()  # File menu
    action.trigger()
    dialog = window.restore_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _other_main_window(old: MainWindow) -> MainWindow:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, MainWindow) and w is not old and w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_closing_the_window_takes_a_backup_with_what_was_just_saved(
        qtbot: QtBot, demo_desk: Desk) -> None:
    assert demo_desk.path is not None
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    _mark(demo_desk, "typed before quitting")
    assert list_backups(demo_desk.path) == []

    assert window.close()

    backups = list_backups(demo_desk.path)
    assert len(backups) == 1
    assert _markers(backups[0].path) == ["typed before quitting"]


def test_closing_again_with_nothing_changed_does_not_copy_the_file_again(
        qtbot: QtBot, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    # On five years of data (2 GB) each close copied, checked and compared the whole file: 7 s
    # of a frozen window to learn that nothing had changed.
    assert demo_desk.path is not None
    let_file_clock_pass(demo_desk.path)
    first = MainWindow(demo_desk)
    qtbot.addWidget(first)
    first.show()
    assert first.close()
    [taken] = list_backups(demo_desk.path)

    def refuse(*_args: object) -> None:
        raise AssertionError("the unchanged file was copied again")
    monkeypatch.setattr(backup_module, "_copy_checked", refuse)
    second = MainWindow(demo_desk)
    qtbot.addWidget(second)
    second.show()
    assert second.close()
    assert [b.path for b in list_backups(demo_desk.path)] == [taken.path]


def test_the_hourly_backup_runs_off_the_ui_thread_and_keeps_n(
        qtbot: QtBot, demo_desk: Desk) -> None:
    assert demo_desk.path is not None
    settings.put(settings.BACKUPS_KEEP, 2)
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    scheduler = window.backups
    assert isinstance(scheduler, BackupScheduler)
    assert scheduler.timer.isActive() and scheduler.timer.interval() == BACKUP_INTERVAL_MS

    taken = []
    for hour in range(3):
        _mark(demo_desk, f"hour {hour}")
        with qtbot.waitSignal(scheduler.backup_taken, timeout=20000) as signal:
            scheduler.timer.timeout.emit()  # an hour has passed
            assert scheduler.op is not None  # queued on the op runner, not run on this thread
        taken.append(signal.args[0])

    assert [b.path for b in list_backups(demo_desk.path)] == [taken[2], taken[1]]
    assert _markers(taken[2]) == ["hour 0", "hour 1", "hour 2"]


def test_an_idle_hour_does_not_copy_the_open_file_again(
        qtbot: QtBot, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    assert demo_desk.path is not None
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    scheduler = window.backups
    assert scheduler is not None
    _mark(demo_desk, "typed in the first hour")  # the open file's -wal holds it
    let_file_clock_pass(demo_desk.path)
    with qtbot.waitSignal(scheduler.backup_taken, timeout=20000) as first:
        scheduler.timer.timeout.emit()
    copies: list[object] = []
    real_copy = backup_module._copy_checked
    monkeypatch.setattr(backup_module, "_copy_checked",
                        lambda *a: copies.append(a) or real_copy(*a))

    with qtbot.waitSignal(scheduler.backup_taken, timeout=20000) as idle:
        scheduler.timer.timeout.emit()
    assert idle.args[0] == first.args[0] and copies == []

    _mark(demo_desk, "typed in the third hour")
    with qtbot.waitSignal(scheduler.backup_taken, timeout=20000) as third:
        scheduler.timer.timeout.emit()
    assert len(copies) == 1 and third.args[0] != first.args[0]
    assert _markers(third.args[0])[-1] == "typed in the third hour"


def test_a_failed_hourly_backup_is_said_in_the_status_bar(
        qtbot: QtBot, demo_desk: Desk, tmp_path: Path) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    assert window.backups is not None
    window.backups.db_path = tmp_path / "gone.sqlite3"  # e.g. its folder was unmounted
    with qtbot.waitSignal(window.backups.backup_failed, timeout=20000):
        window.backups.timer.timeout.emit()
    assert window.statusBar().currentMessage().startswith("No backup was taken:")


def test_restore_from_the_file_menu_reopens_on_the_backup(
        qtbot: QtBot, demo_desk: Desk) -> None:
    path = demo_desk.path
    assert path is not None
    _mark(demo_desk, "in the backup")
    older = make_backup(demo_desk.db, path)
    _mark(demo_desk, "after the backup")
    newer = make_backup(demo_desk.db, path)
    window = MainWindow(demo_desk)
    window.show()
    try:
        dialog = _open_restore_dialog(qtbot, window)
        model = dialog.model
        assert model.rowCount() == 2
        assert [model.row_object(r).path for r in range(2)] == [newer, older]  # newest first
        assert model.data(model.index(0, 1)).endswith("KB")
        dialog.view.selectRow(1)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        box = dialog.confirm_box
        assert isinstance(box, QMessageBox)
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        confirm = box.findChild(QPushButton, "confirm_restore")
        assert confirm is not None
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)

        reopened = _other_main_window(window)
        qtbot.addWidget(reopened)
    finally:
        if shiboken6.isValid(window):
            window.close()
    try:
        assert reopened.desk is not demo_desk and reopened.desk.path == path
        assert _markers(path) == ["in the backup"]
        message = reopened.statusBar().currentMessage()
        assert "The previous file is kept as" in message
        aside = Path(message.rsplit("kept as ", 1)[1].rstrip("."))
        assert _markers(aside) == ["in the backup", "after the backup"]
        qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the old window is gone
        assert [b.path for b in list_backups(path)] == [newer, older]  # none taken meanwhile
    finally:
        reopened.desk.close()


def test_words_typed_just_before_a_restore_are_in_the_file_kept_aside(
        qtbot: QtBot, demo_desk: Desk) -> None:
    path = demo_desk.path
    assert path is not None
    backup = make_backup(demo_desk.db, path)
    window = MainWindow(demo_desk)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        session = next(r.id for r in demo_desk.sessions.overview()
                       if r.status == "planned")
        view = window.open_session(session)
        # not yet written when the restore starts (the autosave waits for a pause)
        qtbot.keyClicks(view.note_editor.current_editor(), "typed just before the restore")
        dialog = _open_restore_dialog(qtbot, window)
        assert dialog.selected() is not None and dialog.selected().path == backup
        dialog.ask_to_restore()
        assert dialog.confirm_box is not None
        qtbot.mouseClick(dialog.confirm_box.findChild(QPushButton, "confirm_restore"),
                         Qt.MouseButton.LeftButton)
        reopened = _other_main_window(window)
        qtbot.addWidget(reopened)
    finally:
        if shiboken6.isValid(window):
            window.close()
    try:
        message = reopened.statusBar().currentMessage()
        aside = Path(message.rsplit("kept as ", 1)[1].rstrip("."))
        conn = sqlite3.connect(aside)
        try:
            notes = [r[0] for r in conn.execute("SELECT text FROM notes")]
        finally:
            conn.close()
        assert "typed just before the restore" in notes
    finally:
        reopened.desk.close()


def test_a_damaged_backup_is_refused_and_the_window_reopens_on_the_same_file(
        qtbot: QtBot, demo_desk: Desk) -> None:
    path = demo_desk.path
    assert path is not None
    backup = make_backup(demo_desk.db, path)
    backup.write_bytes(b"not a database at all" * 200)
    _mark(demo_desk, "kept")
    window = MainWindow(demo_desk)
    window.show()
    try:
        dialog = _open_restore_dialog(qtbot, window)
        dialog.ask_to_restore()
        assert dialog.confirm_box is not None
        confirm = dialog.confirm_box.findChild(QPushButton, "confirm_restore")
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
        reopened = _other_main_window(window)
        qtbot.addWidget(reopened)
    finally:
        if shiboken6.isValid(window):
            window.close()
    try:
        failed = reopened.findChild(QMessageBox, "restore_failed")
        assert failed is not None and "cannot be restored" in failed.informativeText()
        assert _markers(path) == ["kept"]
        assert [p for p in path.parent.iterdir() if "before-restore" in p.name] == []
    finally:
        reopened.desk.close()


def test_the_dialog_without_backups_says_when_the_first_comes(
        qtbot: QtBot, demo_desk: Desk) -> None:
    assert demo_desk.path is not None
    dialog = RestoreDialog(demo_desk.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.view.isVisible()
    assert not dialog.restore_button.isEnabled()
    dialog.keep.setValue(4)
    assert settings.get(settings.BACKUPS_KEEP) == 4
