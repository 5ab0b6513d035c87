"""Transcripts of the room: the consent they rest on, their segments, and pinned quotes.

Plain data and plain rules, so that attribution to questions, the consent rules, pinning and
"not said" are tested without a model, a microphone, a database or a widget. A segment's time
span is on the session clock (seconds since the interview started, as the live view counts
them), so it lines up with the question timeline the live view records.

Nothing here summarises, recommends or judges: a segment is what the model heard, and a quote
is a segment a person chose to pin.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from interview_desk.domain.model import new_id, utc_now
from interview_desk.i18n import Words

# Longest retention a consent may name: a year past the decision is longer than any hiring
# process needs, and a typo of 3650 must not become the candidate's agreement.
MAX_RETENTION_DAYS = 365
# Longest segment text a file may carry: the model hears at most 30 s at a time (a fast
# speaker's 30 s is about 600 characters), so anything far longer was not heard in the room.
MAX_SEGMENT_CHARS = 2000


#: The consent record's words (docs/translations.md): shown with ``say``.
Consented = Words("Consented")


class ConsentMethod(StrEnum):
    SAID_ALOUD = "said_aloud"
    SIGNED = "signed"

    @property
    def label(self) -> str:
        return {"said_aloud": Consented.tr("Said aloud in the room"),
                "signed": Consented.tr("Signed")}[self.value]


class ConsentScope(StrEnum):
    TRANSCRIPT_ONLY = "transcript_only"
    AUDIO_KEPT = "audio_kept"

    @property
    def label(self) -> str:
        return {"transcript_only": Consented.tr("Transcript only"),
                "audio_kept": Consented.tr("Transcript and audio kept")}[self.value]



class StarPart(StrEnum):
    SITUATION = "situation"
    TASK = "task"
    ACTION = "action"
    RESULT = "result"


class ConsentError(ValueError):
    """A consent record that cannot be accepted, or capture without one; the message is for
    people, ``field`` names the part at fault."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Consent:
    """The candidate's agreement to be transcribed in one session."""

    session_id: str
    candidate_name: str
    method: ConsentMethod
    scope: ConsentScope
    retention_days: int
    recorded_by: str
    given_at: str = field(default_factory=utc_now)
    # Part of the scope: whether each panelist's transcript may go to the lead's laptop in
    # their return file (the debrief then shows it). Not asked means not agreed.
    shared_with_lead: bool = False

    @property
    def sharing(self) -> str:
        return (Consented.tr("shared with the lead in return files") if self.shared_with_lead
                else Consented.tr("kept on the laptop that heard it"))

    @property
    def summary(self) -> str:
        return Consented.tr("%1 consented (%2) on %3; %4, %5; kept %n day(s); recorded by %6",
                            "", self.retention_days).arg(
            self.candidate_name, {
                ConsentMethod.SAID_ALOUD: Consented.tr("said aloud in the room"),
                ConsentMethod.SIGNED: Consented.tr("signed")}[self.method],
            self.given_at[:16].replace("T", " "), {
                ConsentScope.TRANSCRIPT_ONLY: Consented.tr("transcript only"),
                ConsentScope.AUDIO_KEPT: Consented.tr("transcript and audio kept")}[self.scope],
            self.sharing, self.recorded_by)


def check_consent(c: Consent, candidate_name: str) -> None:
    """Raise ``ConsentError`` unless ``c`` is a complete record for this candidate."""
    if not c.candidate_name.strip():
        raise ConsentError("Consent needs the name of the candidate who gave it.",
                           "candidate_name")
    if c.candidate_name.strip().casefold() != candidate_name.strip().casefold():
        raise ConsentError(f"Consent must come from the candidate, {candidate_name}, "
                           f"not from {c.candidate_name.strip()}.", "candidate_name")
    if not c.recorded_by.strip():
        raise ConsentError("Consent needs the name of the panelist who recorded it.",
                           "recorded_by")
    if not 1 <= c.retention_days <= MAX_RETENTION_DAYS:
        raise ConsentError(f"Retention must be between 1 and {MAX_RETENTION_DAYS} days, "
                           f"not {c.retention_days}.", "retention_days")


@dataclass(frozen=True)
class QuestionOpened:
    """The live view made ``question_id`` current at ``at_seconds`` on the session clock."""

    panelist_id: str
    question_id: str
    at_seconds: float


@dataclass(frozen=True)
class HeardSegment:
    """What the transcriber hands over: a time span (seconds from the start of the audio)
    and the words heard in it."""

    start: float
    end: float
    text: str


@dataclass
class Segment:
    """A stored transcript segment, its span on the session clock and the question it falls
    under. ``panelist_id`` is the laptop that captured it: the seal treats it as that
    panelist's notes."""

    session_id: str
    panelist_id: str
    start: float
    end: float
    text: str
    question_id: str | None = None
    not_said: bool = False
    id: str = field(default_factory=new_id)


@dataclass
class Pin:
    """A quote pinned as evidence for a competency, or as a STAR part; it keeps its span."""

    segment_id: str
    session_id: str
    panelist_id: str
    quote: str
    start: float
    end: float
    competency_key: str | None = None
    star_part: StarPart | None = None
    pinned_at: str = field(default_factory=utc_now)
    id: str = field(default_factory=new_id)


