"""Purge old candidates: pick from those past the retention period, confirm, purge off-thread.

The purge runs on the window's op runner (on its one writer connection, off the UI thread);
the runner announces what it changed and the window refreshes its pages; the ``purged`` signal
lets go of a live view or scorecard of a purged session.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain import clock
from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.services.retention import CandidateActivity, PurgeResult
from interview_desk.ui import settings
from interview_desk.ui.dates import shown_day
from interview_desk.ui.i18n import tr
from interview_desk.ui.ops import Lane, Op, OpError, OpRunner

AnyIndex = QModelIndex | QPersistentModelIndex


class PurgeModel(QAbstractTableModel):
    """Purgeable candidates, each with a check box (checked = to be purged)."""

    checks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateActivity] = []
        self._checked: set[str] = set()
        self._now = clock.now()
        self._titles = [tr("Candidate"), tr("Role"), tr("Last activity"),
                        tr("Days since"), tr("Sessions")]

    def set_rows(self, rows: list[CandidateActivity], now: datetime) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self._checked &= {r.id for r in rows}  # a vanished row cannot stay chosen
        self.endResetModel()
        self.checks_changed.emit()

    def checked_ids(self) -> list[str]:
        return [r.id for r in self._rows if r.id in self._checked]

    def checked_names(self) -> list[str]:
        return [r.name for r in self._rows if r.id in self._checked]

    def set_all(self, checked: bool) -> None:
        self._checked = {r.id for r in self._rows} if checked else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return (Qt.CheckState.Checked if row.id in self._checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.role, shown_day(row.last_activity),
                    str(row.idle_days(self._now)), str(row.sessions))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        ident = self._rows[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(ident)
        else:
            self._checked.discard(ident)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base


class PurgeDialog(QDialog):
    """Lists candidates past the retention period; purges the checked ones after asking."""

    purged = Signal(object)  # PurgeResult

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert desk.path is not None, "purging scrubs a file; an in-memory desk has none"
        self.desk = desk
        self.ops = ops
        self.op: Op | None = None  # the purge in progress
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Purge old candidates"))
        self.setObjectName("purge_dialog")

        self.days = QSpinBox(self)
        self.days.setObjectName("retention_days")
        # 0 days would offer everyone not interviewed today, and be remembered as the rule
        self.days.setRange(1, 36500)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(settings.get(settings.RETENTION_DAYS))
        days_row = QHBoxLayout()
        days_label = QLabel(self.tr("Retention &period: candidates with no activity for more "
                                    "than"), self)
        days_label.setBuddy(self.days)
        days_row.addWidget(days_label)
        days_row.addWidget(self.days)
        days_row.addStretch(1)
        intro = QLabel(self.tr(
            "Purging deletes a candidate with everything recorded about them — dossier, "
            "sessions, notes, flags, scorecards and decisions — and scrubs it from the "
            "database file on this laptop. Candidates with a live or upcoming interview are "
            "never listed. Last activity is the latest of the dossier's last change and the "
            "interviews' times, decisions and when the candidate was told."), self)
        intro.setWordWrap(True)

        self.model = PurgeModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("purge_candidates")
        self.view.setAccessibleName(self.tr("Candidates"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setAlternatingRowColors(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("purge_empty")
        self.empty.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("purge_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.hide()

        self.select_all = QPushButton(self.tr("Select &all"), self)
        self.select_none = QPushButton(self.tr("Select &none"), self)
        self.purge_button = QPushButton(self.tr("&Purge selected…"), self)
        self.purge_button.setObjectName("purge_selected")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setDefault(True)  # Enter never starts a purge
        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all)
        buttons.addWidget(self.select_none)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(days_row)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.days.valueChanged.connect(self._on_days_changed)
        self.select_all.clicked.connect(lambda: self.model.set_all(True))
        self.select_none.clicked.connect(lambda: self.model.set_all(False))
        self.purge_button.clicked.connect(self.ask_to_purge)
        self.close_button.clicked.connect(self.reject)
        self.model.checks_changed.connect(self._update_buttons)
        self.resize(760, 460)
        self.reload()

    # listing
    def reload(self) -> None:
        now = clock.now()
        rows = self.desk.retention.purgeable(self.days.value(), now=now)
        self.model.set_rows(rows, now)
        self.empty.setText("" if rows else self.tr(
            "No candidate has been inactive for more than %1 days.").replace(
                "%1", str(self.days.value())))
        self.empty.setVisible(not rows)

    def _on_days_changed(self, days: int) -> None:
        settings.put(settings.RETENTION_DAYS, days)
        self.reload()

    def _update_buttons(self) -> None:
        busy = self.op is not None
        count = len(self.model.checked_ids())
        self.purge_button.setEnabled(count > 0 and not busy)
        self.purge_button.setText(
            self.tr("&Purge %1 selected…").replace("%1", str(count)) if count
            else self.tr("&Purge selected…"))
        for w in (self.select_all, self.select_none, self.days, self.view, self.close_button):
            w.setEnabled(not busy)

    # purging
    def ask_to_purge(self) -> None:
        ids = self.model.checked_ids()
        if not ids or self.op is not None:
            return
        count = len(ids)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Purge candidates"),
            self.tr("Purge %n candidate(s)?", "", count),
            QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(_whom(self.model.checked_names()) + "\n\n" + self.tr(
            "Their dossiers, sessions, notes, scorecards and decisions will be deleted from "
            "this laptop. This cannot be undone."))
        go = box.addButton(self.tr("Purge %1").replace("%1", str(count)),
                           QMessageBox.ButtonRole.DestructiveRole)
        go.setObjectName("confirm_purge")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self.purge(ids) if button is go else None)
        self.confirm_box = box
        box.open()

    def purge(self, candidate_ids: list[str]) -> Op:
        """Purge now (the user has confirmed), on the window's writer, off the UI thread."""
        op = self.ops.run(
            lambda desk, report: desk.retention.purge(candidate_ids, report=report),
            lane=Lane.BULK, label=self.tr("Purging…"), changes=_what_changed, owner=self)
        op.progressed.connect(self._on_progressed)
        op.succeeded.connect(self._on_finished)
        op.failed.connect(self._on_failed)
        self.op = op
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Purging…"))
        self._update_buttons()
        return op

    def _on_progressed(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(tr(message))

    def _on_finished(self, result: PurgeResult) -> None:
        self.op = None
        self.progress.hide()
        count = len(result.names)
        text = self.tr("Purged %n candidate(s).", "", count)
        if not result.backups_replaced:
            text += " " + self.tr("The backups could not be replaced and still hold the "
                                  "purged records.")
        if not result.wal_truncated:
            text += " " + self.tr("Another program has the database open: deleted text may "
                                  "stay in its log file until it closes.")
        self.status.setText(text)
        self.reload()
        self._update_buttons()
        self.purged.emit(result)

    def _on_failed(self, error: OpError) -> None:
        self.op = None
        self.progress.hide()
        self.status.setText(self.tr("Nothing was purged: %1").replace("%1", error.message))
        self.reload()
        self._update_buttons()

    def reject(self) -> None:
        if self.op is not None:  # never leave a purge half-watched
            return
        super().reject()


#: Names listed in the confirmation before "and N more".
_NAMES_SHOWN = 12


def _whom(names: list[str]) -> str:
    """The people the purge deletes, by name: a count alone hid a wrong tick."""
    shown = "\n".join(f"• {n}" for n in names[:_NAMES_SHOWN])
    if len(names) > _NAMES_SHOWN:
        shown += "\n" + tr("… and %1 more").replace("%1", str(len(names) - _NAMES_SHOWN))
    return shown


def open_purge(window: Any) -> None:
    """File → Purge old candidates… of the main window (which wires the action)."""
    if window.desk.path is None:
        return
    dialog = PurgeDialog(window.desk, window.ops, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.purged.connect(lambda result: _after_purge(window, result))
    window.purge_dialog = dialog
    dialog.open()


def _after_purge(window: Any, result: PurgeResult) -> None:
    forget = getattr(window.page("candidates"), "forget_items", None)
    if callable(forget):
        forget(set(result.candidate_ids))
    # A live view or scorecard of a purged session must not go on writing to it.
    gone = set(result.session_ids)
    for key, title in (("live", tr("Live session")), ("scorecard", tr("Scorecard"))):
        try:
            page = window.page(key)
        except KeyError:
            continue
        if getattr(page, "session_id", None) not in gone:
            continue
        shutdown = getattr(page, "shutdown", None)
        if callable(shutdown):
            shutdown()
        note = QLabel(tr("This session was purged."), window)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        window.add_page(key, title, note)


def _what_changed(result: PurgeResult) -> Changes:
    return Changes.of(Aggregate.CANDIDATES, Aggregate.SESSIONS, Aggregate.NOTES,
                      Aggregate.SCORECARDS, Aggregate.DECISIONS,
                      ids=[*result.candidate_ids, *result.session_ids])
