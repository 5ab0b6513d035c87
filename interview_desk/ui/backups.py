"""Rolling backups while the app runs, and File → Restore from backup….

A backup is taken when the window closes and every hour, off the UI thread for the hourly one
(typing never waits for it). Restoring closes the window (editors ask, notes are written),
replaces the file and opens a new window on it; the storage layer keeps the old file aside.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_desk.i18n import QT_TRANSLATE_NOOP
from interview_desk.services.desk import Desk
from interview_desk.storage.backup import (
    BackupError,
    BackupInfo,
    backup_dir,
    list_backups,
    make_backup,
    restore_backup,
)
from interview_desk.storage.errors import StorageError
from interview_desk.ui import settings
from interview_desk.ui.dates import shown_instant
from interview_desk.ui.i18n import arg, tr
from interview_desk.ui.models import Column, RowsModel
from interview_desk.ui.ops import Lane, Op, OpError, OpRunner

log = logging.getLogger(__name__)

#: How often a backup is taken while the app runs.
BACKUP_INTERVAL_MS = 60 * 60 * 1000


class BackupScheduler(QObject):
    """Takes the hourly backup off the UI thread and the last one when the window closes."""

    backup_taken = Signal(object)  # Path
    backup_failed = Signal(str)

    def __init__(self, db_path: Path, ops: OpRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.ops = ops
        self.op: Op | None = None  # the hourly backup being written
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer)
        self.timer.start()

    def _on_timer(self) -> None:
        if self.op is not None or self._stopped:  # the last one is still being written
            return
        self.op = self._run_off_thread()

    def _run_off_thread(self) -> Op:
        # On the window's op runner (bulk lane: a note typed meanwhile goes first), so no
        # write is ever in progress while the copy is read. make_backup(None, …) reads through
        # a read-only connection it opens on that thread.
        path, keep = self.db_path, settings.get(settings.BACKUPS_KEEP)
        op = self.ops.run(lambda _desk, _report: make_backup(None, path, keep=keep),
                          lane=Lane.BULK, owner=self)
        op.succeeded.connect(self._on_finished)
        op.failed.connect(self._on_failed)
        return op

    def _on_finished(self, path: Path) -> None:
        self.op = None
        self.backup_taken.emit(path)

    def _on_failed(self, error: OpError) -> None:
        self.op = None
        log.warning("no backup of %s was taken: %s", self.db_path, error.message)
        self.backup_failed.emit(error.message)

    def take_on_close(self) -> Path | None:
        """The backup at close, on this thread: the window is going, nobody is typing."""
        if self._stopped:
            return None
        self.stop()
        try:
            path = make_backup(None, self.db_path, keep=settings.get(settings.BACKUPS_KEEP))
        except (BackupError, OSError) as exc:
            # Nobody is left to read a dialog; the next start-up checks the file anyway.
            log.warning("no backup of %s was taken at close: %s", self.db_path, exc)
            return None
        self.backup_taken.emit(path)
        return path

    def stop(self) -> None:
        """No more backups from this window (it closes, or a restore replaces the file)."""
        self._stopped = True
        self.timer.stop()

    def resume(self) -> None:
        self._stopped = False
        self.timer.start()


def _taken(info: BackupInfo) -> str:
    return shown_instant(info.created_at)


def _size(info: BackupInfo) -> str:
    if info.size < 1024 * 1024:
        return arg(tr("%1 KB"), max(1, round(info.size / 1024)))
    return arg(tr("%1 MB"), QLocale().toString(info.size / (1024 * 1024), "f", 1))


class RestoreDialog(QDialog):
    """Lists the backups of the open database, newest first; restores one after asking."""

    restore_confirmed = Signal(object)  # BackupInfo

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setObjectName("restore_dialog")

        intro = QLabel(self.tr(
            "Interview Desk copies “%1” when you quit and every hour while it runs. Restoring "
            "replaces the database with the chosen copy; the current file is kept beside it, "
            "so nothing is lost.").replace("%1", db_path.name), self)
        intro.setWordWrap(True)
        self.model = RowsModel([Column(QT_TRANSLATE_NOOP("", "Taken"), _taken),
                                Column(QT_TRANSLATE_NOOP("", "Size"), _size)], None, self)
        self.view = QTableView(self)
        self.view.setObjectName("backup_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setAlternatingRowColors(True)
        self.empty = QLabel(self.tr(
            "No backups yet. The first is taken when you quit, or within the hour."), self)
        self.empty.setObjectName("restore_empty")
        self.empty.setWordWrap(True)
        folder = QLabel(self.tr("Kept in %1").replace("%1", str(backup_dir(db_path))), self)
        folder.setObjectName("backup_folder")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keep = QSpinBox(self)
        self.keep.setObjectName("backups_keep")
        self.keep.setRange(1, 999)
        self.keep.setValue(settings.get(settings.BACKUPS_KEEP))
        self.keep.setSuffix(self.tr(" backups"))
        keep_label = QLabel(self.tr("&Keep the newest"), self)
        keep_label.setBuddy(self.keep)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restore_selected")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setDefault(True)  # Enter never replaces the database
        buttons = QHBoxLayout()
        buttons.addWidget(keep_label)
        buttons.addWidget(self.keep)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(folder)
        layout.addLayout(buttons)

        self.keep.valueChanged.connect(lambda n: settings.put(settings.BACKUPS_KEEP, n))
        self.restore_button.clicked.connect(self.ask_to_restore)
        self.close_button.clicked.connect(self.reject)
        self.view.activated.connect(lambda _index: self.ask_to_restore())
        self.resize(560, 400)
        self.reload()

    def reload(self) -> None:
        backups = list_backups(self.db_path)
        self.model.set_rows(backups)
        self.empty.setVisible(not backups)
        self.view.setVisible(bool(backups))
        self.restore_button.setEnabled(bool(backups))
        if backups:
            self.view.selectRow(0)

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def ask_to_restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Restore from backup"),
            self.tr("Restore the backup taken %1?").replace("%1", _taken(chosen)),
            QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "The window closes and opens again on the backup. Work saved since that backup "
            "is not in it, but the current file is kept beside the database (its name "
            "contains “before-restore”), so nothing is lost."))
        go = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("confirm_restore")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._confirmed(chosen) if button is go else None)
        self.confirm_box = box
        box.open()

    def _confirmed(self, chosen: BackupInfo) -> None:
        self.accept()
        self.restore_confirmed.emit(chosen)


def install_backups(window: QMainWindow, desk: Desk, ops: OpRunner, action: QAction,
                    reopen: Callable[[Desk], QMainWindow]) -> BackupScheduler | None:
    """Start the hourly backups of ``desk`` and wire File → Restore from backup….

    ``reopen`` builds the window shown on the restored database.
    """
    # An in-memory desk has no file to back up; a read-only one is being looked at only
    # (a backup of it could push the last good ones out), and is restored from the
    # recovery screen instead.
    action.setEnabled(desk.path is not None and not desk.read_only)
    if desk.path is None or desk.read_only:
        return None
    db_path = desk.path
    scheduler = BackupScheduler(db_path, ops, window)
    # Said where it does not interrupt typing; the earlier backups are kept.
    scheduler.backup_failed.connect(lambda message: window.statusBar().showMessage(
        tr("No backup was taken: %1").replace("%1", message)))

    def on_triggered() -> None:
        dialog = RestoreDialog(db_path, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_confirmed.connect(
            lambda info: restore_and_reopen(window, desk, scheduler, info, reopen))
        window.restore_dialog = dialog  # type: ignore[attr-defined]  # for tests
        dialog.open()

    action.triggered.connect(on_triggered)
    return scheduler


def restore_and_reopen(window: QMainWindow, desk: Desk, scheduler: BackupScheduler,
                       backup: BackupInfo, reopen: Callable[[Desk], QMainWindow]
                       ) -> QMainWindow | None:
    """Close ``window``, restore ``backup`` over its database and open a new window on it.

    ``None`` when the window would not close (an editor's Cancel). A refused restore reopens
    on the unchanged file and says why.
    """
    assert desk.path is not None
    db_path = desk.path
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the window closes, but the app goes on
    try:
        # No backup at this close: rotating might delete the very backup being restored.
        scheduler.stop()
        if not window.close():
            scheduler.resume()
            return None
        # Closing the window finished the op runner's queue and closed its connection: the
        # restore has the file to itself once the UI's own connection is closed too.
        desk.close()
        try:
            aside = restore_backup(backup.path, db_path)
        except (BackupError, OSError) as exc:
            failure: str | None = str(exc)
            aside = None
        else:
            failure = None
        try:
            new_desk = Desk.open(db_path)
        except StorageError as exc:
            QMessageBox.critical(None, tr("Interview Desk"), str(exc))
            app.quit()
            return None
        app.aboutToQuit.connect(new_desk.close)
        new_window = reopen(new_desk)
        new_window.show()
        window.deleteLater()
    finally:
        app.setQuitOnLastWindowClosed(quits)
    if failure is not None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Restore from backup"),
                          tr("The backup was not restored."), QMessageBox.StandardButton.Ok,
                          new_window)
        box.setInformativeText(failure)
        box.setObjectName("restore_failed")
        box.open()
    else:
        text = tr("Restored the backup taken %1.").replace("%1", _taken(backup))
        if aside is not None:
            text += " " + tr("The previous file is kept as %1.").replace("%1", str(aside))
        new_window.statusBar().showMessage(text)
    return new_window
