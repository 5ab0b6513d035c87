"""The interview domain as plain dataclasses.

Every record carries a globally unique ``id`` (uuid4 hex) because panelists' laptops merge
their files later; two laptops must never mint the same id.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from interview_desk.domain import clock
from interview_desk.domain.scale import SCALE
from interview_desk.domain.statuses import DEFAULT_PLANNED_MINUTES as DEFAULT_PLANNED_MINUTES
from interview_desk.domain.statuses import Label as Label
from interview_desk.domain.statuses import SessionStatus as SessionStatus
from interview_desk.i18n import Text

# Look-fors a question may list: one key each in the live view (Alt+1..Alt+8), and few enough
# to take in at a glance while the candidate talks.
MAX_LOOK_FORS = 8
LOOK_FOR_MAX_LENGTH = 120


def clean_look_fors(values: list[str]) -> list[str]:
    """The look-fors as stored: stripped, blanks and repeats dropped; ValueError past the
    limits (the kit editor, kit files and the question CSV all say it the same way)."""
    out: list[str] = []
    for v in values:
        v = " ".join(v.split())
        if v and v not in out:
            out.append(v)
    if len(out) > MAX_LOOK_FORS:
        raise ValueError(f"a question lists at most {MAX_LOOK_FORS} look-fors, not {len(out)}")
    long = next((v for v in out if len(v) > LOOK_FOR_MAX_LENGTH), None)
    if long is not None:
        raise ValueError(f"a look-for is at most {LOOK_FOR_MAX_LENGTH} characters: "
                         f"“{long[:40]}…”")
    return out


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> str:
    """ISO-8601 UTC timestamp with microseconds; sorts as text, so it orders merges."""
    return clock.now().isoformat(timespec="microseconds")


#: The years a time may fall in. An interview outside them is a typing slip or a forged
#: file; refusing them also keeps every date sum (a due date, a deadline) within what
#: ``datetime`` can hold, since year 1 or 9999 overflows at the first day added.
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100

# RFC 3339: a full date, a full time, and an offset ("Z" or ±hh:mm), nothing left out.
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})")


def parse_timestamp(stamp: str | None) -> datetime | None:
    """A stored time as an aware datetime; ``None`` when empty, unreadable or implausible.

    Machine stamps (``utc_now``) carry their offset. A planned time (``scheduled_at``) is the
    wall-clock time the panel agreed on, stored without an offset: it is read as local time.
    A time outside ``EARLIEST_YEAR``–``LATEST_YEAR`` (an older version's import let such
    values in) reads as unknown, so that no page or report fails on it.
    """
    if not stamp:
        return None
    try:
        dt = datetime.fromisoformat(stamp)
        dt = dt if dt.tzinfo else dt.astimezone()
    except (ValueError, OverflowError):
        return None
    return dt if is_plausible(dt) else None


def is_plausible(dt: datetime) -> bool:
    """Whether an aware time falls within the years an interview can happen in."""
    try:
        return EARLIEST_YEAR <= dt.astimezone(UTC).year <= LATEST_YEAR
    except OverflowError:  # year 1 or 9999 moved by its offset out of datetime's range
        return False


def timestamp_problem(stamp: str) -> str | None:
    """Why ``stamp`` is no time this app writes (RFC 3339, with its offset, in range), or None."""
    if not _RFC3339.fullmatch(stamp):
        return "not a time in the form 2026-05-04T10:00:00+00:00 (with its offset)"
    try:
        dt = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return f"{stamp!r} is no such day or time"
    if not is_plausible(dt):
        return f"{stamp!r} is not between the years {EARLIEST_YEAR} and {LATEST_YEAR}"
    return None


class QuestionType(StrEnum):
    BEHAVIOURAL = "behavioural"
    SITUATIONAL = "situational"
    MOTIVATION_FIT = "motivation_fit"
    TECHNICAL = "technical"
    CASE_PRESENTATION = "case_presentation"
    TALKING_POINT = "talking_point"
    GENERAL = "general"

    @property
    def label(self) -> Text:
        return _QUESTION_TYPE_LABELS[self]


_QUESTION_TYPE_LABELS = {
    QuestionType.BEHAVIOURAL: Label.tr("Behavioural (STAR)"),
    QuestionType.SITUATIONAL: Label.tr("Situational"),
    QuestionType.MOTIVATION_FIT: Label.tr("Motivation & fit"),
    QuestionType.TECHNICAL: Label.tr("Technical / role-specific"),
    QuestionType.CASE_PRESENTATION: Label.tr("Case study / presentation"),
    QuestionType.TALKING_POINT: Label.tr("Talking point (job preview)"),
    QuestionType.GENERAL: Label.tr("General"),
}


class SectionKind(StrEnum):
    OPENING = "opening"
    EXPERIENCE = "experience"
    BEHAVIOURAL = "behavioural"
    SITUATIONAL = "situational"
    MOTIVATION = "motivation"
    PREVIEW = "preview"
    CANDIDATE_QUESTIONS = "candidate_questions"
    CLOSE = "close"
    OTHER = "other"


class FlagKind(StrEnum):
    STRONG = "strong"
    CONCERN = "concern"
    FOLLOW_UP = "follow_up"


class Recommendation(StrEnum):
    """Overall recommendation. Deliberately no neutral middle."""

    STRONG_NO = "strong_no"
    NO = "no"
    YES = "yes"
    STRONG_YES = "strong_yes"

    @property
    def label(self) -> Text:
        return {Recommendation.STRONG_NO: Label.tr("Strong no"),
                Recommendation.NO: Label.tr("No"), Recommendation.YES: Label.tr("Yes"),
                Recommendation.STRONG_YES: Label.tr("Strong yes")}[self]


class Outcome(StrEnum):
    HIRE = "hire"
    NO_HIRE = "no_hire"
    ANOTHER_ROUND = "another_round"
    ADDITIONAL_ASSESSMENT = "additional_assessment"

    @property
    def label(self) -> Text:
        return {Outcome.HIRE: Label.tr("Hire"), Outcome.NO_HIRE: Label.tr("No hire"),
                Outcome.ANOTHER_ROUND: Label.tr("Another round"),
                Outcome.ADDITIONAL_ASSESSMENT: Label.tr("Additional assessment")}[self]


class NoteState(StrEnum):
    """Progress of one question for one panelist; talking points use ASKED for 'covered'."""

    OPEN = ""
    ASKED = "asked"
    SKIPPED = "skipped"


@dataclass
class Competency:
    key: str
    name: str
    description: str = ""
    weight: float = 1.0
    anchors: tuple[str, ...] = field(default_factory=SCALE.blank_anchors)  # one per point
    id: str = field(default_factory=new_id)
    role_id: str = ""
    position: int = 0

    def missing_anchors(self) -> list[int]:
        """Points of the rating scale whose anchor text is empty."""
        return SCALE.missing_anchors(self.anchors)


@dataclass
class Role:
    """One version of a role. ``family_id`` is shared by all versions of a role.

    A session keeps the version it was planned with (its ``role_id`` names the version), so
    later edits to the role never change a session's competencies, weights or anchors.
    """

    name: str
    description: str = ""
    competencies: list[Competency] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    version: int = 1
    family_id: str = field(default_factory=new_id)
    # When a decision departs from the composite (see ``domain/override.py``): a hire below
    # ``hire_below`` or a no-hire above ``no_hire_above`` needs a written override reason.
    hire_below: float | None = None
    no_hire_above: float | None = None

    def weight_shares(self) -> dict[str, float]:
        """Each competency's weight as a share of the total (keyed by competency id)."""
        total = sum(c.weight for c in self.competencies)
        if total <= 0:
            return {c.id: 0.0 for c in self.competencies}
        return {c.id: c.weight / total for c in self.competencies}


