"""What a person may enter: the rules every service applies before it stores a record.

One function per kind of record, returning the first ``Problem`` (or ``None``). The services
raise its message to the person at the keyboard; the panel-file check
(``exchange/validate.py``) raises it naming the file, the row and the field. So a file
cannot do what a user cannot: the two ask the very same functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from interview_desk.domain.live import AdhocQuestion, CandidateQuestion, Clock, LookForTick
from interview_desk.domain.model import (
    Candidate,
    Kit,
    Panelist,
    Rating,
    Role,
    SessionStatus,
    clean_look_fors,
    is_plausible,
    parse_timestamp,
)
from interview_desk.domain.override import OverridePolicy
from interview_desk.domain.scale import SCALE
from interview_desk.domain.transcript import (
    MAX_SEGMENT_CHARS,
    Consent,
    ConsentError,
    Pin,
    Segment,
    check_consent,
)
from interview_desk.i18n import Words

#: The longest session a planner may book (a working day).
MAX_PLANNED_MINUTES = 480
#: The furthest a session clock can plausibly run: a day (the longest booking is 8 hours; a
#: clock left running over lunch is still far below this).
MAX_SESSION_CLOCK_SECONDS = 24 * 60 * 60

#: Why a record is refused (docs/translations.md): the op runner says it with ``say``.
Refusal = Words("Refusal")


@dataclass(frozen=True)
class Problem:
    """A rule broken: the message is for people; ``field`` (and the id of the record at fault
    when it is a part, e.g. one competency of a role) says where."""

    message: str
    field: str = ""
    item_id: str = ""


def role_problem(role: Role) -> Problem | None:
    """A role needs a name; each competency a name, a weight of 0 or more, its own key and an
    anchor for every point of the scale. (Keys are made from names before this is asked.)"""
    if not role.name.strip():
        return Problem(Refusal.tr("A role needs a name."), "name")
    rule = OverridePolicy(role.hire_below, role.no_hire_above).problem()
    if rule:
        return Problem(rule, "hire_below")
    seen: set[str] = set()
    for c in role.competencies:
        if not c.name.strip():
            return Problem(Refusal.tr("Every competency needs a name."), "name", c.id)
        if c.weight < 0:
            return Problem(Refusal.tr("Competency “%1” has a negative weight.").arg(c.name),
                           "weight", c.id)
        if c.key in seen:
            return Problem(Refusal.tr("Two competencies share the key “%1”.").arg(c.key),
                           "key", c.id)
        seen.add(c.key)
    for c in role.competencies:
        if len(c.anchors) != SCALE.size:
            return Problem(Refusal.tr("Competency “%1” has %2 anchors; the rating scale has %3 "
                                      "points.").arg(c.name, len(c.anchors), SCALE.size),
                           "point", c.id)
        missing = c.missing_anchors()
        if missing:
            points = ", ".join(str(m) for m in missing)
            return Problem(Refusal.tr("Competency “%1” has no anchor for rating %2.").arg(
                c.name or Refusal.tr("(unnamed)"), points), "text", c.id)
    return None


def kit_problem(kit: Kit) -> Problem | None:
    if not kit.name.strip():
        return Problem(Refusal.tr("A kit needs a name."), "name")
    for s in kit.sections:
        if not s.title.strip():
            return Problem(Refusal.tr("Every section needs a title."), "title", s.id)
        for q in s.questions:
            if not q.text.strip():
                return Problem(Refusal.tr("A question in “%1” has no text.").arg(s.title),
                               "text", q.id)
            if q.minutes < 0:
                return Problem(Refusal.tr("A question in “%1” has negative minutes.").arg(
                    s.title), "minutes", q.id)
            try:
                clean_look_fors(q.look_fors)
            except ValueError as exc:
                return Problem(Refusal.tr("A question in “%1”: %2.").arg(s.title, str(exc)),
                               "look_fors", q.id)
    return None


def candidate_problem(cand: Candidate) -> Problem | None:
    if not cand.name.strip():
        return Problem(Refusal.tr("A candidate needs a name."), "name")
    for c in cand.concerns:
        if not c.text.strip():
            return Problem(Refusal.tr("A concern to probe has no text."), "text", c.id)
    return None


def panel_problem(panel: Sequence[Panelist]) -> Problem | None:
    """At least one panelist, each named, and at most one lead (the planner makes the first
    panelist lead when nobody was chosen)."""
    if not panel:
        return Problem(Refusal.tr("A session needs at least one panelist."))
    for p in panel:
        if not p.name.strip():
            return Problem(Refusal.tr("Every panelist needs a name."), "name", p.id)
    leads = [p for p in panel if p.is_lead]
    if len(leads) > 1:
        return Problem(Refusal.tr("A panel has one lead."), "is_lead", leads[1].id)
    return None


def planned_minutes_problem(minutes: int) -> Problem | None:
    if not 1 <= minutes <= MAX_PLANNED_MINUTES:
        return Problem(
            Refusal.tr("The planned duration must be between 1 and %1 minutes.").arg(
                MAX_PLANNED_MINUTES),
            "planned_minutes")
    return None


def scheduled_problem(scheduled_at: str) -> Problem | None:
    """A planned time is empty, or a wall-clock date and time within the plausible years."""
    if not scheduled_at:
        return None
    try:
        when = datetime.fromisoformat(scheduled_at)
        plausible = is_plausible(when if when.tzinfo else when.astimezone())
    except (ValueError, OverflowError):
        plausible = False
    if not plausible:
        return Problem(Refusal.tr("%1 is not a date and time an interview can be planned "
                                  "for.").arg(repr(scheduled_at)), "scheduled_at")
    return None


def clock_problem(clock: Clock) -> Problem | None:
    """What the session clock can never show: a planned session that started or ended, or an
    end before the start (``start_clock`` and ``end_clock`` are the only ways they change)."""
    if clock.status is SessionStatus.PLANNED and (clock.started_at or clock.ended_at):
        return Problem(Refusal.tr("A planned session has not started or ended."),
                       "started_at" if clock.started_at else "ended_at")
    start, end = parse_timestamp(clock.started_at), parse_timestamp(clock.ended_at)
    if start and end and end < start:
        return Problem(Refusal.tr("The session ends before it starts."), "ended_at")
    return None


def rating_problem(rating: Rating) -> Problem | None:
    if rating.rating is not None and rating.rating not in SCALE:
        return Problem(Refusal.tr("A rating must be %1 to %2, not %3.").arg(
            SCALE.lowest, SCALE.highest, rating.rating), "rating")
    if rating.rating is not None and rating.no_evidence:
        return Problem(Refusal.tr("A competency cannot be both rated and “no evidence”."),
                       "no_evidence")
    return None


def adhoc_question_problem(q: AdhocQuestion) -> Problem | None:
    if not q.text.strip():
        return Problem(Refusal.tr("An ad-hoc question needs some text."), "text")
    return None


def look_for_tick_problem(tick: LookForTick, look_fors: Sequence[str]) -> Problem | None:
    """A tick names one of the look-fors its question lists (in the kit version the session
    uses: the live view offers no other), at a time the session clock can show."""
    if tick.look_for not in look_fors:
        return Problem(Refusal.tr("“%1” is not one of the look-fors this question lists in "
                                  "the session's kit.").arg(tick.look_for), "look_for")
    if not 0 <= tick.elapsed_seconds <= MAX_SESSION_CLOCK_SECONDS:
        return Problem(Refusal.tr("A look-for is ticked at a time on the session clock, "
                                  "between 0 and %1 hours.").arg(
            MAX_SESSION_CLOCK_SECONDS // 3600), "elapsed_seconds")
    return None


def consent_problem(consent: Consent, candidate_name: str) -> Problem | None:
    """The consent rule the live view applies (``check_consent``), as a ``Problem``."""
    try:
        check_consent(consent, candidate_name)
    except ConsentError as e:
        return Problem(str(e), e.field)
    return None


def segment_problem(segment: Segment) -> Problem | None:
    """A segment is words heard over a span of the session clock: it starts at 0 or later,
    does not end before it starts, lies within the clock's day and holds what a model hears
    in one go (never nothing: an empty segment is dropped before it is stored)."""
    if not 0 <= segment.start <= MAX_SESSION_CLOCK_SECONDS:
        return Problem("A transcript segment starts at a time on the session clock, between 0 "
                       f"and {MAX_SESSION_CLOCK_SECONDS // 3600} hours.", "start_seconds")
    if not segment.start <= segment.end <= MAX_SESSION_CLOCK_SECONDS:
        return Problem("A transcript segment ends at or after its start, within "
                       f"{MAX_SESSION_CLOCK_SECONDS // 3600} hours of the session clock.",
                       "end_seconds")
    if not segment.text.strip():
        return Problem("A transcript segment holds the words heard; this one is empty.", "text")
    if len(segment.text) > MAX_SEGMENT_CHARS:
        return Problem(f"A transcript segment holds at most {MAX_SEGMENT_CHARS} characters "
                       "(what the model hears in one go).", "text")
    return None


def pin_problem(pin: Pin, segment: Segment, competency_keys: Sequence[str]) -> Problem | None:
    """A pinned quote is part of its segment's words, keeps the segment's time span and is
    pinned for exactly one competency of the session's role or one STAR part (``make_pin``)."""
    if (pin.competency_key is None) == (pin.star_part is None):
        return Problem("A quote is pinned either to a competency or to a STAR part.",
                       "competency_key")
    if pin.competency_key is not None and pin.competency_key not in competency_keys:
        return Problem(f"“{pin.competency_key}” is not a competency of this session's role.",
                       "competency_key")
    words = " ".join(pin.quote.split())
    if not words or words != pin.quote or words not in segment.text:
        return Problem("A pinned quote is a part of what its segment heard.", "quote")
    if (pin.start, pin.end) != (segment.start, segment.end):
        return Problem("A pinned quote keeps its segment's time span.", "start_seconds")
    return None


def candidate_question_problem(q: CandidateQuestion) -> Problem | None:
    if not q.text.strip():
        return Problem("The candidate's question needs some text.", "text")
    return None


