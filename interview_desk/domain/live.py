"""The live session's records and rules: flags, ad-hoc and candidate questions, the clock.

Plain data and plain functions, so that storage can hand these records back and every rule
of the live session (moving on marks a question asked, the clock's states, dealing questions
round the panel, whether the panel is behind, what is still uncovered) is tested without a
database or a widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from interview_desk.domain.model import (
    Candidate,
    Competency,
    Concern,
    FlagKind,
    Kit,
    Note,
    NoteState,
    Panelist,
    Question,
    QuestionType,
    Role,
    Section,
    SectionKind,
    SessionStatus,
    new_id,
    utc_now,
)


@dataclass
class Flag:
    """A moment flagged during the session, stamped with wall clock and session clock."""

    session_id: str
    panelist_id: str
    kind: FlagKind
    question_id: str | None = None
    text: str = ""
    elapsed_seconds: int = 0
    flagged_at: str = field(default_factory=utc_now)
    id: str = field(default_factory=new_id)


@dataclass
class LookForTick:
    """A look-for of a kit question, observed by a panelist, stamped with the session clock.

    It keeps the look-for's words: that is what was seen, and it is evidence for the
    question's competencies."""

    session_id: str
    panelist_id: str
    question_id: str
    look_for: str
    elapsed_seconds: int = 0
    id: str = field(default_factory=new_id)


@dataclass
class AdhocQuestion:
    """A question asked on the fly; notes attach to it by its id like a kit question."""

    session_id: str
    panelist_id: str
    text: str
    after_question_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass
class CandidateQuestion:
    """What the candidate asked (evidence too), and what the panel answered."""

    session_id: str
    panelist_id: str
    text: str
    answer: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class ConcernCheck:
    concern_id: str
    panelist_id: str | None
    note_id: str | None
    addressed_at: str = field(default_factory=utc_now)


@dataclass
class Clock:
    """The session's clock as stored on the session row."""

    status: SessionStatus = SessionStatus.PLANNED
    started_at: str | None = None
    ended_at: str | None = None
    elapsed_seconds: int = 0
    current_question_id: str | None = None


@dataclass
class AgendaItem:
    """One stop in the session: a kit question, or an ad-hoc question after one."""

    id: str
    text: str
    section: Section
    question: Question | None = None
    adhoc: AdhocQuestion | None = None

    @property
    def qtype(self) -> QuestionType:
        return self.question.qtype if self.question else QuestionType.GENERAL

    @property
    def minutes(self) -> int:
        return self.question.minutes if self.question else 0

    @property
    def is_talking_point(self) -> bool:
        return self.qtype is QuestionType.TALKING_POINT or (
            self.question is not None and self.section.kind is SectionKind.PREVIEW)


@dataclass
class LiveSession:
    """Everything the live view shows, loaded once; the view mutates it and saves changes."""

    session_id: str
    candidate: Candidate
    role: Role
    kit: Kit
    panel: list[Panelist]
    panelist: Panelist
    assignments: dict[str, str]
    planned_minutes: int
    clock: Clock
    notes: dict[str, Note]
    seconds_spent: dict[str, int]
    other_notes: list[Note]
    flags: list[Flag]
    adhoc: list[AdhocQuestion]
    candidate_questions: list[CandidateQuestion]
    concern_checks: dict[str, ConcernCheck]
    # this panelist's ticks, by (question id, look-for text)
    look_for_ticks: dict[tuple[str, str], LookForTick] = field(default_factory=dict)

    def note(self, question_id: str) -> Note:
        """This panelist's note on a question, created in memory on first use."""
        note = self.notes.get(question_id)
        if note is None:
            note = Note(session_id=self.session_id, panelist_id=self.panelist.id,
                        question_id=question_id)
            self.notes[question_id] = note
        return note

    def agenda(self) -> list[AgendaItem]:
        """Kit questions in order, each followed by the ad-hoc questions added after it."""
        after: dict[str | None, list[AdhocQuestion]] = {}
        for a in self.adhoc:
            after.setdefault(a.after_question_id, []).append(a)
        items: list[AgendaItem] = []
        known: set[str] = set()

        def add_adhoc(anchor: str, section: Section) -> None:
            for a in after.get(anchor, []):
                items.append(AgendaItem(a.id, a.text, section, adhoc=a))
                known.add(a.id)
                add_adhoc(a.id, section)

        for s in self.kit.sections:
            for q in s.questions:
                items.append(AgendaItem(q.id, q.text, s, question=q))
                known.add(q.id)
                add_adhoc(q.id, s)
        # Ad-hoc questions whose anchor is unknown still show, at the end.
        tail = self.kit.sections[-1] if self.kit.sections else Section(title="")
        for a in self.adhoc:
            if a.id not in known:
                items.append(AgendaItem(a.id, a.text, tail, adhoc=a))
        return items

    def visible_concerns(self) -> list[Concern]:
        """First-round concerns this panelist may see (some are for the lead's eyes only)."""
        return [c for c in self.candidate.concerns if may_see_concern(self.panelist, c)]

    def asker(self, question_id: str) -> Panelist | None:
        pid = self.assignments.get(question_id)
        return next((p for p in self.panel if p.id == pid), None)

    def ticked(self, question_id: str) -> list[LookForTick]:
        """This panelist's ticks on a question, in the kit's order of its look-fors."""
        item = next((q for q in self.kit.questions() if q.id == question_id), None)
        order = item.look_fors if item is not None else []
        ticks = [t for (qid, _text), t in self.look_for_ticks.items() if qid == question_id]
        return sorted(ticks, key=lambda t: order.index(t.look_for) if t.look_for in order
                      else len(order))

    def unasked_required(self) -> list[AgendaItem]:
        """Required kit questions nobody has asked yet in this session (by this panelist's
        notes or another's)."""
        asked = {n.question_id for n in [*self.other_notes, *self.notes.values()]
                 if n.state is NoteState.ASKED or not n.is_empty()}
        return [i for i in self.agenda() if i.question is not None and i.question.required
                and i.id not in asked]

    def uncovered(self) -> list[Competency]:
        """Competencies of the role with no evidence yet, from any panelist's notes."""
        notes = [n for n in self.other_notes if n.panelist_id != self.panelist.id]
        return uncovered(self.role.competencies, self.kit.questions(), [
            *notes, *self.notes.values()], list(self.look_for_ticks.values()))


