"""The purge dialog: pick old candidates, confirm, the op runner purges, the pages forget them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui import settings
from interview_desk.ui.actions import ActionId
from interview_desk.ui.main_window import MainWindow
from interview_desk.ui.prepare.candidate_editor import CandidatesPage
from interview_desk.ui.purge_dialog import PurgeDialog, PurgeModel
from tests.retention_support import SECRET, age, candidate_id, file_bytes, plant_secret
from tests.ui.ops_support import runner_for


def _names(page: CandidatesPage) -> list[str]:
    m = page.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def _open_dialog(qtbot: QtBot, window: MainWindow) -> PurgeDialog:
    action = window.registry[ActionId.PURGE_OLD]
    assert action in window.menuBar().actions()[0].menu().actions()  # File menu
    action.trigger()
    dialog = window.purge_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, PurgeDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _click_check_box(qtbot: QtBot, dialog: PurgeDialog, row: int) -> None:
    view = dialog.view
    rect = view.visualRect(dialog.model.index(row, 0))
    # The check box sits at the left of the cell.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 10, rect.center().y()))


def test_select_confirm_purge_and_the_candidate_is_gone(qtbot: QtBot, demo_desk: Desk) -> None:
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    plant_secret(demo_desk, amara)
    assert demo_desk.path is not None
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    window.show_page("candidates")
    candidates = window.page("candidates")
    assert isinstance(candidates, CandidatesPage)
    candidates.select_id(amara)  # her dossier is open in the editor
    assert candidates.current_id() == amara

    dialog = _open_dialog(qtbot, window)
    assert dialog.model.rowCount() == 1  # José's and Tomasz's interviews are ahead / live
    assert dialog.model.data(dialog.model.index(0, 0)) == "Amara Okonkwo"
    assert dialog.model.data(dialog.model.index(0, 2)) == "2020-03-02"
    assert not dialog.purge_button.isEnabled()
    _click_check_box(qtbot, dialog, 0)
    assert dialog.model.checked_ids() == [amara]
    assert dialog.purge_button.isEnabled()
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)

    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    assert box.text() == "Purge 1 candidate?"
    assert "cannot be undone" in box.informativeText()
    assert "Amara Okonkwo" in box.informativeText()  # whom it deletes, by name
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    confirm = box.findChild(QPushButton, "confirm_purge")
    assert confirm is not None
    with qtbot.waitSignal(dialog.purged, timeout=20000) as purged:
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
        assert not dialog.close_button.isEnabled()  # the purge runs; the UI stays live
    assert purged.args[0].names == ("Amara Okonkwo",)
    assert purged.args[0].wal_truncated  # the window's own connection does not hold the log
    assert "Purged 1 candidate" in dialog.status.text()
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisible()
    assert "Amara Okonkwo" not in _names(candidates)
    assert candidates.current_id() != amara
    assert candidates.candidate_editor.name.text() != "Amara Okonkwo"
    assert demo_desk.catalog.candidates.find() and all(
        c.id != amara for c in demo_desk.catalog.candidates.find())
    assert SECRET.encode() not in file_bytes(demo_desk.path)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_cancel_keeps_everything(qtbot: QtBot, demo_desk: Desk) -> None:
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    dialog = _open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.select_all, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.op is None
    assert len(demo_desk.catalog.candidates.find()) == 3


def test_the_retention_period_is_a_setting(qtbot: QtBot, demo_desk: Desk,
                                           on_demo_day: datetime) -> None:
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara, "2026-01-01T10:00:00+00:00")
    settings.put(settings.RETENTION_DAYS, 36500)
    dialog = PurgeDialog(demo_desk, runner_for(demo_desk))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.days.value() == 36500 and dialog.model.rowCount() == 0
    assert "36500 days" in dialog.empty.text()
    dialog.days.setValue(0)  # refused: the shortest period is one day
    assert dialog.days.value() == 1
    assert dialog.model.rowCount() == 1
    assert settings.get(settings.RETENTION_DAYS) == 1
    assert settings.RETENTION_DAYS.default == 180


def test_purge_model_passes_qt_model_tester(qtmodeltester, demo_desk: Desk) -> None:
    model = PurgeModel()
    model.set_rows(demo_desk.retention.activity(), demo_desk.retention.activity()[0]
                   .last_activity)
    qtmodeltester.check(model)


def test_an_open_scorecard_of_a_purged_session_lets_go(qtbot: QtBot, demo_desk: Desk) -> None:
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    session_id, panelist_id = demo_desk.db.execute(
        "SELECT s.id, p.id FROM sessions s JOIN panelists p ON p.session_id = s.id "
        "WHERE s.candidate_id = ? LIMIT 1", [amara]).fetchone()
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    window.open_scorecard(session_id, panelist_id)
    dialog = _open_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.purged, timeout=20000) as purged:
        dialog.purge([amara])
    assert session_id in purged.args[0].session_ids
    page = window.page("scorecard")
    assert not hasattr(page, "session_id")
    assert "purged" in page.text()  # type: ignore[attr-defined]
    window.show_page("debrief")  # the debrief forgets the session too
    assert demo_desk.db.execute("SELECT count(*) FROM sessions WHERE id = ?",
                                [session_id]).fetchone()[0] == 0


def test_an_open_live_view_of_a_purged_session_lets_go(qtbot: QtBot, demo_desk: Desk) -> None:
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    session_id = demo_desk.db.execute("SELECT id FROM sessions WHERE candidate_id = ?",
                                      [amara]).fetchone()[0]
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    window.open_session(session_id)  # a finished interview, read back in the live view
    dialog = _open_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.purged, timeout=20000):
        dialog.purge([amara])
    assert "purged" in window.page("live").text()  # type: ignore[attr-defined]
    assert demo_desk.db.execute("SELECT count(*) FROM notes WHERE session_id = ?",
                                [session_id]).fetchone()[0] == 0


def test_keyboard_only(qtbot: QtBot, demo_desk: Desk) -> None:
    """Space ticks the current candidate; Enter on the dialog never starts a purge."""
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    dialog = PurgeDialog(demo_desk, runner_for(demo_desk))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    assert dialog.model.checked_ids() == [amara]
    assert dialog.close_button.isDefault() and not dialog.purge_button.isDefault()
    qtbot.keyClick(dialog.purge_button, Qt.Key.Key_Space)
    assert dialog.confirm_box is not None and dialog.confirm_box.isVisible()
    qtbot.keyClick(dialog.confirm_box, Qt.Key.Key_Escape)
    assert dialog.op is None and len(demo_desk.catalog.candidates.find()) == 3


def test_a_candidate_whose_interview_started_meanwhile_is_not_purged(
        qtbot: QtBot, demo_desk: Desk) -> None:
    amara = candidate_id(demo_desk, "Amara")
    age(demo_desk, amara)
    dialog = PurgeDialog(demo_desk, runner_for(demo_desk))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    # Listed, then (e.g. in another window) a new interview with her goes live.
    demo_desk.db.execute("UPDATE sessions SET status = 'live' WHERE candidate_id = ?", [amara])
    demo_desk.db.conn.commit()
    dialog.purge([amara])
    qtbot.waitUntil(lambda: dialog.op is None, timeout=20000)
    assert "Nothing was purged" in dialog.status.text()
    assert "a session is live" in dialog.status.text()
    assert dialog.model.rowCount() == 0  # the list is read again
    assert len(demo_desk.catalog.candidates.find()) == 3