@dataclass
class Question:
    text: str
    qtype: QuestionType = QuestionType.GENERAL
    competency_keys: list[str] = field(default_factory=list)
    probes: list[str] = field(default_factory=list)
    good: str = ""
    red_flags: str = ""
    minutes: int = 0
    ref: str = ""
    id: str = field(default_factory=new_id)
    section_id: str = ""
    position: int = 0
    # observable signals ticked live ("names a trade-off"); at most MAX_LOOK_FORS
    look_fors: list[str] = field(default_factory=list)
    # a question the panel must ask: the planner and the live view say when it is not
    required: bool = False


@dataclass
class Section:
    title: str
    kind: SectionKind = SectionKind.OTHER
    guidance: str = ""
    questions: list[Question] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    position: int = 0


@dataclass
class KitCompetency:
    """A competency as a kit proposes it; a role adopts (and may reweight) it."""

    key: str
    name: str
    description: str = ""
    weight: float = 1.0
    anchors: tuple[str, ...] = field(default_factory=SCALE.blank_anchors)  # one per point


@dataclass
class Kit:
    """One version of an interview kit. ``family_id`` is shared by all versions of a kit."""

    name: str
    description: str = ""
    sections: list[Section] = field(default_factory=list)
    competencies: list[KitCompetency] = field(default_factory=list)
    version: int = 1
    id: str = field(default_factory=new_id)
    family_id: str = field(default_factory=new_id)

    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def total_minutes(self) -> int:
        return sum(q.minutes for q in self.questions())

    def unmeasured(self, competency_keys: list[str]) -> list[str]:
        """Competency keys that no question in this kit measures."""
        measured = {k for q in self.questions() for k in q.competency_keys}
        return [k for k in competency_keys if k not in measured]


