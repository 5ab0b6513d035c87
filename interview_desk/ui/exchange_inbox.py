"""The shared-folder inbox: files that appear in a synced folder are imported by themselves.

Any file-sync tool (a network share, a synced cloud folder, a USB stick left plugged in) can
carry panel and return files; this watches the folder, waits until a file stops changing,
and imports it in a worker. Import is idempotent, so looking at a file twice is harmless.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from interview_desk.services.desk import Desk
from interview_desk.services.exchange import ImportReport, inbox_files
from interview_desk.ui import settings
from interview_desk.ui.workers import Worker, start

# Sync tools write a file in several pieces: wait this long after the last change.
SETTLE_MS = 1500
# A folder watch does not see every rewrite of a file in place: look again now and then.
POLL_MS = 10_000


class SharedFolderInbox(QObject):
    imported = Signal(object)  # an ImportReport that changed something, or has news
    watching_changed = Signal(str)  # the folder, "" when stopped

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
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
        self._worker: Worker | None = None
        self._again = False

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
        if self._worker is not None:
            self._again = True
            return
        found = inbox_files(self.folder)
        fresh = {p: sig for p, sig in found.items() if self._seen.get(p) != sig}
        if not fresh:
            return
        path = self.desk.path

        def work(_report: object) -> ImportReport:
            desk = Desk.open(path, create=False)  # the worker's own connection
            try:
                return desk.exchange.import_each(sorted(fresh))
            finally:
                desk.close()

        worker = Worker(work)
        self._worker = worker
        worker.signals.finished.connect(lambda report: self._on_done(fresh, report))
        worker.signals.failed.connect(lambda _message: self._on_done(fresh, None))
        start(worker)

    def _on_done(self, looked_at: dict[Path, tuple[int, int]],
                 report: ImportReport | None) -> None:
        self._worker = None
        self._seen.update(looked_at)  # a refused file is retried once it changes again
        if report is not None and (report.changed or report.conflicts or report.refused):
            self.imported.emit(report)
        if self._again:
            self._again = False
            self.scan()
