"""Exporting a PDF report from the GUI: ask where, build it off the UI thread, offer to open it.

The other views call one function each (``export_session_report``, ``export_role_report``,
``export_scorecard_report``) with the window's op runner: the PDF is built on its writer thread
(in the bulk lane, so a note typed meanwhile is saved first), never on the UI thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from interview_desk.services.desk import Desk
from interview_desk.ui.file_dialogs import save_path
from interview_desk.ui.i18n import current_language, say, tr
from interview_desk.ui.ops import Lane, OpError, OpRunner

if TYPE_CHECKING:  # the real import would load reportlab at start-up
    from interview_desk.reports import ExportResult

Job = Callable[[Desk, Path, Callable[[int, str], None]], "ExportResult"]


def safe_file_name(text: str) -> str:
    """A file name from user text: no path separators or characters Windows refuses."""
    cleaned = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', "_", text).strip(" .")
    return (cleaned or "report")[:120]


class ReportExport(QObject):
    """One export in flight: progress dialog, the op, then a box offering to open the file."""

    exported = Signal(object)  # ExportResult
    failed = Signal(str)

    def __init__(self, parent: QWidget, ops: OpRunner, target: Path, job: Job) -> None:
        super().__init__(parent)
        self._parent = parent
        self.target = target
        self.progress = QProgressDialog(tr("Preparing the report…"), "", 0, 100, parent)
        self.progress.setWindowTitle(tr("Export report"))
        self.progress.setCancelButton(None)  # reportlab cannot stop half-way; it is quick
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setValue(0)
        self.result_box: QMessageBox | None = None

        self.op = ops.run(lambda desk, report: job(desk, target, report), lane=Lane.BULK,
                          owner=self)
        self.op.progressed.connect(self._on_progressed)
        self.op.succeeded.connect(self._on_finished)
        self.op.failed.connect(self._on_failed)

    def _on_progressed(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        self.progress.setLabelText(tr(message))

    def _on_finished(self, result: ExportResult) -> None:
        self.progress.reset()
        self.progress.hide()
        box = QMessageBox(QMessageBox.Icon.Information, tr("Report saved"),
                          tr("The report was saved to %1.").replace("%1", str(result.path)),
                          QMessageBox.StandardButton.Close, self._parent)
        notes = []
        if result.interim:
            notes.append(tr("This is an INTERIM report: the panel is sealed or the interview "
                            "is still live, so it holds no ratings, scores or "
                            "recommendations."))
        if result.warning:
            box.setIcon(QMessageBox.Icon.Warning)
            notes.append(say(result.warning))
        if notes:
            box.setInformativeText("\n\n".join(notes))
        open_file = box.addButton(tr("Open report"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_file.setObjectName("open_report")
        open_folder.setObjectName("open_folder")
        box.setDefaultButton(open_file)
        box.buttonClicked.connect(self._on_button_clicked)
        self.result_box = box
        box.open()
        self.exported.emit(result)

    def _on_button_clicked(self, button: QPushButton) -> None:
        if button.objectName() == "open_report":
            self._open(self.target, tr("No program to show PDF files could be started. The "
                                       "report is saved at %1."))
        elif button.objectName() == "open_folder":
            self._open(self.target.parent, tr("No file manager could be started. The report "
                                              "is saved at %1."))

    def _open(self, path: Path, failure: str) -> None:
        """Hand the file to the desktop; say so when nothing could show it (that was silent)."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Could not open"),
                          failure.replace("%1", str(self.target)),
                          QMessageBox.StandardButton.Close, self._parent)
        box.setObjectName("open_failed")
        self.result_box = box
        box.open()

    def _on_failed(self, error: OpError) -> None:
        message = error.message
        self.progress.reset()
        self.progress.hide()
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Report not saved"),
                          tr("The report could not be saved: %1").replace("%1", message),
                          QMessageBox.StandardButton.Close, self._parent)
        self.result_box = box
        box.open()
        self.failed.emit(message)


def ask_target(parent: QWidget, suggested: str, title: str = "") -> Path | None:
    """Where to save: a save dialog starting in the last folder used."""
    path = save_path(parent, title or tr("Export report"), f"{safe_file_name(suggested)}.pdf",
                     tr("PDF files (*.pdf)"))
    if path is None:
        return None
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def export_session_report(parent: QWidget, ops: OpRunner, session_id: str, *,
                          target: Path | None = None,
                          suggested: str = "") -> ReportExport | None:
    """Export the consolidated report of one session; ``None`` if the user cancelled."""
    target = target or ask_target(parent, suggested or tr("interview report", "a file name"))
    if target is None:
        return None
    language = current_language()
    return ReportExport(parent, ops, target, lambda desk, path, report:
                        desk.reports.export_session(session_id, path, progress=report,
                                                    language=language))


def export_role_report(parent: QWidget, ops: OpRunner, role_id: str, *,
                       target: Path | None = None,
                       suggested: str = "") -> ReportExport | None:
    """Export the comparison of every candidate for one role."""
    target = target or ask_target(parent, suggested or tr("role comparison", "a file name"),
                                  tr("Export role comparison"))
    if target is None:
        return None
    language = current_language()
    return ReportExport(parent, ops, target, lambda desk, path, report:
                        desk.reports.export_role(role_id, path, progress=report,
                                                 language=language))


def export_scorecard_report(parent: QWidget, ops: OpRunner, session_id: str,
                            panelist_id: str, *, target: Path | None = None,
                            suggested: str = "") -> ReportExport | None:
    """Export one panelist's scorecard and notes."""
    target = target or ask_target(parent, suggested or tr("scorecard", "a file name"),
                                  tr("Export scorecard"))
    if target is None:
        return None
    language = current_language()
    return ReportExport(parent, ops, target, lambda desk, path, report:
                        desk.reports.export_scorecard(session_id, panelist_id, path,
                                                      progress=report, language=language))
