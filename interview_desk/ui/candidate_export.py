"""File ▸ Export a candidate's data…: everything held about one candidate as one JSON file,
for an access request (the service writes it; it runs on the window's op runner)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from interview_desk.i18n import QT_TRANSLATE_NOOP
from interview_desk.services.desk import Desk
from interview_desk.ui.file_dialogs import save_path
from interview_desk.ui.i18n import arg
from interview_desk.ui.ops import Lane, Op, OpError, OpRunner

JSON_FILTER = QT_TRANSLATE_NOOP("CandidateExport", "JSON files (*.json);;All files (*)")


class CandidatePicker(QDialog):
    """Whose data to export."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidate_picker")
        self.setWindowTitle(self.tr("Export a candidate's data"))
        self.candidates = QComboBox(self)
        self.candidates.setObjectName("candidate_combo")
        for c in desk.catalog.list_candidates():
            self.candidates.addItem(c.name, c.id)
        explain = QLabel(self.tr(
            "Everything held about the candidate — dossier, sessions, every panelist's notes, "
            "flags, ratings, evidence and decisions — as one JSON file, for their access "
            "request."), self)
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Candidate:"), self.candidates)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(self.candidates.count() > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def candidate_id(self) -> str | None:
        data = self.candidates.currentData()
        return str(data) if data else None

    def candidate_name(self) -> str:
        return self.candidates.currentText()


class CandidateExport(QObject):
    """Wires the action: pick the candidate, pick the file, write it off the UI thread."""

    exported = Signal(str)  # the path written
    failed = Signal(str)  # the message shown

    def __init__(self, window: QWidget, desk: Desk, ops: OpRunner, action: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.ops = ops
        self.picker: CandidatePicker | None = None
        self.message: QMessageBox | None = None
        action.triggered.connect(self.choose)

    def choose(self) -> None:
        picker = CandidatePicker(self.desk, self.window)
        picker.accepted.connect(lambda: self._ask_path(picker))
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()

    def _ask_path(self, picker: CandidatePicker) -> None:
        ident = picker.candidate_id()
        if ident is None:
            return
        name = picker.candidate_name().lower().replace(" ", "-")
        path = save_path(self.window, self.tr("Export a candidate's data"),
                         arg(self.tr("candidate-%1", "a file name"), name) + ".json",
                         self.tr(JSON_FILTER))
        if path is not None:  # the dialog started in the last folder used
            self.export_to(ident, path)

    def export_to(self, candidate_id: str, path: Path) -> Op:
        op = self.ops.run(lambda desk, _report: desk.retention.export_candidate(candidate_id, path),
                          label=self.tr("Writing the candidate's data…"), lane=Lane.BULK,
                          owner=self)
        op.succeeded.connect(self._on_exported)
        op.failed.connect(self._on_failed)
        return op

    def _on_exported(self, path: object) -> None:
        self.exported.emit(str(path))
        self._show(QMessageBox.Icon.Information, self.tr("File written"),
                   arg(self.tr("Everything held about the candidate was written to %1."),
                       path))

    def _on_failed(self, error: OpError) -> None:
        self.failed.emit(error.message)
        self._show(QMessageBox.Icon.Warning, self.tr("Nothing was written"), error.message)

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("candidate_export_message")
        box.finished.connect(box.deleteLater)
        self.message = box
        box.open()