@dataclass
class Concern:
    text: str
    question_id: str | None = None
    lead_only: bool = False
    id: str = field(default_factory=new_id)
    candidate_id: str = ""
    position: int = 0
    # The session whose debrief left it open (None: the first round's). That session's own
    # view does not list it as a concern it was to probe.
    raised_in_session_id: str | None = None


@dataclass
class Candidate:
    name: str
    role_id: str | None = None
    email: str = ""
    phone: str = ""
    stage: str = "second interview"
    first_round_summary: str = ""
    concerns: list[Concern] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class Panelist:
    name: str
    panel_role: str = ""
    is_lead: bool = False
    id: str = field(default_factory=new_id)
    session_id: str = ""
    position: int = 0


@dataclass
class Session:
    candidate_id: str
    role_id: str  # the role version the session was planned with, as kit_id is the kit's
    kit_id: str
    scheduled_at: str = ""
    location: str = ""
    planned_minutes: int = DEFAULT_PLANNED_MINUTES
    status: SessionStatus = SessionStatus.PLANNED
    id: str = field(default_factory=new_id)
    follow_up_of: str | None = None  # the session whose "another round" planned this one


@dataclass
class Note:
    """What one panelist wrote against one question (or an ad-hoc question)."""

    session_id: str
    panelist_id: str
    question_id: str
    text: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    competency_keys: list[str] = field(default_factory=list)
    state: NoteState = NoteState.OPEN
    id: str = field(default_factory=new_id)
    updated_at: str = ""

    def is_empty(self) -> bool:
        return not any(
            p.strip() for p in (self.text, self.situation, self.task, self.action, self.result)
        )


@dataclass
class Rating:
    competency_id: str
    rating: int | None = None  # None with no_evidence=True is an explicit "no evidence"
    no_evidence: bool = False
    evidence: str = ""

    @property
    def is_decided(self) -> bool:
        return self.rating is not None or self.no_evidence


@dataclass
class Scorecard:
    session_id: str
    panelist_id: str
    ratings: dict[str, Rating] = field(default_factory=dict)  # by competency id
    recommendation: Recommendation | None = None
    takeaways: str = ""
    submitted_at: str | None = None
    id: str = field(default_factory=new_id)


@dataclass
class Decision:
    session_id: str
    outcome: Outcome
    rationale: str = ""
    decided_by: str = ""
    decided_at: str = ""
    follow_up_due: str | None = None
    candidate_informed_at: str | None = None
    id: str = field(default_factory=new_id)
    # Set when the outcome departs from the composite: why, and the composite it overrode.
    override_reason: str = ""
    overridden_composite: float | None = None
