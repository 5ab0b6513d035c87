"""File → Return-file codes…: this laptop's code, and the senders whose keys it pinned.

The lead and a panelist read their codes aloud in the room; when the code shown here for a
sender is the one they read out, the user marks it confirmed (docs/panel-files.md). A sender
who moved to another laptop signs with a new key: the user forgets the old one (after a
question), and the next file from them pins its key as a first file would.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_desk.exchange.signing import code_of
from interview_desk.services.desk import Desk
from interview_desk.storage.signer_pins import LEAD, SignerPin
from interview_desk.ui.ops import Lane, OpError, OpRunner


class SigningCodesDialog(QDialog):
    confirmed = Signal(object)  # the SignerPin, once marked confirmed
    forgotten = Signal(object)  # the SignerPin as it was, once forgotten

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.setObjectName("signing_codes")
        self.setWindowTitle(self.tr("Return-file codes"))
        self.own = QLabel(self.tr(
            "Your code: <b style='font-size:16pt'>%1</b><br>Read it out to the other side "
            "when you hand over a file, and compare theirs with the list below.")
            .replace("%1", desk.exchange.own_code()), self)
        self.own.setObjectName("own_code")
        self.own.setWordWrap(True)
        heads = [self.tr("Candidate"), self.tr("Sender"), self.tr("Code"), self.tr("Confirmed")]
        # A read-only display of the pins (the database, not this table, is the record).
        self.table = QTableWidget(0, len(heads), self)
        self.table.setObjectName("signer_pins")
        self.table.setAccessibleName(self.tr("Signers' pinned keys"))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.confirm_button = QPushButton(self.tr("&Mark as confirmed"), self)
        self.confirm_button.setObjectName("confirm_code")
        self.confirm_button.setToolTip(self.tr(
            "Only when the sender read out exactly this code to you"))
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        self.forget_button = QPushButton(self.tr("&Forget this key…"), self)
        self.forget_button.setObjectName("forget_code")
        self.forget_button.setToolTip(self.tr(
            "When the sender moved to another laptop: their next file is trusted as a first "
            "file"))
        self.forget_button.clicked.connect(self._on_forget_clicked)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.error = QLabel(self)
        self.error.setObjectName("codes_error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own)
        layout.addWidget(QLabel(self.tr("Senders whose files this laptop imported:"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.confirm_button)
        layout.addWidget(self.forget_button)
        layout.addWidget(buttons)
        self.pins: list[SignerPin] = []
        self.refresh()
        self.resize(720, 420)

    def refresh(self) -> None:
        self.pins = self.desk.exchange.signer_pins()
        self.table.setRowCount(len(self.pins))
        for r, pin in enumerate(self.pins):
            who = pin.who or pin.party
            if pin.party == LEAD:
                who = self.tr("%1 (lead)").replace("%1", who)
            state = self.tr("yes") if pin.confirmed else self.tr("not yet")
            code = "—" if pin.forgotten else code_of(pin.public_key)
            if pin.forgotten:
                state = self.tr("forgotten: the next file pins its key")
            for c, text in enumerate([pin.candidate, who, code, state]):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._update_button()

    def selected(self) -> SignerPin | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pins[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        pin = self.selected()
        self.confirm_button.setEnabled(pin is not None and not pin.confirmed
                                       and not pin.forgotten)
        self.forget_button.setEnabled(pin is not None and not pin.forgotten)

    def _on_confirm_clicked(self) -> None:
        pin = self.selected()
        if pin is None:
            return
        op = self.ops.run(
            lambda desk, _report: desk.exchange.confirm_code(pin.session_id, pin.party),
            lane=Lane.BULK, label=self.tr("Marking the code confirmed…"), owner=self)
        op.succeeded.connect(self._on_confirmed)
        op.failed.connect(self._on_failed)

    def _on_forget_clicked(self) -> None:
        pin = self.selected()
        if pin is None or not self._really_forget(pin):
            return
        op = self.ops.run(
            lambda desk, _report: desk.exchange.forget_code(pin.session_id, pin.party),
            lane=Lane.BULK, label=self.tr("Forgetting the key…"), owner=self)
        op.succeeded.connect(self._on_forgotten)
        op.failed.connect(self._on_failed)

    def _really_forget(self, pin: SignerPin) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Forget this key?"),
            self.tr("Forget %1's code %2 for %3's session? The next file from them will be "
                    "trusted as a first file, whoever signed it: compare codes with them "
                    "then.").replace("%1", pin.who or pin.party)
            .replace("%2", code_of(pin.public_key)).replace("%3", pin.candidate),
            QMessageBox.StandardButton.Cancel, self)
        forget = box.addButton(self.tr("Forget"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is forget

    def _on_forgotten(self, pin: SignerPin) -> None:
        self.error.hide()
        self.refresh()
        self.forgotten.emit(pin)

    def _on_confirmed(self, pin: SignerPin) -> None:
        self.error.hide()
        self.refresh()
        self.confirmed.emit(pin)

    def _on_failed(self, error: OpError) -> None:
        self.error.setText(error.message)
        self.error.show()