def question_at(timeline: Sequence[QuestionOpened], at_seconds: float) -> str | None:
    """The question current at ``at_seconds``: the last one opened at or before it."""
    ordered = sorted(timeline, key=lambda t: t.at_seconds)
    i = bisect.bisect_right([t.at_seconds for t in ordered], at_seconds)
    return ordered[i - 1].question_id if i else None


def anchor(session_id: str, panelist_id: str, heard: Iterable[HeardSegment],
           timeline: Sequence[QuestionOpened], offset: float = 0.0) -> list[Segment]:
    """Segments on the session clock under the question current when each began.

    ``offset`` is where the audio starts on the session clock. Empty text (what a model
    returns for noise) is dropped rather than stored.
    """
    out = []
    for h in heard:
        text = " ".join(h.text.split())
        if not text:
            continue
        start, end = h.start + offset, max(h.end, h.start) + offset
        out.append(Segment(session_id=session_id, panelist_id=panelist_id, start=start,
                           end=end, text=text, question_id=question_at(timeline, start)))
    return out


def make_pin(segment: Segment, panelist_id: str, *, competency_key: str | None = None,
             star_part: StarPart | None = None, quote: str | None = None) -> Pin:
    """Pin ``segment`` (or a part of its words, ``quote``) for exactly one target."""
    if (competency_key is None) == (star_part is None):
        raise ValueError("A quote is pinned either to a competency or to a STAR part.")
    if segment.not_said:
        raise ValueError("A segment marked not said cannot be pinned.")
    words = " ".join((quote if quote is not None else segment.text).split())
    if not words or words not in segment.text:
        raise ValueError("A pinned quote is a part of what the segment heard.")
    return Pin(segment_id=segment.id, session_id=segment.session_id, panelist_id=panelist_id,
               quote=words, start=segment.start, end=segment.end,
               competency_key=competency_key, star_part=star_part)


def clock_label(seconds: float) -> str:
    """``12:05`` on the session clock."""
    s = int(seconds)
    return f"{s // 60:d}:{s % 60:02d}"


@dataclass(frozen=True)
class SegmentView:
    id: str
    panelist: str
    start: float
    end: float
    text: str
    question_id: str | None
    question: str
    pinned: bool


@dataclass(frozen=True)
class PinView:
    panelist_id: str
    panelist: str
    quote: str
    start: float
    end: float
    question: str
    competency_key: str | None
    star_part: str | None

    @property
    def span(self) -> str:
        return f"{clock_label(self.start)}–{clock_label(self.end)}"


@dataclass(frozen=True)
class ConsentView:
    candidate_name: str
    method: str
    scope: str
    retention_days: int
    recorded_by: str
    given_at: str
    summary: str
    shared_with_lead: bool = False


@dataclass(frozen=True)
class TranscriptView:
    consent: ConsentView | None
    segments: tuple[SegmentView, ...]
    pins: tuple[PinView, ...]

    def pins_for(self, panelist_id: str, competency_key: str) -> tuple[PinView, ...]:
        return tuple(p for p in self.pins
                     if p.panelist_id == panelist_id and p.competency_key == competency_key)


EMPTY_TRANSCRIPT = TranscriptView(consent=None, segments=(), pins=())


def transcript_view(consent: Consent | None, segments: Sequence[Segment],
                    pins: Sequence[Pin], *, may_see: Iterable[str],
                    names: dict[str, str], questions: dict[str, str]) -> TranscriptView:
    """What the viewer may see: segments and pins of the panelists in ``may_see`` (the seal
    decides who, as for notes), never a segment marked not said nor a pin on one."""
    allowed = set(may_see)
    shown = [s for s in segments if s.panelist_id in allowed and not s.not_said]
    live = {s.id for s in segments if not s.not_said}
    visible_pins = [p for p in pins if p.panelist_id in allowed and p.segment_id in live]
    pinned = {p.segment_id for p in visible_pins}
    by_id = {s.id: s for s in segments}

    def question(qid: str | None) -> str:
        return questions.get(qid or "", "") if qid else ""

    return TranscriptView(
        consent=None if consent is None else ConsentView(
            candidate_name=consent.candidate_name, method=consent.method.label,
            scope=consent.scope.label, retention_days=consent.retention_days,
            recorded_by=consent.recorded_by, given_at=consent.given_at,
            summary=consent.summary, shared_with_lead=consent.shared_with_lead),
        segments=tuple(SegmentView(
            id=s.id, panelist=names.get(s.panelist_id, s.panelist_id), start=s.start,
            end=s.end, text=s.text, question_id=s.question_id,
            question=question(s.question_id), pinned=s.id in pinned)
            for s in sorted(shown, key=lambda s: (s.start, s.id))),
        pins=tuple(PinView(
            panelist_id=p.panelist_id, panelist=names.get(p.panelist_id, p.panelist_id),
            quote=p.quote, start=p.start, end=p.end,
            question=question(by_id[p.segment_id].question_id),
            competency_key=p.competency_key,
            star_part=p.star_part.value if p.star_part else None)
            for p in sorted(visible_pins, key=lambda p: (p.start, p.id))))
