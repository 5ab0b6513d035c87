"""The shared-folder inbox: files that appear in a synced folder are imported by themselves.

Any file-sync tool (a network share, a synced cloud folder, a USB stick left plugged in) can
carry panel and return files; this watches the folder, waits until a file stops changing,
and imports it through the window's op runner, if its sender is known here (see
``ExchangeService.sender_known``); a file from anyone else waits, listed, until the user
accepts it: whoever can write to the folder must not be able to import by themselves.
Import is idempotent, so looking at a file twice is harmless. Each file is its own op in the
bulk lane: a note typed while twenty files come in is saved between two of them, not after
the last. (The files are read and checked in one op first, so panel files still merge before
the return files that need them.)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from interview_desk.services.changes import Changes
from interview_desk.services.desk import Desk
from interview_desk.services.exchange_report import ImportReport, WaitingFile, inbox_files
from interview_desk.ui import settings
from interview_desk.ui.i18n import arg
from interview_desk.ui.ops import Lane, OpError, OpFn, OpRunner

if TYPE_CHECKING:
    from interview_desk.exchange.panel_file import ExchangeFile

# Sync tools write a file in several pieces: wait this long after the last change.
SETTLE_MS = 1500
# A folder watch does not see every rewrite of a file in place: look again now and then.
POLL_MS = 10_000


class SharedFolderInbox(QObject):
    imported = Signal(object)  # an ImportReport that changed something, or has news
    watching_changed = Signal(str)  # the folder, "" when stopped

    def __init__(self, desk: Desk, ops: OpRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.folder: Path | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_folder_changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.scan)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.scan)
        self._seen: dict[Path, tuple[int, int]] = {}
        self._waiting = 0  # files handed to the runner, not yet back
        self._batch = ImportReport()
        self._looked_at: dict[Path, tuple[int, int]] = {}
        self._again = False
        # Files from unknown senders, until the user accepts them or they change.
        self.waiting: dict[Path, WaitingFile] = {}
        self._accepted: list[ExchangeFile] = []

    def restore(self) -> None:
        """Watch the folder chosen in an earlier run, if it is still there."""
        saved = settings.get(settings.INBOX_FOLDER)
        if saved and Path(saved).is_dir():
            self.watch(Path(saved))

    def watch(self, folder: Path | None) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.folder = folder
        self._seen.clear()
        settings.put(settings.INBOX_FOLDER, str(folder) if folder else "")
        self.watching_changed.emit(str(folder) if folder else "")
        if folder is None:
            self.poll.stop()
            return
        self.watcher.addPath(str(folder))
        self.poll.start()
        self.scan()

    def _on_folder_changed(self, _path: str) -> None:
        self.timer.start()  # restarts: wait for the folder to settle

    def scan(self) -> None:
        """Import the files that are new or changed since they were last looked at."""
        if self.folder is None or self.desk.path is None:
            return
        if self.busy():
            self._again = True
            return
        found = inbox_files(self.folder)
        fresh = {p: sig for p, sig in found.items() if self._seen.get(p) != sig}
        if not fresh:
            return
        self._batch = ImportReport()
        self._looked_at = fresh
        self._waiting = 1
        read = self.ops.run(lambda desk, _report: desk.exchange.read_each(sorted(fresh)),
                            lane=Lane.BULK, label=self.tr("Reading the shared folder…"),
                            owner=self)
        read.succeeded.connect(self._on_read)
        read.failed.connect(self._on_file_failed)

    def accept(self, paths: list[Path]) -> None:
        """Import waiting files the user accepted (as they were read, codes and all)."""
        docs = [self.waiting.pop(p).doc for p in paths if p in self.waiting]
        self._accepted += docs
        if docs and not self.busy():
            self._batch = ImportReport()
            self._looked_at = {}
            self._start_imports()

    def _on_read(self, read: tuple[list[ExchangeFile], ImportReport]) -> None:
        docs, found = read
        self._batch.refused += found.refused
        for path in self._looked_at:
            self.waiting.pop(path, None)  # changed since: listed again below if still unknown
        for w in found.waiting:
            self.waiting[w.path] = w
        self._batch.waiting = list(found.waiting)
        self._accepted += docs
        self._start_imports()
        self._count_down()  # the read itself

    def _start_imports(self) -> None:
        docs, self._accepted = self._accepted, []
        self._waiting += len(docs)
        for n, doc in enumerate(docs, start=1):
            op = self.ops.run(
                _import_one(doc), lane=Lane.BULK, changes=_what_changed, owner=self,
                label=arg(self.tr("Importing %1 (%2 of %3)…"), doc.source, n, len(docs)))
            op.succeeded.connect(self._on_file_done)
            op.failed.connect(self._on_file_failed)

    def busy(self) -> bool:
        """Files of the last scan are still being imported."""
        return self._waiting > 0

    def _on_file_done(self, report: ImportReport) -> None:
        self._batch.files += report.files
        self._batch.refused += report.refused
        self._count_down()

    def _on_file_failed(self, error: OpError) -> None:
        self._batch.refused.append(error.message)
        self._count_down()

    def _count_down(self) -> None:
        self._waiting -= 1
        if self._waiting:
            return
        self._seen.update(self._looked_at)  # a refused file is retried once it changes again
        report = self._batch
        if report.changed or report.conflicts or report.refused or report.waiting:
            self.imported.emit(report)
        if self._accepted:  # accepted while this batch ran
            self._batch = ImportReport()
            self._looked_at = {}
            self._start_imports()
            return
        if self._again:
            self._again = False
            self.scan()


def _import_one(doc: ExchangeFile) -> OpFn:
    return lambda desk, _report: desk.exchange.import_one(doc)


def _what_changed(report: ImportReport) -> Changes:
    # A merged file can touch any aggregate: candidates, sessions, notes, scorecards.
    return Changes.everything() if report.changed else Changes()
