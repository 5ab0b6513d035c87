"""Tell the candidate: the message for a decided session, copied or opened in the mail program.

The draft comes from ``MessageService.draft`` (the template the outcome calls for, the
candidate's name, role and e-mail, the follow-up date as timeline); the lead adjusts next
steps, timeline and the text, then copies it or opens it as a ``mailto:`` link. Either act
records the date the candidate was told (an op on the writer thread), unless unticked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.messages import Message, MessageKind, compose
from interview_desk.domain.model import utc_now
from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.services.messages import Draft
from interview_desk.ui import dates
from interview_desk.ui.i18n import arg, tr
from interview_desk.ui.ops import OpError, OpRunner


class TellCandidateDialog(QDialog):
    told_recorded = Signal(str)  # session id

    def __init__(self, desk: Desk, ops: OpRunner, session_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.session_id = session_id
        self.draft: Draft = desk.messages.draft(session_id)  # raises when undecided
        self.setWindowTitle(arg(self.tr("Tell the candidate — %1"), self.draft.candidate))
        self.setObjectName("tell_candidate")
        self.kind = QComboBox(self)
        self.kind.setObjectName("tell_kind")
        for kind in MessageKind:
            self.kind.addItem(tr(kind.label), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(self.draft.kind.value))
        self.to = QLineEdit(self.draft.to, self)
        self.to.setObjectName("tell_to")
        self.to.setPlaceholderText(self.tr("The candidate's e-mail (none in the dossier)"))
        self.next_steps = QPlainTextEdit(self.draft.next_steps, self)
        self.next_steps.setObjectName("tell_next_steps")
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setMaximumHeight(70)
        self.timeline = QLineEdit(self.draft.timeline, self)
        self.timeline.setObjectName("tell_timeline")
        self.signed = QLineEdit(self.draft.sender, self)
        self.signed.setObjectName("tell_signed")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("tell_subject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("tell_body")
        self.body.setTabChangesFocus(True)
        self.record = QCheckBox(self.tr("Record that the candidate was told today"), self)
        self.record.setObjectName("tell_record")
        self.record.setChecked(True)
        self.status = QLabel(self)
        self.status.setObjectName("tell_status")
        self.status.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"), self)
        self.copy_button.setObjectName("tell_copy")
        self.mail_button = QPushButton(self.tr("Open in &mail program"), self)
        self.mail_button.setObjectName("tell_mail")
        close = QPushButton(self.tr("Close"), self)
        form = QFormLayout()
        form.addRow(self.tr("&Outcome:"), self.kind)
        form.addRow(self.tr("&To:"), self.to)
        form.addRow(self.tr("&Next steps:"), self.next_steps)
        form.addRow(self.tr("T&imeline:"), self.timeline)
        form.addRow(self.tr("Si&gned:"), self.signed)
        form.addRow(self.tr("S&ubject:"), self.subject)
        form.addRow(self.tr("Messa&ge:"), self.body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.mail_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._fill()
        if self.draft.told_at:
            self.status.setText(arg(self.tr("Recorded as told on %1."),
                                    dates.shown_date(self.draft.told_at or "")))
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        for edit in (self.timeline, self.signed):
            edit.textEdited.connect(lambda _t: self._fill())
        self.next_steps.textChanged.connect(self._fill)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.mail_button.clicked.connect(self._on_mail_clicked)
        close.clicked.connect(self.reject)
        self.resize(680, 620)

    def _template_kind(self) -> MessageKind:
        return MessageKind(self.kind.currentData())

    def _on_kind_changed(self, _index: int) -> None:
        kind = self._template_kind()
        draft = self.desk.messages.draft(self.session_id, kind)
        self.next_steps.blockSignals(True)
        self.next_steps.setPlainText(draft.next_steps)
        self.next_steps.blockSignals(False)
        self.timeline.setText(draft.timeline)
        self._fill()

    def _fill(self) -> None:
        """The subject and text from the template and the fields (typed edits to the text
        are replaced when a field above it changes)."""
        message = compose(self.desk.messages.templates.get(self._template_kind()),
                          candidate=self.draft.candidate, role=self.draft.role,
                          next_steps=self.next_steps.toPlainText(),
                          timeline=self.timeline.text(), sender=self.signed.text())
        self.subject.setText(message.subject)
        self.body.setPlainText(message.body)

    def message(self) -> Message:
        return Message(to=self.to.text().strip(), subject=self.subject.text(),
                       body=self.body.toPlainText())

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.message().text)
        self.status.setText(self.tr("Copied: paste it into your message to the candidate."))
        self._record_told()

    def _on_mail_clicked(self) -> None:
        url = QUrl.fromEncoded(self.message().mailto().encode("ascii"))
        if not QDesktopServices.openUrl(url):
            self.status.setText(self.tr("No mail program opened: copy the message instead."))
            return
        self.status.setText(self.tr("Opened in your mail program."))
        self._record_told()

    def _record_told(self) -> None:
        if not self.record.isChecked():
            return
        sid, at = self.session_id, utc_now()
        op = self.ops.run(lambda desk, _report: desk.debrief.mark_candidate_told(sid, at),
                          changes=Changes.of(Aggregate.DECISIONS, ids=[sid]), owner=self)
        op.succeeded.connect(self._on_told_recorded)
        op.failed.connect(self._on_told_failed)

    def _on_told_recorded(self, _decision: object) -> None:
        self.status.setText(arg(self.tr("%1 %2"), self.status.text(),
                                self.tr("Recorded as told today.")))
        self.record.setChecked(False)  # once is enough
        self.told_recorded.emit(self.session_id)

    def _on_told_failed(self, error: OpError) -> None:
        self.status.setText(arg(self.tr("Not recorded as told: %1"), error.message))


def tell_button(parent: QWidget, desk: Desk, ops: OpRunner,
                current_session: Callable[[], str | None],
                on_told: Callable[[], None]) -> QPushButton:
    """The Debrief's *Tell the candidate…* button: opens the dialog for the session shown
    (``current_session()``); ``on_told`` runs once the told date is recorded."""
    button = QPushButton(tr("Tell the candidate…"), parent)
    button.setObjectName("decision_tell")
    button.setToolTip(tr("Write the message for this outcome; copy it or open it in your "
                         "mail program"))
    button.setEnabled(False)  # until a decided session is shown

    def on_clicked() -> None:
        sid = current_session()
        if not sid:
            return
        dialog = TellCandidateDialog(desk, ops, sid, parent)
        dialog.told_recorded.connect(lambda _sid: on_told())
        dialog.open()

    button.clicked.connect(on_clicked)
    return button
