"""File → Export for panel…, Export my return file…, Import…, a watched shared folder,
Return-file codes…, and files dropped on the window.

Exports and imports run on the window's op runner (``ui/ops.py``), in its bulk lane; the
result comes back by signal: a summary dialog that lists every conflict, or one clear message.
An import announces that anything may have changed, and the window refreshes every page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_desk.exchange.file_names import PANEL_SUFFIX, RETURN_SUFFIX, with_suffix
from interview_desk.i18n import QT_TRANSLATE_NOOP
from interview_desk.services.changes import NOTHING, Changes
from interview_desk.services.desk import Desk
from interview_desk.services.exchange_report import FileReport, ImportReport
from interview_desk.ui import settings
from interview_desk.ui.actions import ActionId, Actions
from interview_desk.ui.dates import shown_when
from interview_desk.ui.exchange_inbox import SharedFolderInbox
from interview_desk.ui.file_dialogs import choose_folder, open_paths, save_path
from interview_desk.ui.i18n import arg
from interview_desk.ui.ops import Lane, Op, OpError, OpFn, OpRunner
from interview_desk.ui.report_export import safe_file_name

if TYPE_CHECKING:
    from interview_desk.ui.signing_codes import SigningCodesDialog

#: Import takes both kinds, and the ``.json`` names files had before they had their own.
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "ExchangeActions", "Interview Desk files (*.idpanel *.idreturn *.json);;All files (*)")
PANEL_FILTER = QT_TRANSLATE_NOOP("ExchangeActions", "Panel files (*.idpanel)")
RETURN_FILTER = QT_TRANSLATE_NOOP("ExchangeActions", "Return files (*.idreturn)")


class SessionPicker(QDialog):
    """Which session (and, for a return file, which panelist you are)."""

    def __init__(self, desk: Desk, *, with_panelist: bool, session_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("session_picker")
        self.setWindowTitle(self.tr("Export my return file") if with_panelist
                            else self.tr("Export for panel"))
        self.sessions = QComboBox(self)
        self.sessions.setObjectName("session_combo")
        for row in desk.sessions.overview():
            when = shown_when(row.scheduled_at or "")
            self.sessions.addItem(f"{row.candidate} — {row.role} ({when})", row.id)
        if session_id is not None:
            self.sessions.setCurrentIndex(max(self.sessions.findData(session_id), 0))
        self.panelists = QComboBox(self)
        self.panelists.setObjectName("panelist_combo")
        form = QFormLayout()
        form.addRow(self.tr("&Session:"), self.sessions)
        if with_panelist:
            form.addRow(self.tr("&I am:"), self.panelists)
            self.sessions.currentIndexChanged.connect(self._on_session_changed)
            self._on_session_changed()
        else:
            self.panelists.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(self.sessions.count() > 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _on_session_changed(self) -> None:
        self.panelists.clear()
        sid = self.session_id()
        if sid is None:
            return
        for p in self.desk.sessions.sessions.panel(sid):
            label = f"{p.name} ({p.panel_role})" if p.panel_role else p.name
            self.panelists.addItem(label, p.id)
        last = (settings.get(settings.LAST_PANELIST) or {}).get(sid)
        if last:
            self.panelists.setCurrentIndex(max(self.panelists.findData(last), 0))

    def session_id(self) -> str | None:
        data = self.sessions.currentData()
        return str(data) if data else None

    def panelist_id(self) -> str | None:
        data = self.panelists.currentData()
        return str(data) if data else None


class ImportSummaryDialog(QDialog):
    """What an import changed, file by file, who signed each file (and whether that code is
    confirmed), every conflict a person must settle, and the shared-folder files waiting for
    the user to accept them."""

    waiting_accepted = Signal(list)  # the paths of the waiting files the user accepted

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_summary")
        self.setWindowTitle(self.tr("Import finished"))
        conflicts = report.conflicts
        headline = arg(self.tr("%1 added, %2 updated, %3 unchanged."),
                       report.added, report.updated, report.unchanged)
        if conflicts:
            headline += " " + self.tr("%n conflict(s) need you: nothing was overwritten.", "",
                                      len(conflicts))
        if report.refused:
            headline += " " + self.tr("%n file(s) refused.", "", len(report.refused))
        if report.waiting:
            headline += " " + self.tr("%n file(s) waiting for you.", "", len(report.waiting))
        self.headline = QLabel(headline, self)
        self.headline.setObjectName("import_headline")
        self.headline.setWordWrap(True)
        heads = [self.tr("File"), self.tr("What"), self.tr("Sender's code"), self.tr("Added"),
                 self.tr("Updated"), self.tr("Unchanged"), self.tr("Conflicts")]
        # A read-only display of the report (the report, not this table, is the data).
        self.table = QTableWidget(len(report.files), len(heads), self)
        self.table.setObjectName("import_files")
        self.table.setHorizontalHeaderLabels(heads)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, f in enumerate(report.files):
            what = f.kind.label + (f": {f.description}" if f.description else "")
            for c, value in enumerate([f.source, what, self._code(f), f.added, f.updated,
                                       f.unchanged, len(f.conflicts)]):
                item = QTableWidgetItem(str(value))
                if c == 0:
                    item.setToolTip(f.source)  # the whole name, when the column elides it
                if c == 2:
                    item.setToolTip(self.tr("Signed by %1").replace("%1", f.signed_by))
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        _fit_width(self.table, stretch=(0, 1))
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table)
        self.conflicts = QPlainTextEdit(self)
        self.conflicts.setObjectName("import_conflicts")
        self.conflicts.setReadOnly(True)
        problems = conflicts + [self.tr("Refused: %1").replace("%1", r)
                                for r in report.refused]
        self.conflicts.setPlainText("\n\n".join(problems))
        if problems:
            layout.addWidget(QLabel(self.tr("<b>Conflicts to settle</b> (the version already "
                                             "here was kept) <b>and refused files</b>:"), self))
            layout.addWidget(self.conflicts, 1)
        else:
            self.conflicts.hide()
        self.waiting = [w.path for w in report.waiting]
        if report.waiting:
            layout.addWidget(QLabel(self.tr(
                "<b>Waiting for you</b>: files from senders this laptop does not know yet, "
                "not imported. Compare each code with its sender before you import it."), self))
            waiting = QTableWidget(len(report.waiting), 3, self)
            waiting.setObjectName("waiting_files")
            waiting.setHorizontalHeaderLabels([self.tr("File"), self.tr("What"),
                                               self.tr("Sender's code")])
            waiting.verticalHeader().setVisible(False)
            waiting.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            for r, w in enumerate(report.waiting):
                for c, text in enumerate([w.path.name, w.description, w.code]):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    waiting.setItem(r, c, item)
            _fit_width(waiting, stretch=(0, 1))
            layout.addWidget(waiting, 1)
            self.accept_waiting = QPushButton(self.tr("&Import the waiting files"), self)
            self.accept_waiting.setObjectName("accept_waiting")
            self.accept_waiting.clicked.connect(self._on_accept_waiting)
            layout.addWidget(self.accept_waiting)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(860, screen.width() - 40),
                    min(420 if problems or report.waiting else 300, screen.height() - 60))

    def _code(self, f: FileReport) -> str:
        if f.confirmed:
            state = self.tr("confirmed")
        elif f.first_use:
            state = self.tr("not confirmed, first file")
        else:
            state = self.tr("not confirmed")
        return f"{f.signer_code}\n({state})"  # two short lines, not one wide column

    def _on_accept_waiting(self) -> None:
        self.waiting_accepted.emit(self.waiting)
        self.accept()


def _fit_width(table: QTableWidget, stretch: tuple[int, ...]) -> None:
    """Every column within the table's width at any size or scale: the ``stretch`` columns
    (long names, descriptions) share what the others leave, wrapping at spaces and eliding
    a long word in the middle (the tooltip holds it whole); the others fit their text. Rows
    grow to their wrapped text."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class ExchangeActions(QObject):
    """Wires the panel-file actions of one main window; the work runs on its op runner."""

    imported = Signal(object)  # ImportReport, after the database changed
    exported = Signal(str)  # the path written
    failed = Signal(str)  # the message shown

    def __init__(self, window: QWidget, desk: Desk, ops: OpRunner, actions: Actions,
                 current_session: Callable[[], str | None]) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.ops = ops
        self.current_session = current_session
        self.picker: SessionPicker | None = None
        self.summary: ImportSummaryDialog | None = None
        self.message: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self._running: list[Op] = []
        actions[ActionId.EXPORT_PANEL].triggered.connect(self.export_panel)
        actions[ActionId.EXPORT_RETURN].triggered.connect(self.export_return)
        actions[ActionId.IMPORT_FILES].triggered.connect(self.import_files)
        actions[ActionId.SIGNING_CODES].triggered.connect(self.show_codes)
        self.codes: SigningCodesDialog | None = None
        self.inbox = SharedFolderInbox(desk, ops, self)
        self.inbox.imported.connect(lambda report: self._on_imported(report, modal=False))
        self.watch_action = actions[ActionId.WATCH_FOLDER]
        self.watch_action.setCheckable(True)
        self.watch_action.triggered.connect(self._on_watch_triggered)
        self.inbox.watching_changed.connect(self._on_watching_changed)
        self.inbox.restore()
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # --- hand out ----------------------------------------------------------------------------

    def export_panel(self) -> None:
        session_id = self.current_session()
        if session_id is not None:
            self._ask_panel_path(session_id)
            return
        self._pick(with_panelist=False, then=lambda p: self._ask_panel_path(p.session_id()))

    def _ask_panel_path(self, session_id: str | None) -> None:
        if session_id is None:
            return
        path = save_path(self.window, self.tr("Export for panel"),
                         arg(self.tr("panel – %1", "a file name"), self._about(session_id))
                         + PANEL_SUFFIX,
                         self.tr(PANEL_FILTER))
        if path is not None:
            self.export_panel_to(session_id, with_suffix(path, PANEL_SUFFIX))

    def _about(self, session_id: str) -> str:
        """Candidate and date, so that the files of two interviews never overwrite each other."""
        row = next((r for r in self.desk.sessions.overview() if r.id == session_id), None)
        if row is None:
            return session_id[:8]
        return safe_file_name(f"{row.candidate} – {row.scheduled_at[:10]}")

    def export_panel_to(self, session_id: str, path: Path) -> None:
        self._run(lambda desk, report: desk.exchange.export_panel(session_id, path),
                  self.tr("Writing the panel file…"), self._on_exported)

    # --- hand back ---------------------------------------------------------------------------

    def export_return(self) -> None:
        self._pick(with_panelist=True, then=self._ask_return_path)

    def _ask_return_path(self, picker: SessionPicker) -> None:
        sid, pid = picker.session_id(), picker.panelist_id()
        if sid is None or pid is None:
            return
        # You said who you are on this laptop: the live view starts as you next time.
        remembered: dict[str, str] = settings.get(settings.LAST_PANELIST) or {}
        chosen = dict(remembered)
        chosen[sid] = pid
        settings.put(settings.LAST_PANELIST, chosen)
        name = safe_file_name(picker.panelists.currentText().split(" (")[0])
        path = save_path(self.window, self.tr("Export my return file"),
                         arg(self.tr("return – %1 – %2", "a file name"), name,
                             self._about(sid)) + RETURN_SUFFIX,
                         self.tr(RETURN_FILTER))
        if path is not None:
            self.export_return_to(sid, pid, with_suffix(path, RETURN_SUFFIX))

    def export_return_to(self, session_id: str, panelist_id: str, path: Path) -> None:
        self._run(lambda desk, report: desk.exchange.export_return(
            session_id, panelist_id, path), self.tr("Writing your return file…"),
            self._on_exported)

    # --- merge -------------------------------------------------------------------------------

    def import_files(self) -> None:
        paths = open_paths(self.window, self.tr("Import panel or return files"),
                           self.tr(IMPORT_FILTER))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[Path]) -> None:
        files = list(paths)
        self._run(lambda desk, report: desk.exchange.import_paths(files, report),
                  self.tr("Importing…"), self._on_imported,
                  changes=lambda report: Changes.everything() if report.changed else NOTHING)

    # --- who signed what -----------------------------------------------------------------

    def show_codes(self) -> None:
        from interview_desk.ui.signing_codes import SigningCodesDialog

        codes = SigningCodesDialog(self.desk, self.ops, self.window)
        codes.finished.connect(codes.deleteLater)
        self.codes = codes
        codes.open()

    # --- shared-folder inbox ------------------------------------------------------------------

    def _on_watch_triggered(self, checked: bool) -> None:
        if not checked:
            self.inbox.watch(None)
            return
        self.inbox.watch(choose_folder(self.window,
                                       self.tr("Watch a shared folder for panel and return files")))

    def _on_watching_changed(self, folder: str) -> None:
        self.watch_action.setChecked(bool(folder))
        tip = (self.tr("Importing new files from %1").replace("%1", folder) if folder
               else self.tr("Import panel and return files as they appear in a folder"))
        self.watch_action.setToolTip(tip)
        self.watch_action.setStatusTip(tip)

    # --- drops -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.DragEnter,
                                                       QEvent.Type.Drop):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            if not paths:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.import_paths(paths)
            return True
        return super().eventFilter(watched, event)

    # --- plumbing ----------------------------------------------------------------------------

    def _pick(self, *, with_panelist: bool, then: Callable[[SessionPicker], None]) -> None:
        picker = SessionPicker(self.desk, with_panelist=with_panelist,
                               session_id=self.current_session(), parent=self.window)
        picker.accepted.connect(lambda: then(picker))
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()

    def _run(self, job: OpFn, label: str, done: Callable[[Any], None], *,
             changes: Changes | Callable[[Any], Changes] = NOTHING) -> None:
        op = self.ops.run(job, label=label, lane=Lane.BULK, changes=changes, owner=self)
        self._running.append(op)
        progress = QProgressDialog(label, "", 0, 100, self.window)
        progress.setObjectName("exchange_progress")
        progress.setCancelButton(None)  # one transaction: it finishes or changes nothing
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = progress

        def progressed(percent: int, message: str) -> None:
            progress.setValue(percent)
            progress.setLabelText(message)

        def finish() -> None:
            progress.reset()
            progress.deleteLater()
            self.progress = None
            self._running.remove(op)

        def finished(result: object) -> None:
            finish()
            done(result)

        def failed(error: OpError) -> None:
            finish()
            self._on_failed(error.message)

        op.progressed.connect(progressed)
        op.succeeded.connect(finished)
        op.failed.connect(failed)

    def _on_exported(self, path: Path) -> None:
        self.exported.emit(str(path))
        self._inform(self.tr("File written"), self.tr(
            "Written to %1.\n\nSigned with your code %2: read it out to whoever imports "
            "the file, so they can check it came from you.").replace("%1", str(path))
            .replace("%2", self.desk.exchange.own_code()))

    def _on_imported(self, report: ImportReport, *, modal: bool = True) -> None:
        self.imported.emit(report)  # the pages were refreshed by the runner's ``changed``
        summary = ImportSummaryDialog(report, self.window)
        summary.waiting_accepted.connect(self.inbox.accept)
        summary.finished.connect(summary.deleteLater)
        self.summary = summary
        if modal:
            summary.open()
        else:  # the inbox: never take the keyboard from someone typing
            summary.setModal(False)
            summary.show()

    def _on_failed(self, message: str) -> None:
        self.failed.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Nothing was changed"), message,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("exchange_error")
        self._show(box)

    def _inform(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("exchange_info")
        self._show(box)

    def _show(self, box: QMessageBox) -> None:
        box.finished.connect(box.deleteLater)
        self.message = box
        box.open()
