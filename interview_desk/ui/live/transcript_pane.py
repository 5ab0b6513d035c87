"""The transcript pane under the question: consent first, a visible listening indicator, the
segments heard while this question was current, and the keys to pause, delete, pin and mark a
mis-hearing.

Off by default, and hidden until this laptop first listens in the session: until then the
live view is exactly as it was. Listening starts only after the candidate's consent is
recorded for the session. The microphone and the model run off the UI thread
(``LiveTranscription``); every write goes through the op runner. Without the optional extra,
the listen key says in one line how to get it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.live import LiveSession
from interview_desk.domain.transcript import (
    MAX_RETENTION_DAYS,
    Consent,
    ConsentMethod,
    ConsentScope,
    HeardSegment,
    StarPart,
    clock_label,
)
from interview_desk.services.desk import Desk
from interview_desk.services.kept_audio import AudioRecorder
from interview_desk.services.live_transcription import LiveTranscription, open_microphone
from interview_desk.services.transcriber import (
    INSTALL_HINT,
    Transcriber,
    TranscribeUnavailable,
    extra_installed,
    load_transcriber,
)
from interview_desk.services.transcription_model import chosen_model_folder
from interview_desk.storage.errors import ValidationError
from interview_desk.ui import settings
from interview_desk.ui.i18n import arg, tr
from interview_desk.ui.live.look import calm_amber, quiet
from interview_desk.ui.ops import OpError, OpRunner

_log = logging.getLogger("interview_desk.ui.live.transcript")

LISTENING_RED = "#b00020"
#: Shown as behind once this many seconds wait for the model (one chunk is normal).
BEHIND_AFTER_S = 10.0


class ConsentDialog(QDialog):
    """Who consented, how, to what, for how long: every field before anything is captured."""

    def __init__(self, candidate: str, recorded_by: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("The candidate's consent to transcription"))
        self.name = QLineEdit(candidate, self)
        self.name.setObjectName("consent_name")
        self.method = QComboBox(self)
        methods = {ConsentMethod.SAID_ALOUD: tr("Said aloud in the room"),
                   ConsentMethod.SIGNED: tr("Signed")}
        for m in ConsentMethod:
            self.method.addItem(methods[m], m.value)
        self.scope = QComboBox(self)
        scopes = {ConsentScope.TRANSCRIPT_ONLY: tr("Transcript only"),
                  ConsentScope.AUDIO_KEPT: tr("Transcript and audio kept")}
        for s in ConsentScope:
            self.scope.addItem(scopes[s], s.value)
        self.retention = QSpinBox(self)
        self.retention.setRange(1, MAX_RETENTION_DAYS)
        self.retention.setValue(90)
        self.retention.setSuffix(tr(" days"))
        self.recorded_by = QLineEdit(recorded_by, self)
        # Part of the scope, asked every time and never assumed: whether each panelist's
        # transcript goes to the lead in their return file (and so into the debrief).
        self.shared = QCheckBox(tr("Each panelist's transcript goes to the lead for the "
                                   "debrief (in return files)"), self)
        self.shared.setObjectName("consent_shared_with_lead")
        form = QFormLayout(self)
        form.addRow(QLabel(tr("Ask the candidate aloud, in the room. Nothing is captured "
                              "until this is saved; audio is written to disk only if the scope "
                              "says it is kept."), self))
        form.addRow(tr("Candidate who consented"), self.name)
        form.addRow(tr("How"), self.method)
        form.addRow(tr("Scope"), self.scope)
        form.addRow("", self.shared)
        form.addRow(tr("Keep the transcript for"), self.retention)
        form.addRow(tr("Recorded by"), self.recorded_by)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def consent(self, session_id: str) -> Consent:
        return Consent(session_id=session_id, candidate_name=self.name.text().strip(),
                       method=ConsentMethod(self.method.currentData()),
                       scope=ConsentScope(self.scope.currentData()),
                       retention_days=self.retention.value(),
                       recorded_by=self.recorded_by.text().strip(),
                       shared_with_lead=self.shared.isChecked())


class TranscriptPane(QWidget):
    """One panelist's transcript pane in the live view."""

    # from the worker thread; delivered on the UI thread (queued)
    heard = Signal(object)
    failed = Signal(object)
    model_ready = Signal()
    consent_asked = Signal()  # the consent dialog closed (saved or not)

    def __init__(self, desk: Desk, ops: OpRunner, state: Callable[[], LiveSession],
                 elapsed: Callable[[], float], say: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcript_pane")
        # the live view's session as it is now (it changes when another panelist writes)
        self.desk, self.ops, self._state = desk, ops, state
        self._elapsed, self._say = elapsed, say
        self.question_id: str | None = None
        self.live: LiveTranscription | None = None
        self._close_mic: Callable[[], None] | None = None
        # only under "transcript and audio kept" consent; None: audio is never written
        self._recorder: AudioRecorder | None = None
        self._confirm_delete = False
        self._heard_here = False
        # Seams: what turns audio into segments, and what captures the room (tests set them).
        # ``make_transcriber`` runs on the transcription thread, never on this one.
        self.make_transcriber: Callable[[], Transcriber] = lambda: load_transcriber(
            chosen_model_folder(settings.get(settings.TRANSCRIBE_MODEL_DIR)))
        self.open_microphone: Callable[[Callable[[bytes], None]], Callable[[], None]] = \
            open_microphone

        self.indicator = QLabel(self)
        self.indicator.setObjectName("listening_indicator")
        self.indicator.setTextFormat(Qt.TextFormat.PlainText)
        self.listen_button = QPushButton(self)
        self.listen_button.setObjectName("listen_button")
        self.listen_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.listen_button.clicked.connect(self.toggle_listening)
        self.segments = QListWidget(self)
        self.segments.setObjectName("transcript_segments")
        self.segments.setAccessibleName(self.tr("Transcript"))
        self.segments.setWordWrap(True)
        self.segments.setMaximumHeight(110)
        self.segments.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.segments.customContextMenuRequested.connect(lambda _pos: self.pin_menu())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.indicator, 1)
        row.addWidget(self.listen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.segments)

        self._backlog_timer = QTimer(self)
        self._backlog_timer.setInterval(500)
        self._backlog_timer.timeout.connect(self._refresh_indicator)
        self.heard.connect(self._store_heard)
        self.failed.connect(self._on_failed)
        self.model_ready.connect(self._refresh_indicator)
        self._refresh_indicator()
        self.reload()

    # --- what is shown ---------------------------------------------------------------------

    @property
    def state(self) -> LiveSession:
        return self._state()

    @property
    def available(self) -> bool:
        return extra_installed()

    def show_question(self, question_id: str) -> None:
        self.question_id = question_id
        self.reload()

    def reload(self) -> None:
        """The segments this laptop heard while the current question was open."""
        self.segments.clear()
        heard = [s for s in self.desk.transcripts.segments(self.state.session_id)
                 if s.panelist_id == self.state.panelist.id]
        mine = [s for s in heard if not s.not_said and s.question_id == self.question_id]
        for s in mine:
            item = QListWidgetItem(f"{clock_label(s.start)}–{clock_label(s.end)}  {s.text}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.segments.addItem(item)
        if mine:
            self.segments.scrollToBottom()
        self.segments.setVisible(bool(mine) or self.live is not None)
        # Until this laptop listens in this session the live view is exactly as it was: the
        # note keeps every line of a small screen. The key (Ctrl+Shift+L) says the rest.
        self._heard_here = self._heard_here or bool(heard)
        self.setVisible(self.available and (self.live is not None or self._heard_here))

    def _refresh_indicator(self) -> None:
        self.listen_button.setVisible(self.available)
        if not self.available:
            self.indicator.setText(tr(INSTALL_HINT))
            self.indicator.setStyleSheet(f"color: {quiet(self)};")
            return
        if self.live is None:
            self.indicator.setText(tr("Transcription off"))
            self.indicator.setStyleSheet(f"color: {quiet(self)};")
            self.listen_button.setText(tr("Listen…"))
            return
        behind = self.live.backlog_seconds()
        if self.live.listening and not self.live.ready:
            text = tr("● Listening — loading the model…")
            colour = LISTENING_RED
        elif self.live.listening:
            text = tr("● Listening")
            colour = LISTENING_RED
        else:
            text = tr("❚❚ Paused — nothing is captured")
            colour = quiet(self)
        if self._recorder is not None and self.live.listening:  # the consent keeps audio
            text = arg(tr("%1 · audio kept"), text)
        if behind >= BEHIND_AFTER_S and self.live.ready:
            text = arg(tr("%1 — transcribing %2 s behind"), text, f"{behind:.0f}")
            colour = calm_amber(self) if not self.live.listening else colour
        self.indicator.setText(text)
        self.indicator.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.listen_button.setText(tr("Pause") if self.live.listening else tr("Resume"))

    # --- consent, listening, pausing -----------------------------------------------------------

    def toggle_listening(self) -> None:
        """The pause key: start (after consent), pause, resume."""
        self._confirm_delete = False
        if not self.available:
            self._say(tr(INSTALL_HINT))
            return
        if self.live is not None:
            if self.live.listening:
                self.live.pause()
            else:
                self.live.start(self._elapsed())
            self._refresh_indicator()
            return
        if self.desk.transcripts.consent(self.state.session_id) is None:
            if self.desk.transcripts.consent_is_the_leads(self.state.session_id):
                # A panelist's laptop listens only under the consent the lead recorded.
                self._say(tr("Nothing is captured yet: the lead records the candidate's "
                             "consent, and it reaches this laptop in the lead's panel file."))
                return
            dialog = ConsentDialog(self.state.candidate.name, self.state.panelist.name, self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            consent = dialog.consent(self.state.session_id)
            dialog.deleteLater()
            self.consent_asked.emit()  # the keyboard goes back to the note, either way
            if accepted:
                self.record_consent(consent, then=self.begin)
            return
        self.begin()

    def record_consent(self, consent: Consent, then: Callable[[], None]) -> None:
        op = self.ops.run(lambda desk, _r: desk.transcripts.record_consent(consent),
                          label="record consent", owner=self)
        op.succeeded.connect(lambda _v: then())
        op.failed.connect(lambda e: self._say(e.message))

    def begin(self) -> None:
        """Listen: the microphone opens at once, the model loads on the worker thread (the
        note never waits for it) and the indicator says so until it is ready."""
        if not self._open_recorder():
            return
        self.live = LiveTranscription(self.make_transcriber, self.heard.emit, self.failed.emit,
                                      on_ready=self.model_ready.emit, keep=self._keep_audio)
        self._heard_here = True
        self.live.start(self._elapsed())
        try:
            self._close_mic = self.open_microphone(self.live.feed)
        except Exception as exc:  # no microphone, or the audio system refused it
            _log.warning("Could not open the microphone: %s", exc)
            self.live.stop(0)
            self.live = None
            self._close_recorder()
            self._say(tr("No microphone could be opened; nothing is captured."))
            return
        self._backlog_timer.start()
        self._refresh_indicator()
        self.reload()

    def stop(self) -> None:
        """Stop capturing and transcribe what was heard (the live view is closing)."""
        if self._close_mic is not None:
            self._close_mic()
            self._close_mic = None
        if self.live is not None:
            self.live.stop(30)
            self.live = None
        self._close_recorder()
        self._backlog_timer.stop()
        self._refresh_indicator()

    def _open_recorder(self) -> bool:
        """Open the kept-audio file when the consent's scope keeps audio; False (and said)
        when it cannot be written."""
        try:
            self._recorder = self.desk.transcripts.audio_recorder(self.state.session_id,
                                                                  self.state.panelist.id)
        except (ValidationError, OSError) as exc:
            self._say(arg(tr("The audio cannot be kept, so nothing is captured: %1"),
                          getattr(exc, "message", None) or str(exc)))
            return False
        return True

    def _keep_audio(self, audio: bytes) -> None:
        """On the microphone's thread: hand the audio to the recorder, if any (it queues)."""
        recorder = self._recorder
        if recorder is not None:
            recorder.write(audio)

    def _close_recorder(self) -> None:
        recorder, self._recorder = self._recorder, None
        if recorder is not None:
            recorder.close()

    # --- what the worker heard -----------------------------------------------------------------

    def _store_heard(self, heard: Sequence[HeardSegment]) -> None:
        sid, pid, segments = self.state.session_id, self.state.panelist.id, list(heard)
        op = self.ops.run(lambda desk, _r: desk.transcripts.add_heard(sid, pid, segments),
                          label="store transcript", owner=self)
        op.succeeded.connect(lambda _v: self.reload())
        op.failed.connect(self._on_store_failed)

    def _on_store_failed(self, error: OpError) -> None:
        self._say(error.message)

    def _on_failed(self, exc: BaseException) -> None:
        self.stop()
        if isinstance(exc, TranscribeUnavailable):  # no model, or a broken one: say which
            # the install hint is a marked message: said in the interface's language
            self._say(arg(tr("Transcription stopped: %1"), tr(str(exc))))
            return
        _log.error("Transcription failed", exc_info=exc)
        self._say(tr("Transcription stopped: something went wrong — details in the log."))

    # --- delete, pin, not said -----------------------------------------------------------------

    def delete_captured(self) -> None:
        """Pressed twice: everything this laptop captured in the session goes, for good."""
        if not self._confirm_delete:
            self._confirm_delete = True
            self._say(tr("Press Ctrl+Shift+Backspace again to delete everything captured in "
                         "this session."))
            return
        self._confirm_delete = False
        if self.live is not None:
            self.live.discard()
        self._close_recorder()  # the kept audio goes too: its file must be closed first
        sid, pid = self.state.session_id, self.state.panelist.id
        op = self.ops.run(lambda desk, _r: desk.transcripts.delete_captured(sid, pid),
                          label="delete transcript", owner=self)
        op.succeeded.connect(self._on_deleted)
        op.failed.connect(self._on_store_failed)

    def _on_deleted(self, count: int) -> None:
        if self.live is not None and self.live.listening:
            self._open_recorder()  # still listening: a fresh recording from now on
        self.reload()
        self._say(tr("Deleted %n transcript segment(s) of this session.", "", count))

    def selected_segment(self) -> str | None:
        item = self.segments.currentItem() or (
            self.segments.item(self.segments.count() - 1) if self.segments.count() else None)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def pin_menu(self) -> None:
        """Pin the selected segment (the newest when none is) as evidence or a STAR part."""
        segment_id = self.selected_segment()
        if segment_id is None:
            self._say(tr("No transcript segment to pin under this question."))
            return
        menu = QMenu(self)
        for c in self.state.role.competencies:
            act = menu.addAction(arg(tr("Evidence for %1"), c.name))
            act.triggered.connect(lambda _=False, k=c.key: self.pin(segment_id,
                                                                     competency_key=k))
        menu.addSeparator()
        star = {StarPart.SITUATION: tr("STAR: Situation"), StarPart.TASK: tr("STAR: Task"),
                StarPart.ACTION: tr("STAR: Action"), StarPart.RESULT: tr("STAR: Result")}
        for part in StarPart:
            act = menu.addAction(star[part])
            act.triggered.connect(lambda _=False, p=part: self.pin(segment_id, star_part=p))
        menu.addSeparator()
        menu.addAction(tr("Not said (a mis-hearing)")).triggered.connect(
            lambda: self.mark_not_said(segment_id))
        menu.popup(self.segments.mapToGlobal(self.segments.rect().center()))

    def pin(self, segment_id: str, *, competency_key: str | None = None,
            star_part: StarPart | None = None) -> None:
        pid = self.state.panelist.id
        op = self.ops.run(lambda desk, _r: desk.transcripts.pin(
            segment_id, pid, competency_key=competency_key, star_part=star_part),
            label="pin quote", owner=self)
        op.succeeded.connect(lambda _v: self._say(tr("Quote pinned, with its time span.")))
        op.failed.connect(self._on_store_failed)

    def mark_not_said(self, segment_id: str | None = None) -> None:
        target = segment_id or self.selected_segment()
        if target is None:
            return
        op = self.ops.run(lambda desk, _r: desk.transcripts.set_not_said(target),
                          label="mark not said", owner=self)
        op.succeeded.connect(self._on_not_said)
        op.failed.connect(self._on_store_failed)

    def _on_not_said(self, _value: object) -> None:
        self.reload()
        self._say(tr("Marked not said: left out everywhere."))

    def segment_ids(self) -> list[str]:
        return [str(self.segments.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.segments.count())]

