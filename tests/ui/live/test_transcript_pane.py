"""The transcript pane in the live view, driven as a panelist would, with audio fed as the
microphone would and segments produced as the model would (the transcriber seam); what it
stores is read back from the database file."""

from __future__ import annotations

import sqlite3
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_desk.domain.transcript import Consent, ConsentMethod, ConsentScope, HeardSegment
from interview_desk.services.desk import Desk
from interview_desk.services.live_transcription import BYTES_PER_SECOND
from interview_desk.services.transcriber import INSTALL_HINT, WhisperTranscriber, check_model_dir
from interview_desk.ui.live import transcript_pane
from interview_desk.ui.live.clock import Stopwatch
from interview_desk.ui.live.live_view import LiveView
from interview_desk.ui.main_window import MainWindow
from tests.exchange_support import plan_session, record_consent

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Model:
    """Hears one numbered sentence per chunk of audio."""

    def __init__(self) -> None:
        self.n = 0

    def transcribe(self, audio: Any) -> Iterator[HeardSegment]:
        self.n += 1
        yield HeardSegment(0.5, 6.0, f"sentence number {self.n}")


class Microphone:
    def __init__(self) -> None:
        self.feed: Callable[[bytes], None] | None = None
        self.closed = False

    def open(self, feed: Callable[[bytes], None]) -> Callable[[], None]:
        self.feed = feed

        def close() -> None:
            self.closed = True

        return close

    def say(self, seconds: float = 8.0) -> None:
        assert self.feed is not None
        self.feed(b"\0" * int(seconds * BYTES_PER_SECOND))


def _rows(desk: Desk, sql: str, *params: object) -> list[tuple[Any, ...]]:
    assert desk.path is not None
    conn = sqlite3.connect(desk.path)  # a second connection: what is really on disk
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture
def live(qtbot: QtBot, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch
         ) -> Iterator[tuple[LiveView, Microphone]]:
    monkeypatch.setattr(transcript_pane, "extra_installed", lambda: True)
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "live")
    view = w.open_session(sid)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.current_editor(), timeout=3000)
    mic = Microphone()
    view.transcript.make_transcriber = Model
    view.transcript.open_microphone = mic.open
    yield view, mic
    w.close()


def _press(qtbot: QtBot, view: LiveView, key: Qt.Key,
           in_dialog: Callable[[], None] | None = None) -> None:
    """Ctrl+Shift+key in the note, as typed (after a dialog, the window is active again);
    ``in_dialog`` answers the dialog the key opens."""
    view.window().activateWindow()
    view.back_to_note()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.current_editor(), timeout=3000)
    if in_dialog is not None:
        QTimer.singleShot(0, in_dialog)
    qtbot.keyClick(view.current_editor(), key, CTRL_SHIFT)


def _consent(view: LiveView) -> Consent:
    return Consent(view.session_id, view.state.candidate.name, ConsentMethod.SAID_ALOUD,
                   ConsentScope.TRANSCRIPT_ONLY, 30, view.state.panelist.name)


def test_listening_waits_for_consent(qtbot: QtBot, live: tuple[LiveView, Microphone],
                                     demo_desk: Desk) -> None:
    view, mic = live
    asked: list[object] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        asked.append(dialog)
        if isinstance(dialog, transcript_pane.ConsentDialog):
            dialog.reject()

    _press(qtbot, view, Qt.Key.Key_L, cancel)
    assert len(asked) == 1 and isinstance(asked[0], transcript_pane.ConsentDialog)
    assert mic.feed is None and view.transcript.live is None  # cancelled: nothing captured
    assert "off" in view.transcript.indicator.text()

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, transcript_pane.ConsentDialog):
            return  # the wait below fails and says so
        dialog.retention.setValue(45)
        assert not dialog.shared.isChecked()  # never assumed: asked every time
        dialog.shared.setChecked(True)
        dialog.accept()

    _press(qtbot, view, Qt.Key.Key_L, fill_and_save)
    qtbot.waitUntil(lambda: view.transcript.live is not None, timeout=5000)
    assert _rows(demo_desk, "SELECT candidate_name, retention_days, recorded_by, "
                 "shared_with_lead FROM transcript_consents WHERE session_id = ?",
                 view.session_id) == [(view.state.candidate.name, 45, view.state.panelist.name,
                                       1)]
    assert "Listening" in view.transcript.indicator.text()
    view.transcript.stop()


