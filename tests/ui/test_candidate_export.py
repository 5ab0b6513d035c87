"""File → Export a candidate's data…: pick the candidate and the file; written off the UI thread."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from interview_desk.paths import resource
from interview_desk.services.desk import Desk
from interview_desk.ui.actions import ActionId
from interview_desk.ui.candidate_export import CandidatePicker
from interview_desk.ui.main_window import MainWindow
from tests.retention_support import candidate_id


def test_the_file_menu_exports_the_chosen_candidate(qtbot: QtBot, demo_desk: Desk,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    amara = candidate_id(demo_desk, "Amara")
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    target = tmp_path / "amara.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action = window.registry[ActionId.EXPORT_CANDIDATE]
    assert action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    picker = window.candidate_export.picker
    assert isinstance(picker, CandidatePicker)
    qtbot.waitUntil(picker.isVisible)
    assert picker.candidates.count() == 3
    picker.candidates.setCurrentIndex(picker.candidates.findData(amara))
    shots = os.environ.get("INTERVIEW_DESK_SHOTS")
    if shots:
        picker.grab().save(str(Path(shots) / "candidate-picker.png"))
    with qtbot.waitSignal(window.candidate_export.exported, timeout=10_000) as got:
        qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert got.args == [str(target)]
    doc = json.loads(target.read_text(encoding="utf-8"))
    schema = json.loads(resource("schemas", "candidate-data.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(doc)
    assert doc["candidate_id"] == amara
    message = window.candidate_export.message
    assert message is not None and str(target) in message.text()
    message.accept()


def test_a_failed_write_is_shown_and_writes_nothing(qtbot: QtBot, demo_desk: Desk,
                                                     tmp_path: Path) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    amara = candidate_id(demo_desk, "Amara")
    target = tmp_path / "no-such-folder" / "amara.json"
    with qtbot.waitSignal(window.candidate_export.failed, timeout=10_000) as got:
        window.candidate_export.export_to(amara, target)
    assert got.args[0] == f"Could not write {target}: No such file or directory."
    assert "Traceback" not in got.args[0]
    assert not target.exists()
    message = window.candidate_export.message
    assert message is not None
    message.accept()
