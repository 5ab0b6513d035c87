"""The recovery screen: what to do when the database will not open.

Shown at start-up instead of a bare error. It offers to restore a backup, open the file
read-only, salvage what SQLite can still read into a new file, or choose another file. The
work itself is done by ``services.recovery``; a failed attempt comes back here with its reason.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import Enum, auto
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from interview_desk.services import recovery
from interview_desk.services.desk import Desk
from interview_desk.storage.backup import BackupInfo
from interview_desk.storage.errors import (
    DamagedDatabaseError,
    DatabaseFileError,
    StorageError,
)
from interview_desk.ui.dates import shown_instant
from interview_desk.ui.i18n import arg, tr


class Choice(Enum):
    RESTORE = auto()
    READ_ONLY = auto()
    SALVAGE = auto()
    OTHER_FILE = auto()


class RecoveryDialog(QDialog):
    """Says what is wrong with the file and lets the user pick a way out."""

    def __init__(self, db_path: Path, error: StorageError, backups: list[BackupInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(tr("Interview Desk — the database did not open"))
        self.db_path = db_path
        self.choice: Choice | None = None
        self.other_file: Path | None = None
        readable = isinstance(error, DatabaseFileError) and error.readable
        viewable = isinstance(error, DatabaseFileError) and error.viewable
        self.damaged = isinstance(error, DamagedDatabaseError)

        heading = QLabel(tr("<b>Interview Desk could not open %1</b>").replace(
            "%1", db_path.name), self)
        reason = QLabel(str(error), self)
        reason.setObjectName("recovery_reason")
        reason.setWordWrap(True)
        reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ask = QLabel(tr("What would you like to do?"), self)

        self.backups = QListWidget(self)
        self.backups.setObjectName("recovery_backups")
        for info in backups:
            item = QListWidgetItem(arg(tr("Backup of %1 (%2 KB)"),
                                       shown_instant(info.created_at),
                                       QLocale().toString(max(1, info.size // 1024))))
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.backups.addItem(item)
        if backups:
            self.backups.setCurrentRow(0)
        self.backups.setVisible(bool(backups))
        # As tall as its rows, up to five; more scroll.
        rows = max(1, min(5, len(backups)))
        self.backups.setFixedHeight(rows * max(self.backups.sizeHintForRow(0), 18)
                                    + 2 * self.backups.frameWidth() + 2)

        self.restore_button = self._option(
            tr("Restore a backup"),
            tr("Put the selected backup in place; the current file is kept aside.")
            if backups else tr("No backup of this file was found."), Choice.RESTORE)
        self.restore_button.setEnabled(bool(backups))
        self.read_only_button = self._option(
            tr("Open read-only"),
            tr("Look at what can still be read (a copy of it; this file is only read). "
               "Nothing can be changed or saved.") if self.damaged else
            tr("Look at what it holds. Nothing can be changed or saved."),
            Choice.READ_ONLY)
        self.salvage_button = self._option(
            tr("Salvage into a new file"),
            tr("Copy every row that can still be read into a new file, which takes this "
               "one's place; the damaged file is kept aside."), Choice.SALVAGE)
        self.read_only_button.setEnabled(viewable)
        self.salvage_button.setEnabled(readable)
        self.other_button = self._option(
            tr("Choose another file…"), tr("Open another database, or start a new one."),
            Choice.OTHER_FILE)
        quit_box = QDialogButtonBox(self)
        quit_button = quit_box.addButton(tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("recovery_quit")
        quit_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(reason)
        layout.addSpacing(6)
        layout.addWidget(ask)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.backups)
        layout.addWidget(self.read_only_button)
        layout.addWidget(self.salvage_button)
        layout.addWidget(self.other_button)
        layout.addStretch(1)
        layout.addWidget(quit_box)
        self.setMinimumWidth(560)

    def _option(self, title: str, description: str, choice: Choice) -> QCommandLinkButton:
        button = QCommandLinkButton(title, description, self)
        button.setObjectName(f"recovery_{choice.name.lower()}")
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def selected_backup(self) -> BackupInfo | None:
        item = self.backups.currentItem()
        if item is None:
            return None
        info = item.data(Qt.ItemDataRole.UserRole)
        return info if isinstance(info, BackupInfo) else None

    def _choose(self, choice: Choice) -> None:
        if choice is Choice.OTHER_FILE:
            name, _filter = QFileDialog.getSaveFileName(
                self, tr("Open or create a database"), str(self.db_path.parent),
                tr("Interview Desk database (*.sqlite3 *.db);;All files (*)"),
                options=QFileDialog.Option.DontConfirmOverwrite)
            if not name:
                return
            self.other_file = Path(name)
        self.choice = choice
        self.accept()


def recover(db_path: Path, error: StorageError) -> Desk | None:
    """Show the recovery screen until a database opens (its desk) or the user quits (None)."""
    while True:
        dialog = RecoveryDialog(db_path, error, recovery.backups(db_path))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return _carry_out(dialog, db_path)
        except (StorageError, OSError) as exc:
            if dialog.choice is Choice.OTHER_FILE and dialog.other_file is not None:
                db_path = dialog.other_file
            error = exc if isinstance(exc, StorageError) else StorageError(str(exc))
        finally:
            QGuiApplication.restoreOverrideCursor()


def _carry_out(dialog: RecoveryDialog, db_path: Path) -> Desk:
    if dialog.choice is Choice.RESTORE:
        backup = dialog.selected_backup()
        if backup is None:
            raise StorageError(tr("Choose a backup to restore."))
        return recovery.restore(backup, db_path)
    if dialog.choice is Choice.READ_ONLY and dialog.damaged:
        copy = _in_background(tr("Reading what can still be read of %1…").replace(
            "%1", db_path.name), lambda: recovery.readable_copy(db_path))
        return recovery.open_copy_read_only(db_path, copy)
    if dialog.choice is Choice.READ_ONLY:
        return recovery.open_read_only(db_path)
    if dialog.choice is Choice.SALVAGE:
        _in_background(tr("Salvaging what can still be read of %1…").replace(
            "%1", db_path.name), lambda: recovery.salvage_in_place(db_path))
        return Desk.open(db_path, create=False)
    assert dialog.other_file is not None
    return recovery.open_other(dialog.other_file)


T = TypeVar("T")


class _Done(QObject):
    finished = Signal()


def _in_background(label: str, work: Callable[[], T]) -> T:
    """Run ``work`` on a thread of its own behind a busy dialog; its result or its error.

    Reading a big damaged file row by row takes a while: the screen must keep painting and
    say what is going on. No window and no writer exist yet (this is before the app opens a
    database), so the op runner has nothing to run it on; ``work`` opens its own files.
    """
    outcome: list[tuple[T | None, BaseException | None]] = []
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome.append((work(), None))
        except BaseException as exc:  # handed to the UI thread, raised there
            outcome.append((None, exc))
        done.finished.emit()

    progress = QProgressDialog(label, "", 0, 0)
    progress.setObjectName("recovery_progress")
    progress.setWindowTitle(tr("Interview Desk"))
    progress.setCancelButton(None)  # a half-written copy is no use; it is quick to wait
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    thread = threading.Thread(target=run, name="recovery", daemon=True)
    thread.start()
    try:
        if not outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        thread.join()
    finally:
        progress.close()
        progress.deleteLater()
    value, error = outcome[0]
    if error is not None:
        raise error
    return value  # type: ignore[return-value]  # None only with an error, raised above
