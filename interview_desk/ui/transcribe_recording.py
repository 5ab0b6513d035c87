"""File ▸ Transcribe a recording…: a WAV recording of the selected session, made elsewhere
under the candidate's recorded consent, transcribed on this laptop and attributed to questions
by the session's question timeline.

The model runs on a thread of its own (a long recording must not hold up the writer, whose
lane autosave shares); the segments are then stored through the op runner.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from interview_desk.i18n import QT_TRANSLATE_NOOP
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import ValidationError
from interview_desk.ui import settings
from interview_desk.ui.ops import Lane, OpError, OpRunner

if TYPE_CHECKING:
    # The window makes this helper before its first paint; the transcript model and the
    # transcriber load when a recording is chosen (~7 ms of every start, issue 13).
    from interview_desk.domain.transcript import HeardSegment
    from interview_desk.services.transcriber import Transcriber

WAV_FILTER = QT_TRANSLATE_NOOP("TranscribeRecording", "WAV recordings (*.wav);;All files (*)")


def _chosen_transcriber() -> Transcriber:
    from interview_desk.services.transcriber import load_transcriber
    from interview_desk.services.transcription_model import chosen_model_folder

    return load_transcriber(chosen_model_folder(settings.get(settings.TRANSCRIBE_MODEL_DIR)))


class TranscribeRecording(QObject):
    heard = Signal(str, object)  # session id, the segments (from the worker thread)
    failed = Signal(str)  # a message for people
    stored = Signal(int)  # how many segments were stored

    def __init__(self, window: QWidget, desk: Desk, ops: OpRunner, action: QAction,
                 selected_session: Callable[[], str | None]) -> None:
        super().__init__(window)
        self.window, self.desk, self.ops = window, desk, ops
        self.selected_session = selected_session
        # the seam tests use: what turns the recording into segments
        # (runs on the worker thread: loading a model takes a second or more)
        self.make_transcriber: Callable[[], Transcriber] = _chosen_transcriber
        self.message: QMessageBox | None = None
        self.worker: threading.Thread | None = None
        action.triggered.connect(self.choose)
        self.heard.connect(self._store)
        self.failed.connect(lambda text: self._show(self.tr("Nothing was transcribed"), text))

    def choose(self) -> None:
        sid = self.selected_session()
        if sid is None:
            self._show(self.tr("Transcribe a recording"),
                       self.tr("Select the session on the Sessions page first."))
            return
        if self.desk.transcripts.consent(sid) is None:
            self._show(self.tr("Transcribe a recording"), self.tr(
                "The candidate's consent is not recorded for this session: record it in the "
                "live view (Ctrl+Shift+L) or with `interview-desk consent` first."))
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Transcribe a recording"),
                                              str(Path.home()), self.tr(WAV_FILTER))
        if path:
            self.transcribe(sid, Path(path))

    def transcribe(self, session_id: str, path: Path) -> None:
        """Transcribe ``path`` off the UI thread, then store its segments."""
        try:
            self.desk.transcripts.require_consent(session_id)
            from interview_desk.services.transcripts import check_wav  # loaded with the service

            check_wav(path)
        except ValidationError as exc:
            self.failed.emit(str(exc))
            return

        from interview_desk.services.transcriber import TranscribeUnavailable

        def run() -> None:
            try:
                transcriber = self.make_transcriber()
            except TranscribeUnavailable as exc:
                self.failed.emit(str(exc))
                return
            try:
                segments = list(transcriber.transcribe(path))
            except Exception as exc:  # the model's failure is shown, with the cause
                self.failed.emit(self.tr("The recording could not be transcribed: %1")
                                 .replace("%1", str(exc)))
                return
            self.heard.emit(session_id, segments)

        self.worker = threading.Thread(target=run, name="transcribe-recording", daemon=True)
        self.worker.start()

    def _store(self, session_id: str, heard: Sequence[HeardSegment]) -> None:
        op = self.ops.run(lambda desk, _r: desk.transcripts.add_heard(session_id, None, heard),
                          label=self.tr("Storing the transcript…"), lane=Lane.BULK, owner=self)
        op.succeeded.connect(self._on_stored)
        op.failed.connect(self._on_failed)

    def _on_stored(self, segments: Sequence[object]) -> None:
        self.stored.emit(len(segments))
        self._show(self.tr("Recording transcribed"),
                   self.tr("%n segment(s) stored under the questions that were open when they "
                           "were spoken.", "", len(segments)))

    def _on_failed(self, error: OpError) -> None:
        self.failed.emit(error.message)

    def _show(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("transcribe_message")
        box.finished.connect(box.deleteLater)
        self.message = box
        box.open()
