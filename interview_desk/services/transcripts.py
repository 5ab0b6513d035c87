"""Transcripts of a session: consent first, then segments anchored to the question timeline.

Every rule a user can break (no consent, a consent that is not the candidate's, pinning a
mis-heard segment, an unreadable recording) is a ``ValidationError`` with one sentence and
changes nothing. Segments come in as ``HeardSegment``s from whatever transcriber heard them
(the live worker, a recording, or a test feeding them directly) and are stored on the session
clock under the question that was current.
"""

from __future__ import annotations

import wave
from collections.abc import Callable, Iterable
from pathlib import Path

from interview_desk.domain.transcript import (
    Consent,
    ConsentError,
    ConsentScope,
    HeardSegment,
    Pin,
    QuestionOpened,
    Segment,
    StarPart,
    anchor,
    check_consent,
    make_pin,
)
from interview_desk.services.kept_audio import AudioRecorder, KeptAudio
from interview_desk.services.transcriber import Transcriber
from interview_desk.storage.errors import NotFoundError, ValidationError
from interview_desk.storage.handle import Database
from interview_desk.storage.repositories import CandidateRepository, SessionRepository
from interview_desk.storage.transcript_repositories import TranscriptRepository


class TranscriptService:
    def __init__(self, db: Database,
                 led_elsewhere: Callable[[str], bool] = lambda _session_id: False) -> None:
        self.db = db
        self.repo = TranscriptRepository(db)
        self.sessions = SessionRepository(db)
        self.kept_audio = KeptAudio.beside(db)
        # Whether a session came in a panel file from its lead's laptop (the exchange knows).
        self._led_elsewhere = led_elsewhere

    # consent ----------------------------------------------------------------------------

    def record_consent(self, consent: Consent) -> None:
        """The lead records it, on the lead's laptop; it reaches the panelists' laptops in
        the panel file. A consent recorded on a panelist's laptop would never reach the lead,
        who would then refuse every transcript segment from it."""
        if self._led_elsewhere(consent.session_id):
            raise ValidationError(
                "The candidate's consent is recorded by the lead, on the lead's laptop; it "
                "arrives here in the lead's panel file (ask the lead to export it again).")
        session = self.sessions.get(consent.session_id)
        candidate = CandidateRepository(self.db).get(session.candidate_id)
        try:
            check_consent(consent, candidate.name)
        except ConsentError as e:
            raise ValidationError(str(e)) from e
        self.repo.save_consent(consent)

    def consent(self, session_id: str) -> Consent | None:
        return self.repo.consent(session_id)

    def require_consent(self, session_id: str) -> Consent:
        c = self.repo.consent(session_id)
        if c is None:
            where = (" by the lead and has reached this laptop in a panel file"
                     if self._led_elsewhere(session_id) else "")
            raise ValidationError(
                "Nothing is transcribed before the candidate's consent is recorded "
                f"for this session{where}.")
        return c

    def audio_recorder(self, session_id: str, panelist_id: str) -> AudioRecorder | None:
        """Where this panelist's captured audio is kept, if the candidate consented to audio
        being kept; None (nothing is ever written) for "transcript only"."""
        consent = self.require_consent(session_id)
        if consent.scope is not ConsentScope.AUDIO_KEPT:
            return None
        return self.kept_audio.recorder(session_id, self._panelist(session_id, panelist_id))

    def consent_is_the_leads(self, session_id: str) -> bool:
        """Whether this laptop must wait for the consent in the lead's panel file."""
        return self._led_elsewhere(session_id)

    # the question timeline ----------------------------------------------------------------

    def open_question(self, session_id: str, panelist_id: str, question_id: str,
                      at_seconds: float, entry_id: str | None = None) -> None:
        self.repo.open_question(session_id, QuestionOpened(panelist_id, question_id,
                                                           at_seconds), entry_id)

    def timeline(self, session_id: str, panelist_id: str | None = None) -> list[QuestionOpened]:
        return self.repo.timeline(session_id, panelist_id)

    # segments -----------------------------------------------------------------------------

    def _panelist(self, session_id: str, panelist_id: str | None) -> str:
        panel = self.sessions.panel(session_id)
        if not panel:
            raise ValidationError("This session has no panel.")
        if panelist_id is None:
            return next((p for p in panel if p.is_lead), panel[0]).id
        if all(p.id != panelist_id for p in panel):
            raise NotFoundError("panelist in this session", panelist_id)
        return panelist_id

    def add_heard(self, session_id: str, panelist_id: str | None,
                  heard: Iterable[HeardSegment], offset: float = 0.0) -> list[Segment]:
        """Store what was heard, ``offset`` seconds into the session, under the question the
        panelist's live view had open at each segment's start."""
        self.require_consent(session_id)
        who = self._panelist(session_id, panelist_id)
        segments = anchor(session_id, who, heard, self.repo.timeline(session_id, who), offset)
        if segments:
            self.repo.add_segments(segments)
        return segments

    def transcribe_recording(self, session_id: str, audio: Path, transcriber: Transcriber,
                             panelist_id: str | None = None,
                             offset: float = 0.0) -> list[Segment]:
        """A recording made elsewhere (from the session's start, or ``offset`` seconds in),
        transcribed after the fact and attributed by the session's question timeline."""
        self.require_consent(session_id)
        self._panelist(session_id, panelist_id)
        check_wav(audio)
        return self.add_heard(session_id, panelist_id, list(transcriber.transcribe(audio)),
                              offset)

    def segments(self, session_id: str) -> list[Segment]:
        return self.repo.segments(session_id)

    def set_not_said(self, segment_id: str, not_said: bool = True) -> None:
        self._segment(segment_id)
        self.repo.set_not_said(segment_id, not_said)

    def delete_captured(self, session_id: str, panelist_id: str) -> int:
        """Everything this panelist's laptop captured in the session, gone for good: the
        segments, and the kept audio (its recorder must be closed first)."""
        self.kept_audio.delete(session_id, panelist_id)
        return self.repo.delete_captured(session_id, panelist_id)

    def _segment(self, segment_id: str) -> Segment:
        s = self.repo.segment(segment_id)
        if s is None:
            raise NotFoundError("transcript segment", segment_id)
        return s

    # pinned quotes --------------------------------------------------------------------------

    def pin(self, segment_id: str, panelist_id: str, *, competency_key: str | None = None,
            star_part: StarPart | None = None, quote: str | None = None) -> Pin:
        segment = self._segment(segment_id)
        self._panelist(segment.session_id, panelist_id)
        try:
            pin = make_pin(segment, panelist_id, competency_key=competency_key,
                           star_part=star_part, quote=quote)
        except ValueError as e:
            raise ValidationError(str(e)) from e
        self.repo.add_pin(pin)
        return pin

    def unpin(self, pin_id: str) -> None:
        self.repo.remove_pin(pin_id)

    def pins(self, session_id: str) -> list[Pin]:
        return self.repo.pins(session_id)


def check_wav(path: Path) -> float:
    """Seconds of audio in a readable WAV file; a ``ValidationError`` saying why not."""
    try:
        with wave.open(str(path), "rb") as w:
            frames, rate = w.getnframes(), w.getframerate()
    except FileNotFoundError as e:
        raise ValidationError(f"{path} does not exist.") from e
    except (wave.Error, EOFError, OSError) as e:
        raise ValidationError(f"{path} is not a readable WAV recording ({e}).") from e
    if rate <= 0 or frames == 0:
        raise ValidationError(f"{path} holds no audio.")
    return frames / rate
