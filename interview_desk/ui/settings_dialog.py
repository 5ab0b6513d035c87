"""The one Settings dialog (Ctrl+, / the platform's Preferences key).

Every value it edits is a ``ui.settings`` key, declared there once with its default and kept
in QSettings; the message templates are interview-adjacent data and live in the database,
written through the op runner. The menu entries that used to open little dialogs of their own
(overdue thresholds) open this one at the right tab.
"""

from __future__ import annotations

from contextlib import suppress
from enum import IntEnum
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.messages import PLACEHOLDERS, SHIPPED, MessageKind, MessageTemplate
from interview_desk.services.desk import Desk
from interview_desk.services.sessions import MAX_PLANNED_MINUTES
from interview_desk.services.transcriber import TranscribeUnavailable, check_model_dir
from interview_desk.services.transcription_model import ModelCheck, installed_model_folders
from interview_desk.ui import settings
from interview_desk.ui.i18n import tr
from interview_desk.ui.model_dialog import GetModelDialog, ModelChecker
from interview_desk.ui.ops import OpError, OpRunner


class SettingsTab(IntEnum):
    GENERAL = 0
    FOLLOW_UP = 1
    PRIVACY = 2
    MESSAGES = 3


class SettingsDialog(QDialog):
    """Edits settings on OK only; Cancel leaves everything as it was."""

    def __init__(self, desk: Desk, ops: OpRunner, tab: SettingsTab = SettingsTab.GENERAL,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings_dialog")
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.tabs.addTab(self._general(), self.tr("General"))
        self.tabs.addTab(self._follow_up(), self.tr("Follow-up"))
        self.tabs.addTab(self._privacy(), self.tr("Privacy and backups"))
        self.tabs.addTab(self._messages(), self.tr("Messages to candidates"))
        self.tabs.setCurrentIndex(int(tab))
        self.status = QLabel(self)
        self.status.setObjectName("settings_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

    # --- tabs ------------------------------------------------------------------------------

    def _general(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.minutes = QSpinBox(page)
        self.minutes.setObjectName("settings_default_minutes")
        self.minutes.setRange(1, MAX_PLANNED_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(settings.get(settings.DEFAULT_INTERVIEW_MINUTES))
        form.addRow(self.tr("Default interview &length:"), self.minutes)
        self.autosave = QCheckBox(self.tr("Show “Saving…” and “Saved” in the live session "
                                          "header"), page)
        self.autosave.setObjectName("settings_autosave_feedback")
        self.autosave.setChecked(settings.get(settings.AUTOSAVE_FEEDBACK))
        form.addRow(self.tr("Autosave feedback:"), self.autosave)
        form.addRow("", QLabel(self.tr("Notes are saved as you type either way; a note that "
                                       "could not be saved is always shown."), page))
        self.language = QComboBox(page)
        self.language.setObjectName("settings_language")
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in settings.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            settings.get(settings.LANGUAGE))))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", QLabel(self.tr("Takes effect the next time Interview Desk starts."),
                               page))
        return page

    def _follow_up(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.hours = QSpinBox(page)
        self.hours.setObjectName("settings_scorecard_hours")
        self.hours.setRange(1, 24 * 14)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setValue(settings.get(settings.SCORECARD_OVERDUE_HOURS))
        form.addRow(self.tr("&Scorecards due after the session:"), self.hours)
        self.told_days = QSpinBox(page)
        self.told_days.setObjectName("settings_told_days")
        self.told_days.setRange(1, 30)
        self.told_days.setSuffix(self.tr(" working days"))
        self.told_days.setValue(settings.get(settings.CANDIDATE_TOLD_WORKING_DAYS))
        form.addRow(self.tr("&Tell the candidate within:"), self.told_days)
        hint = QLabel(self.tr("Working days are Monday to Friday; public holidays are not "
                              "known offline."), page)
        hint.setWordWrap(True)
        form.addRow("", hint)
        return page

    def _privacy(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.retention = QSpinBox(page)
        self.retention.setObjectName("settings_retention_days")
        self.retention.setRange(0, 36500)
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setValue(settings.get(settings.RETENTION_DAYS))
        form.addRow(self.tr("&Retention period:"), self.retention)
        form.addRow("", QLabel(self.tr("Candidates with no activity for longer are offered "
                                       "for purging (File → Purge old candidates…)."), page))
        self.backups = QSpinBox(page)
        self.backups.setObjectName("settings_backups_keep")
        self.backups.setRange(1, 999)
        self.backups.setSuffix(self.tr(" backups"))
        self.backups.setValue(settings.get(settings.BACKUPS_KEEP))
        form.addRow(self.tr("&Backups kept:"), self.backups)
        # Transcription (optional extra): the folder of a faster-whisper model: downloaded
        # (Get the model…), copied to this laptop, or brought by an installed model wheel.
        # A folder is checked (checksum or load) off the UI thread before it is kept.
        self.model_dir = QLineEdit(settings.get(settings.TRANSCRIBE_MODEL_DIR), page)
        self.model_dir.setObjectName("settings_transcribe_model_dir")
        self.model_dir.setAccessibleName(self.tr("Transcription model folder"))
        wheels = installed_model_folders()
        self.model_dir.setPlaceholderText(
            self.tr("none: the installed model wheel is used") if wheels else
            self.tr("none: transcription is off"))
        self.model_dir.editingFinished.connect(self._check_model_dir)
        browse = QPushButton(self.tr("Choose…"), page)
        browse.clicked.connect(self._choose_model_dir)
        get = QPushButton(self.tr("&Get the model…"), page)
        get.setObjectName("settings_get_model")
        get.clicked.connect(self.get_model)
        row = QHBoxLayout()
        row.addWidget(self.model_dir, 1)
        row.addWidget(browse)
        row.addWidget(get)
        label = QLabel(self.tr("Transcription &model folder:"), page)
        label.setBuddy(self.model_dir)  # the row's field is a layout: the mnemonic needs this
        form.addRow(label, row)
        self.model_state = QLabel(page)
        self.model_state.setObjectName("settings_model_state")
        self.model_state.setWordWrap(True)
        form.addRow("", self.model_state)
        form.addRow("", QLabel(self.tr(
            "A faster-whisper model such as tiny.en (about 75 MB, fine on two cores) or "
            "base.en; needs pip install 'interview-desk[transcribe]'."), page))
        self.checker = ModelChecker(self)
        self.checker.checked.connect(self._on_model_checked)
        self.checker.refused.connect(self._on_model_refused)
        # folder -> the check's one line, and whether it passed
        self.model_verdicts: dict[str, tuple[bool, str]] = {}
        self._ok_waits_for_check = False
        self.get_model_dialog: GetModelDialog | None = None
        return page

    def get_model(self) -> None:
        """Get the model…: download, a folder or a wheel; the model it ends with is shown
        here (and kept on OK)."""
        dialog = GetModelDialog(parent=self)
        dialog.finished.connect(lambda _r: self._on_got_model(dialog))
        self.get_model_dialog = dialog
        dialog.open()

    def _on_got_model(self, dialog: GetModelDialog) -> None:
        if dialog.model_folder:
            self.model_dir.setText(dialog.model_folder)
            self._check_model_dir()
        dialog.deleteLater()
        self.get_model_dialog = None

    def _check_model_dir(self) -> None:
        folder = self.model_dir.text().strip()
        if not folder or folder in self.model_verdicts:
            self._show_model_verdict()
            return
        self.model_state.setText(self.tr("Checking the model…"))
        if not self._ok_waits_for_check:
            self.status.clear()  # what was said of the folder before no longer holds
        self.checker.check(folder)

    def _on_model_checked(self, folder: str, check: ModelCheck) -> None:
        self.model_verdicts[folder] = (True, self.tr("Model ready: %1").replace(
            "%1", check.summary))
        self._after_model_verdict()

    def _on_model_refused(self, folder: str, text: str) -> None:
        self.model_verdicts[folder] = (False, text)
        self._after_model_verdict()

    def _after_model_verdict(self) -> None:
        self._show_model_verdict()
        if self._ok_waits_for_check:
            self._ok_waits_for_check = False
            self.buttons.setEnabled(True)
            self._on_ok()

    def _show_model_verdict(self) -> None:
        verdict = self.model_verdicts.get(self.model_dir.text().strip())
        self.model_state.setText(verdict[1] if verdict else "")

    def _choose_model_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("The folder of a faster-whisper model"), self.model_dir.text())
        if folder:
            self.model_dir.setText(folder)
            self._check_model_dir()

    def _messages(self) -> QWidget:
        page = QWidget(self)
        self.templates = {t.kind: t for t in self.desk.messages.templates.all()}
        self.stored = dict(self.templates)
        self.kind = QComboBox(page)
        self.kind.setObjectName("settings_template_kind")
        self.kind.setAccessibleName(self.tr("Outcome"))
        for kind in MessageKind:
            self.kind.addItem(tr(kind.label), kind.value)
        self.subject = QLineEdit(page)
        self.subject.setObjectName("settings_template_subject")
        self.body = QPlainTextEdit(page)
        self.body.setObjectName("settings_template_body")
        self.body.setTabChangesFocus(True)
        self.next_steps = QPlainTextEdit(page)
        self.next_steps.setObjectName("settings_template_next_steps")
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setMaximumHeight(70)
        self.restore = QPushButton(self.tr("Restore the shipped text"), page)
        self.restore.setObjectName("settings_template_restore")
        self.restore.clicked.connect(self._on_restore_clicked)
        help_text = QLabel(self.tr("Placeholders: %1").replace("%1", "; ".join(
            f"{{{name}}} — {tr(meaning)}" for name, meaning in PLACEHOLDERS.items())), page)
        help_text.setWordWrap(True)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(self.restore)
        form.addRow(self.tr("Outcome:"), row)
        QWidget.setTabOrder(self.kind, self.restore)  # beside the outcome, before the fields
        QWidget.setTabOrder(self.restore, self.subject)
        form.addRow(self.tr("S&ubject:"), self.subject)
        form.addRow(self.tr("&Message:"), self.body)
        form.addRow(self.tr("Default &next steps:"), self.next_steps)
        layout = QVBoxLayout(page)
        layout.addLayout(form, 1)
        layout.addWidget(help_text)
        self._shown_kind = MessageKind.MOVING_FORWARD
        self._show_template(self._shown_kind)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        return page

    # --- templates ---------------------------------------------------------------------------

    def _show_template(self, kind: MessageKind) -> None:
        t = self.templates[kind]
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)
        self.next_steps.setPlainText(t.next_steps)
        self._shown_kind = kind

    def _keep_edits(self) -> None:
        """The fields as the template of the kind they show."""
        kind = self._shown_kind
        self.templates[kind] = MessageTemplate(kind, self.subject.text(),
                                               self.body.toPlainText(),
                                               self.next_steps.toPlainText())

    def _on_kind_changed(self, _index: int) -> None:
        self._keep_edits()
        self._show_template(MessageKind(self.kind.currentData()))

    def _on_restore_clicked(self) -> None:
        self.templates[self._shown_kind] = SHIPPED[self._shown_kind]
        self._show_template(self._shown_kind)

    # --- OK ------------------------------------------------------------------------------------

    def _on_ok(self) -> None:
        self._keep_edits()
        changed = [t for kind, t in self.templates.items() if t != self.stored[kind]]
        for t in changed:  # said here, before anything is written
            unknown = t.unknown_placeholders()
            if unknown or not t.subject.strip() or not t.body.strip():
                self.tabs.setCurrentIndex(int(SettingsTab.MESSAGES))
                self.kind.setCurrentIndex(self.kind.findData(t.kind.value))
                self.status.setText(
                    self.tr("“%1” needs a subject and a message.").replace(
                        "%1", tr(t.kind.label)) if not unknown else
                    self.tr("“%1” has an unknown placeholder: %2").replace(
                        "%1", tr(t.kind.label)).replace(
                        "%2", ", ".join("{" + u + "}" for u in unknown)))
                return
        model_dir = self.model_dir.text().strip()
        if model_dir and model_dir != settings.get(settings.TRANSCRIBE_MODEL_DIR):
            # a new folder is kept only once checked (off this thread: hashing or loading)
            try:
                check_model_dir(model_dir)
            except TranscribeUnavailable as exc:
                self.tabs.setCurrentIndex(int(SettingsTab.PRIVACY))
                self.status.setText(str(exc))
                return
            verdict = self.model_verdicts.get(model_dir)
            if verdict is None:
                self._ok_waits_for_check = True
                self.buttons.setEnabled(False)
                self.status.setText(self.tr("Checking the model…"))
                self._check_model_dir()
                return
            if not verdict[0]:
                self.tabs.setCurrentIndex(int(SettingsTab.PRIVACY))
                self.status.setText(verdict[1])
                return
        settings.put(settings.TRANSCRIBE_MODEL_DIR, model_dir)
        settings.put(settings.DEFAULT_INTERVIEW_MINUTES, self.minutes.value())
        settings.put(settings.AUTOSAVE_FEEDBACK, self.autosave.isChecked())
        settings.put(settings.LANGUAGE, str(self.language.currentData() or ""))
        settings.put(settings.SCORECARD_OVERDUE_HOURS, self.hours.value())
        settings.put(settings.CANDIDATE_TOLD_WORKING_DAYS, self.told_days.value())
        settings.put(settings.RETENTION_DAYS, self.retention.value())
        settings.put(settings.BACKUPS_KEEP, self.backups.value())
        if not changed:
            self.accept()
            return
        self.buttons.setEnabled(False)
        op = self.ops.run(lambda desk, _report: [desk.messages.save_template(t)
                                                  for t in changed], owner=self)
        op.succeeded.connect(lambda _saved: self.accept())
        op.failed.connect(self._on_save_failed)

    def done(self, result: int) -> None:
        self.checker.wait()  # a model check in flight reports to this dialog: let it end
        super().done(result)

    def _on_save_failed(self, error: OpError) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(error.message)


def open_settings(window: Any, tab: SettingsTab = SettingsTab.GENERAL) -> SettingsDialog:
    """Open the Settings dialog at ``tab``; pages that show a setting refresh on OK."""
    dialog = SettingsDialog(window.desk, window.ops, tab, window)
    dialog.setModal(True)
    with suppress(KeyError):  # thresholds are what the overdue list is made of
        dialog.accepted.connect(window.page("overdue").refresh)
    window.settings_dialog = dialog
    dialog.open()
    return dialog
