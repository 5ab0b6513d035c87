"""File ▸ Transcribe a recording…: a recording made elsewhere, transcribed off the UI thread
(segments produced as the model would), stored under the questions of the session timeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from interview_desk.domain.transcript import Consent, ConsentMethod, ConsentScope, HeardSegment
from interview_desk.services.desk import Desk
from interview_desk.ui.main_window import MainWindow

SPEECH = Path(__file__).resolve().parent.parent / "data" / "speech" / "answer.wav"


class Model:
    def __init__(self) -> None:
        self.heard: list[Any] = []

    def transcribe(self, audio: Any) -> Iterator[HeardSegment]:
        self.heard.append(audio)
        yield HeardSegment(0.4, 3.1, "I rebuilt the billing pipeline so that retries were safe.")
        yield HeardSegment(3.4, 6.0, "It cut failed payments by a third.")


def test_a_recording_is_transcribed_under_the_timeline(qtbot: QtBot, demo_desk: Desk,
                                                       tmp_path: Path) -> None:
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "decided")
    view = demo_desk.debrief.view(sid)
    lead = next(p.panelist.id for p in view.panelists if p.panelist.is_lead)
    first, second = demo_desk.live.open(sid).kit.questions()[:2]
    demo_desk.transcripts.open_question(sid, lead, first.id, 0.0)
    demo_desk.transcripts.open_question(sid, lead, second.id, 3.2)
    action = w.transcribe_recording

    with qtbot.waitSignal(action.failed, timeout=5000) as refused:
        action.transcribe(sid, SPEECH)  # no consent yet: refused, nothing stored
    assert "consent" in refused.args[0]
    demo_desk.transcripts.record_consent(Consent(
        sid, view.candidate, ConsentMethod.SIGNED, ConsentScope.TRANSCRIPT_ONLY, 60, "Claire"))

    model = Model()
    action.make_transcriber = lambda: model
    with qtbot.waitSignal(action.stored, timeout=10_000) as stored:
        action.transcribe(sid, SPEECH)
    assert stored.args == [2] and model.heard == [SPEECH]
    got = [(s.question_id, s.start, s.text[:12]) for s in demo_desk.transcripts.segments(sid)]
    assert got == [(first.id, 0.4, "I rebuilt th"), (second.id, 3.4, "It cut faile")]

    bad = tmp_path / "notes.wav"
    bad.write_text("not audio", encoding="utf-8")
    with qtbot.waitSignal(action.failed, timeout=5000) as failed:
        action.transcribe(sid, bad)
    assert "not a readable WAV" in failed.args[0]
    assert len(demo_desk.transcripts.segments(sid)) == 2
    w.close()


def test_the_model_folder_is_a_setting_checked_before_it_is_kept(
        qtbot: QtBot, demo_desk: Desk, tmp_path: Path) -> None:
    from interview_desk.services.transcription_model import installed_model_folders
    from interview_desk.ui import settings
    from interview_desk.ui.settings_dialog import SettingsDialog, SettingsTab
    from tests.ui.ops_support import runner_for

    dialog = SettingsDialog(demo_desk, runner_for(demo_desk), SettingsTab.GENERAL)
    qtbot.addWidget(dialog)
    dialog.model_dir.setText(str(tmp_path))  # no model.bin there
    dialog._on_ok()
    assert "holds no Whisper model" in dialog.status.text()
    assert dialog.tabs.currentIndex() == SettingsTab.PRIVACY
    assert settings.get(settings.TRANSCRIBE_MODEL_DIR) == ""
    (tmp_path / "model.bin").write_bytes(b"\0")  # a model.bin, but no model: checked, refused
    dialog._on_ok()
    qtbot.waitUntil(lambda: "config.json missing" in dialog.status.text(), timeout=5000)
    assert "config.json missing" in dialog.model_state.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert settings.get(settings.TRANSCRIBE_MODEL_DIR) == ""
    wheels = installed_model_folders()
    if not wheels:
        dialog.reject()
        pytest.skip("no model wheel installed: a real model folder is not at hand")
    dialog.model_dir.setText(str(wheels[0]))  # the real tiny.en: verified, then kept
    dialog._on_ok()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)
    assert settings.get(settings.TRANSCRIBE_MODEL_DIR) == str(wheels[0])
    assert "tiny.en, checksum verified" in dialog.model_state.text()
