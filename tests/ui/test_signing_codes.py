"""File → Return-file codes…: forgetting a sender's pinned key asks first, then shows it
forgotten; Cancel changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.signing_codes import SigningCodesDialog
from tests.exchange_support import do_panelist_work, plan_session
from tests.ui.ops_support import runner_for


def _click_in_next_box(text: str, seen: list[str]) -> None:
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, poll)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()
    QTimer.singleShot(0, poll)


def test_forgetting_a_key_asks_and_then_shows_it_forgotten(qtbot: QtBot, tmp_path: Path) -> None:
    lead = Desk.open(tmp_path / "lead.sqlite3", key_path=tmp_path / "lead.key")
    p = plan_session(lead)
    lead.exchange.export_panel(p.session_id, tmp_path / "panel.json")
    bob = Desk.open(tmp_path / "bob.sqlite3", key_path=tmp_path / "bob.key")
    bob.exchange.import_paths([tmp_path / "panel.json"])
    do_panelist_work(bob, p, p.bob_id, "bob")
    bob.exchange.export_return(p.session_id, p.bob_id, tmp_path / "bob.json")
    bob.close()
    lead.exchange.import_paths([tmp_path / "bob.json"])
    dialog = SigningCodesDialog(lead, runner_for(lead))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.forget_button.isEnabled()  # nothing selected yet
    dialog.table.selectRow(0)
    code = dialog.table.item(0, 2).text()
    seen: list[str] = []
    _click_in_next_box("Cancel", seen)
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert seen and "Bob Peer" in seen[0] and code in seen[0]
    assert not lead.exchange.signer_pins()[0].forgotten  # Cancel: nothing changed
    _click_in_next_box("Forget", seen)
    with qtbot.waitSignal(dialog.forgotten):
        qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert lead.exchange.signer_pins()[0].forgotten
    assert dialog.table.item(0, 2).text() == "—"
    assert dialog.table.item(0, 3).text().startswith("forgotten")
    dialog.table.selectRow(0)
    assert not dialog.forget_button.isEnabled() and not dialog.confirm_button.isEnabled()
    dialog.close()
    lead.close()