def test_segments_land_under_the_question_pin_not_said_pause_delete(
        qtbot: QtBot, live: tuple[LiveView, Microphone], demo_desk: Desk) -> None:
    view, mic = live
    pane = view.transcript
    demo_desk.transcripts.record_consent(_consent(view))
    first, second = view._agenda[0], view._agenda[1]
    assert not pane.isVisible()  # nothing heard here yet: the view is as it was
    view.stopwatch = Stopwatch(100)
    view.show_item(first)
    assert view.autosave.wait_saved()
    pane.toggle_listening()
    assert "● Listening" in pane.indicator.text()
    mic.say(8)
    qtbot.waitUntil(lambda: pane.segments.count() == 1, timeout=5000)
    assert pane.segments.item(0).text() == "1:40–1:46  sentence number 1"

    view.stopwatch = Stopwatch(300)
    view.show_item(second)
    assert view.autosave.wait_saved()
    _press(qtbot, view, Qt.Key.Key_L)  # pause
    assert "Paused" in pane.indicator.text()
    mic.say(8)  # paused: not captured
    _press(qtbot, view, Qt.Key.Key_L)  # resume at 5:00
    mic.say(8)
    qtbot.waitUntil(lambda: pane.segments.count() == 1, timeout=5000)
    assert pane.segments.item(0).text() == "5:00–5:06  sentence number 2"
    stored = _rows(demo_desk, "SELECT question_id, start_seconds, text FROM transcript_segments "
                   "WHERE session_id = ? ORDER BY start_seconds", view.session_id)
    assert stored == [(first.id, 100.5, "sentence number 1"),
                      (second.id, 300.5, "sentence number 2")]

    key = view.state.role.competencies[0].key
    pane.pin(pane.segment_ids()[0], competency_key=key)
    qtbot.waitUntil(lambda: bool(_rows(demo_desk, "SELECT quote, start_seconds FROM "
                                       "transcript_pins")), timeout=5000)
    assert _rows(demo_desk, "SELECT quote, start_seconds, competency_key FROM "
                 "transcript_pins") == [("sentence number 2", 300.5, key)]
    pane.mark_not_said()
    qtbot.waitUntil(lambda: pane.segments.count() == 0, timeout=5000)
    assert demo_desk.debrief.view(view.session_id).transcript.pins == ()

    _press(qtbot, view, Qt.Key.Key_Backspace)  # once: only asks
    assert len(_rows(demo_desk, "SELECT id FROM transcript_segments")) == 2
    _press(qtbot, view, Qt.Key.Key_Backspace)  # twice: gone
    qtbot.waitUntil(lambda: not _rows(demo_desk, "SELECT id FROM transcript_segments"),
                    timeout=5000)
    pane.stop()
    assert mic.closed and pane.live is None


def test_without_the_extra_the_view_is_unchanged_and_the_key_says_how_to_get_it(
        qtbot: QtBot, demo_desk: Desk) -> None:
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "live")
    view = w.open_session(sid)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.current_editor(), timeout=3000)
    if transcript_pane.extra_installed():
        pytest.skip("the [transcribe] extra is installed here")
    assert not view.transcript.isVisible()  # the live view is as it was
    _press(qtbot, view, Qt.Key.Key_L)
    assert view.transcript.live is None and not view.transcript.isVisible()
    assert view.notice.text() == INSTALL_HINT
    w.close()


def test_the_model_loads_off_the_ui_thread_with_a_visible_loading_state(
        qtbot: QtBot, live: tuple[LiveView, Microphone], demo_desk: Desk) -> None:
    import threading

    view, mic = live
    pane = view.transcript
    demo_desk.transcripts.record_consent(_consent(view))
    release = threading.Event()
    loaded_on: list[threading.Thread] = []

    def slow_model() -> Model:  # a laptop that takes its time loading the model
        loaded_on.append(threading.current_thread())
        release.wait(10)
        return Model()

    pane.make_transcriber = slow_model
    view.show_item(view._agenda[0])
    pane.toggle_listening()
    assert "loading the model" in pane.indicator.text()
    # the note takes keys while the model loads: the UI thread is not waiting for it
    editor = view.current_editor()
    before = editor.toPlainText()
    qtbot.keyClicks(editor, "still typing")
    assert editor.toPlainText() == before + "still typing"
    mic.say(8)  # the room goes on; the audio waits for the model
    release.set()
    qtbot.waitUntil(lambda: pane.segments.count() == 1, timeout=5000)
    assert "loading" not in pane.indicator.text() and "● Listening" in pane.indicator.text()
    assert loaded_on and loaded_on[0] is not threading.main_thread()
    pane.stop()


def test_a_missing_model_stops_listening_with_one_line(
        qtbot: QtBot, live: tuple[LiveView, Microphone], demo_desk: Desk,
        tmp_path: Path) -> None:
    view, mic = live
    pane = view.transcript
    demo_desk.transcripts.record_consent(_consent(view))
    empty = tmp_path / "no-model"
    empty.mkdir()
    # the folder is checked before faster-whisper is touched: the same with or without the extra
    pane.make_transcriber = lambda: WhisperTranscriber(check_model_dir(empty))
    pane.toggle_listening()
    qtbot.waitUntil(lambda: pane.live is None, timeout=5000)
    assert mic.closed
    text = view.notice.text()
    assert text.startswith("Transcription stopped:") and "model.bin missing" in text
    assert "\n" not in text and "Transcription off" in pane.indicator.text()