def may_see_concern(panelist: Panelist, concern: Concern) -> bool:
    """Some first-round concerns are for the lead's eyes only: another panelist can neither
    see nor mark them."""
    return panelist.is_lead or not concern.lead_only


def start_clock(clock: Clock) -> None:
    """Starting (or resuming) makes a planned session live and stamps its first start."""
    if clock.status is SessionStatus.PLANNED:
        clock.status = SessionStatus.LIVE
    if clock.started_at is None:
        clock.started_at = utc_now()


def end_clock(clock: Clock) -> None:
    if clock.status in (SessionStatus.PLANNED, SessionStatus.LIVE):
        clock.status = SessionStatus.COMPLETED
    clock.ended_at = clock.ended_at or utc_now()


def mark_asked_on_leaving(note: Note | None) -> bool:
    """Moving on from a question with something written means it was asked.

    Returns whether the note changed. An empty note (nothing typed) and a question already
    marked asked or skipped stay as they are.
    """
    if note is None or note.is_empty() or note.state is not NoteState.OPEN:
        return False
    note.state = NoteState.ASKED
    return True


@dataclass(frozen=True)
class ToAsk:
    """A question as sharing out sees it: which section it is in and how long it takes."""

    id: str
    section_id: str
    minutes: int


def share_out(questions: Sequence[ToAsk], panelist_ids: Sequence[str],
              assignments: dict[str, str]) -> dict[str, str]:
    """Give each section's unassigned questions to one panelist, keeping the load even.

    Dealt one question at a time, the voice changed at every question and the HR panelist got
    a technical deep-dive. Now a section keeps one voice: its unassigned questions go to whoever
    already asks most of it, or, in a section nobody has yet, to the panelist with the fewest
    minutes so far (the earlier in the panel on a tie). Sections are taken in kit order.
    Returns the assignments with the new ones added; the given dict is left unchanged.
    """
    out = dict(assignments)
    if not panelist_ids:
        return out
    load = dict.fromkeys(panelist_ids, 0)
    for q in questions:
        if out.get(q.id) in load:
            load[out[q.id]] += q.minutes
    sections: dict[str, list[ToAsk]] = {}
    for q in questions:
        sections.setdefault(q.section_id, []).append(q)
    for items in sections.values():
        open_ones = [q for q in items if q.id not in out]
        if not open_ones:
            continue
        asking = [out[q.id] for q in items if out.get(q.id) in load]
        voice = (max(panelist_ids, key=asking.count) if asking
                 else min(panelist_ids, key=lambda p: load[p]))
        for q in open_ones:
            out[q.id] = voice
            load[voice] += q.minutes
    return out


def still_to_ask(note: Note | None) -> bool:
    """A question is still ahead until it was asked or skipped (a draft note is not enough)."""
    return note is None or note.state not in (NoteState.ASKED, NoteState.SKIPPED)


@dataclass(frozen=True)
class Pace:
    """Remaining questions against remaining time."""

    questions_left: int
    minutes_needed: int
    seconds_left: int

    @property
    def behind(self) -> bool:
        return self.minutes_needed * 60 > self.seconds_left


def pace(minutes_of_questions_left: list[int], planned_minutes: int, elapsed: int) -> Pace:
    return Pace(len(minutes_of_questions_left), sum(minutes_of_questions_left),
                planned_minutes * 60 - elapsed)


def uncovered(competencies: list[Competency], questions: list[Question],
              notes: list[Note], ticks: Sequence[LookForTick] = ()) -> list[Competency]:
    """Competencies that no non-empty note (nor ticked look-for) speaks to yet.

    A note is evidence for the competencies it was tagged with and for those its question
    measures; an empty note (a question merely ticked) is evidence of nothing. A look-for
    seen is evidence for what its question measures.
    """
    measures = {q.id: q.competency_keys for q in questions}
    covered: set[str] = set()
    for n in notes:
        if n.is_empty():
            continue
        covered.update(n.competency_keys)
        covered.update(measures.get(n.question_id, []))
    for t in ticks:
        covered.update(measures.get(t.question_id, []))
    return [c for c in competencies if c.key not in covered]
