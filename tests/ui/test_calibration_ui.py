"""Settings (Ctrl+,), Tell the candidate, Calibration and time to decision, through widgets."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from interview_desk.domain.messages import SHIPPED, MessageKind
from interview_desk.services.desk import Desk
from interview_desk.ui import settings
from interview_desk.ui.actions import ActionId
from interview_desk.ui.debrief_pages import OverduePage, RoleComparisonPage
from interview_desk.ui.debrief_view import DebriefView
from interview_desk.ui.main_window import MainWindow
from interview_desk.ui.settings_dialog import SettingsDialog, SettingsTab
from interview_desk.ui.tell_candidate import TellCandidateDialog
from tests.ui.ops_support import runner_for

NAME = 'نور "Nour" O\'Hara 🙂'


def _sid(desk: Desk, status: str) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == status)


def _ok(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_ctrl_comma_opens_one_settings_dialog_that_stores_every_key(
        qtbot: QtBot, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QKeySequence("Ctrl+,") in window.registry[ActionId.SETTINGS].shortcuts()
    qtbot.keyClick(window.nav, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    dialog.minutes.setValue(45)
    dialog.autosave.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.hours.setValue(48)
    dialog.told_days.setValue(3)
    dialog.retention.setValue(365)
    dialog.backups.setValue(4)
    dialog.tabs.setCurrentIndex(SettingsTab.MESSAGES)
    dialog.kind.setCurrentIndex(dialog.kind.findData(MessageKind.NOT_MOVING_FORWARD.value))
    dialog.subject.setText("About {role}, {first_name} 🙂")
    with qtbot.waitSignal(dialog.accepted):
        _ok(dialog)
    assert (settings.get(settings.DEFAULT_INTERVIEW_MINUTES),
            settings.get(settings.AUTOSAVE_FEEDBACK), settings.get(settings.LANGUAGE),
            settings.get(settings.SCORECARD_OVERDUE_HOURS),
            settings.get(settings.CANDIDATE_TOLD_WORKING_DAYS),
            settings.get(settings.RETENTION_DAYS), settings.get(settings.BACKUPS_KEEP)) == (
        45, False, "en", 48, 3, 365, 4)
    stored = demo_desk.messages.templates.get(MessageKind.NOT_MOVING_FORWARD)
    assert stored.subject == "About {role}, {first_name} 🙂"
    assert stored.body == SHIPPED[MessageKind.NOT_MOVING_FORWARD].body
    # the other templates are untouched
    assert demo_desk.messages.templates.get(MessageKind.MOVING_FORWARD) == \
        SHIPPED[MessageKind.MOVING_FORWARD]


def test_cancel_and_a_bad_placeholder_change_nothing(qtbot: QtBot, demo_desk: Desk) -> None:
    dialog = SettingsDialog(demo_desk, runner_for(demo_desk), SettingsTab.PRIVACY)
    qtbot.addWidget(dialog)
    dialog.retention.setValue(7)
    dialog.reject()
    assert settings.get(settings.RETENTION_DAYS) == settings.RETENTION_DAYS.default
    dialog = SettingsDialog(demo_desk, runner_for(demo_desk), SettingsTab.GENERAL)
    qtbot.addWidget(dialog)
    dialog.minutes.setValue(30)
    dialog.tabs.setCurrentIndex(SettingsTab.MESSAGES)
    dialog.body.setPlainText("Dear {frist_name}")
    _ok(dialog)
    assert "{frist_name}" in dialog.status.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == SettingsTab.MESSAGES
    assert settings.get(settings.DEFAULT_INTERVIEW_MINUTES) == 60
    assert demo_desk.messages.templates.get(MessageKind.MOVING_FORWARD) == \
        SHIPPED[MessageKind.MOVING_FORWARD]
    dialog.restore.click()  # the shipped text back: OK now goes through
    with qtbot.waitSignal(dialog.accepted):
        _ok(dialog)
    assert settings.get(settings.DEFAULT_INTERVIEW_MINUTES) == 30


def test_the_overdue_thresholds_button_opens_settings_at_follow_up(
        qtbot: QtBot, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show_page("overdue")
    page = window.page("overdue")
    assert isinstance(page, OverduePage)
    page.edit_thresholds()  # type: ignore[misc]  # what "Thresholds…" calls
    assert window.settings_dialog.tabs.currentIndex() == SettingsTab.FOLLOW_UP
    window.settings_dialog.reject()


class _MailCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def test_tell_the_candidate_opens_mail_with_the_encoded_message_and_records_the_day(
        qtbot: QtBot, demo_desk: Desk, on_demo_day: datetime) -> None:
    sid = _sid(demo_desk, "decided")
    view0 = demo_desk.debrief.view(sid)
    cand = demo_desk.catalog.get_candidate(view0.candidate_id)
    cand.name, cand.email = NAME, "nour+jobs@example.org"
    demo_desk.catalog.save_candidate(cand)
    overdue = {i.session_id for i in demo_desk.overdue.items() if i.kind == "candidate_told"}
    assert sid in overdue  # the demo's hire has not been told

    view = DebriefView(demo_desk, runner_for(demo_desk), sid)
    qtbot.addWidget(view)
    assert view.tell_button.isEnabled()
    view.tell_button.click()
    dialog = view.findChild(TellCandidateDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.to.text() == "nour+jobs@example.org"
    assert f"Dear {NAME}," in dialog.body.toPlainText()
    dialog.timeline.setText("by Friday")
    dialog.timeline.textEdited.emit("by Friday")
    assert "Timeline: by Friday" in dialog.body.toPlainText()

    catcher = _MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "handle")
    try:
        with qtbot.waitSignal(dialog.told_recorded):
            dialog.mail_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    [url] = catcher.urls
    sent = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert sent == dialog.message().mailto()
    query = parse_qs(urlsplit(sent).query)
    assert query["body"][0].replace("\r\n", "\n") == dialog.body.toPlainText()
    told = demo_desk.debrief.view(sid).decision
    assert told is not None and told.candidate_informed_at
    assert sid not in {i.session_id for i in demo_desk.overdue.items()
                       if i.kind == "candidate_told"}
    assert view.told.isChecked()  # the debrief shows it


def test_copy_without_recording(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _sid(demo_desk, "decided")
    dialog = TellCandidateDialog(demo_desk, runner_for(demo_desk), sid)
    qtbot.addWidget(dialog)
    dialog.record.setChecked(False)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.message().text
    assert dialog.message().text.startswith(dialog.subject.text() + "\n\n")
    decision = demo_desk.debrief.view(sid).decision
    assert decision is not None and decision.candidate_informed_at is None
    # another outcome's template, on request
    dialog.kind.setCurrentIndex(dialog.kind.findData(MessageKind.ANOTHER_ROUND.value))
    assert dialog.next_steps.toPlainText() == SHIPPED[MessageKind.ANOTHER_ROUND].next_steps
    assert "one more step" in dialog.subject.text()


def test_no_tell_button_before_a_decision(qtbot: QtBot, demo_desk: Desk) -> None:
    view = DebriefView(demo_desk, runner_for(demo_desk), _sid(demo_desk, "live"))
    qtbot.addWidget(view)
    assert not view.tell_button.isEnabled()


def test_calibration_page_and_time_to_decision(qtbot: QtBot, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.page("calibration")
    with qtbot.waitSignal(page.calibrated):  # type: ignore[attr-defined]
        qtbot.keyClick(window.nav, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is page
    decided = demo_desk.debrief.view(_sid(demo_desk, "decided"))
    names = [page.interviewers.row_object(r).name  # type: ignore[attr-defined]
             for r in range(page.interviewers.rowCount())]  # type: ignore[attr-defined]
    assert sorted(names) == sorted(p.panelist.name for p in decided.panelists)
    assert "Fewer than 5 sessions" in page.summary.text()  # type: ignore[attr-defined]
    reading = page.interviewers.index(0, 7).data()  # type: ignore[attr-defined]
    assert reading == "too few sessions (1 of 5 needed)"
    comparison = window.page("role_comparison")
    assert isinstance(comparison, RoleComparisonPage)
    comparison.role.setCurrentIndex(comparison.role.findData(decided.role_id))
    qtbot.waitUntil(lambda: not comparison.loading)  # read off the UI thread
    lines = demo_desk.calibration.time_to_decision(decided.role_id).lines()
    assert all(line in comparison.waits.text() for line in lines)