def _files_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


@pytest.mark.parametrize("scope", [ConsentScope.TRANSCRIPT_ONLY, ConsentScope.AUDIO_KEPT])
def test_audio_reaches_the_disk_only_when_the_consent_keeps_it(
        qtbot: QtBot, live: tuple[LiveView, Microphone], demo_desk: Desk,
        scope: ConsentScope) -> None:
    from interview_desk.paths import data_dir
    from interview_desk.services.kept_audio import pcm16
    from tests.services.test_kept_audio import tone

    view, mic = live
    pane = view.transcript
    demo_desk.transcripts.record_consent(
        Consent(view.session_id, view.state.candidate.name, ConsentMethod.SAID_ALOUD, scope,
                30, view.state.panelist.name))
    pane.toggle_listening()
    shown = [pane.indicator.text()]  # the panel sees whether audio is being kept
    assert mic.feed is not None
    audio = tone(8.0, 523.0)  # through the microphone's seam, as PortAudio would call it
    for i in range(0, len(audio), 6400):
        mic.feed(audio[i:i + 6400])
    qtbot.waitUntil(lambda: pane.segments.count() == 1, timeout=5000)
    pane.stop()
    assert demo_desk.path is not None
    files = _files_under(demo_desk.path.parent, data_dir())
    wavs = [p for p in files if p.suffix == ".wav"]
    if scope is ConsentScope.TRANSCRIPT_ONLY:
        assert "audio kept" not in shown[0]
        assert wavs == []
        as_float, as_pcm = audio[40_000:40_064], pcm16(audio)[20_000:20_032]
        for p in files:  # not a byte of the audio, in any form, anywhere
            data = p.read_bytes()
            assert as_float not in data and as_pcm not in data, p
    else:
        assert "● Listening" in shown[0] and "audio kept" in shown[0]
        assert [p.name for p in wavs] == [f"{view.state.panelist.id}.wav"]
        with wave.open(str(wavs[0]), "rb") as w:
            assert w.readframes(w.getnframes()) == pcm16(audio)


def test_delete_everything_captured_takes_the_kept_audio_too(
        qtbot: QtBot, live: tuple[LiveView, Microphone], demo_desk: Desk) -> None:
    view, mic = live
    pane = view.transcript
    demo_desk.transcripts.record_consent(
        Consent(view.session_id, view.state.candidate.name, ConsentMethod.SIGNED,
                ConsentScope.AUDIO_KEPT, 30, view.state.panelist.name))
    pane.toggle_listening()
    mic.say(8)
    qtbot.waitUntil(lambda: pane.segments.count() == 1, timeout=5000)
    kept = demo_desk.transcripts.kept_audio.path(view.session_id, view.state.panelist.id)
    assert kept.exists()
    _press(qtbot, view, Qt.Key.Key_Backspace)
    _press(qtbot, view, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: pane.segments.count() == 0, timeout=5000)
    assert not kept.exists() or kept.stat().st_size == 44  # still listening: a fresh file
    mic.say(1)
    pane.stop()
    with wave.open(str(kept), "rb") as w:  # only what was heard after the delete
        assert w.getnframes() == 16_000


def test_a_panelists_laptop_listens_only_under_the_leads_consent(
        qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The session came in the lead's panel file: no consent dialog here (the consent is the
    lead's); once a panel file carrying the consent arrives, the same key listens."""
    monkeypatch.setattr(transcript_pane, "extra_installed", lambda: True)
    with Desk.open(tmp_path / "lead.sqlite3", key_path=tmp_path / "lead.key") as lead:
        p = plan_session(lead)
        bare = lead.exchange.export_panel(p.session_id, tmp_path / "bare.idpanel")
        record_consent(lead, p)
        with_consent = lead.exchange.export_panel(p.session_id, tmp_path / "consent.idpanel")
    demo_desk.exchange.import_paths([bare])
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    view = w.open_session(p.session_id, p.bob_id)
    mic = Microphone()
    view.transcript.make_transcriber = Model
    view.transcript.open_microphone = mic.open
    asked: list[object] = []

    def refuse_any_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        asked.append(dialog)
        if isinstance(dialog, transcript_pane.ConsentDialog):
            dialog.reject()

    _press(qtbot, view, Qt.Key.Key_L, refuse_any_dialog)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked == [None]  # no consent dialog on a panelist's laptop
    assert "the lead records the candidate's consent" in view.notice.text()
    assert mic.feed is None and view.transcript.live is None
    assert _rows(demo_desk, "SELECT count(*) FROM transcript_consents WHERE session_id = ?",
                 p.session_id) == [(0,)]

    demo_desk.exchange.import_paths([with_consent])
    _press(qtbot, view, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: view.transcript.live is not None, timeout=5000)
    assert "Listening" in view.transcript.indicator.text()
    view.transcript.stop()
    w.close()
