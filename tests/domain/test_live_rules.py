"""The live session's rules, without a database or a widget."""

from __future__ import annotations

import pytest

from interview_desk.domain.live import (
    AdhocQuestion,
    Clock,
    LiveSession,
    ToAsk,
    end_clock,
    mark_asked_on_leaving,
    share_out,
    start_clock,
    still_to_ask,
    uncovered,
)
from interview_desk.domain.model import (
    Candidate,
    Competency,
    Concern,
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
)


def _note(**parts: str) -> Note:
    return Note(session_id="s", panelist_id="p", question_id="q", **parts)


@pytest.mark.parametrize("part", ["text", "situation", "task", "action", "result"])
def test_moving_on_after_writing_marks_the_question_asked(part: str) -> None:
    note = _note(**{part: "Led the migration"})
    assert mark_asked_on_leaving(note)
    assert note.state is NoteState.ASKED


def test_moving_on_changes_nothing_else() -> None:
    empty = _note(text="   ")
    skipped = _note(text="Said no more")
    skipped.state = NoteState.SKIPPED
    asked = _note(text="Done")
    asked.state = NoteState.ASKED
    assert not mark_asked_on_leaving(None)
    assert not mark_asked_on_leaving(empty) and empty.state is NoteState.OPEN
    assert not mark_asked_on_leaving(skipped) and skipped.state is NoteState.SKIPPED
    assert not mark_asked_on_leaving(asked) and asked.state is NoteState.ASKED


def _q(ident: str, section: str, minutes: int = 5) -> ToAsk:
    return ToAsk(ident, section, minutes)


def test_share_out_gives_each_section_one_voice_and_evens_the_minutes() -> None:
    questions = [_q("o1", "open", 2), _q("t1", "tech"), _q("t2", "tech"), _q("t3", "tech"),
                 _q("b1", "star"), _q("b2", "star"), _q("m1", "motive", 3)]
    dealt = share_out(questions, ["ana", "bob"], {})
    for section in ("tech", "star"):
        assert len({dealt[q.id] for q in questions if q.section_id == section}) == 1
    assert dealt["o1"] == "ana" and dealt["t1"] == "bob"  # the first section to the first
    assert dealt["b1"] == "ana"  # ana had 2 min, bob 15: the next section goes to ana
    assert set(dealt) == {q.id for q in questions}


def test_share_out_keeps_assignments_and_the_voice_already_in_a_section() -> None:
    questions = [_q("t1", "tech"), _q("t2", "tech"), _q("b1", "star"), _q("b2", "star")]
    given = {"t2": "carol"}
    dealt = share_out(questions, ["ana", "bob", "carol"], given)
    assert dealt["t1"] == "carol" and dealt["t2"] == "carol"
    assert dealt["b1"] == dealt["b2"] == "ana"
    assert given == {"t2": "carol"}  # the caller's dict is not changed


def test_share_out_without_a_panel_assigns_nothing() -> None:
    assert share_out([_q("q1", "s")], [], {"q9": "x"}) == {"q9": "x"}


def test_the_clock_starts_once_and_ends_once() -> None:
    clock = Clock()
    start_clock(clock)
    first = clock.started_at
    assert clock.status is SessionStatus.LIVE and first
    start_clock(clock)  # resuming keeps the first start
    assert clock.started_at == first
    end_clock(clock)
    ended = clock.ended_at
    assert clock.status is SessionStatus.COMPLETED and ended
    end_clock(clock)
    assert clock.ended_at == ended
    decided = Clock(status=SessionStatus.DECIDED)
    end_clock(decided)
    assert decided.status is SessionStatus.DECIDED


def test_uncovered_counts_tags_and_the_question_measures_but_not_empty_notes() -> None:
    comps = [Competency(key=k, name=k) for k in ("a", "b", "c")]
    q = Question(text="Tell me", qtype=QuestionType.BEHAVIOURAL, competency_keys=["b"],
                 id="q")
    tagged = _note(text="x")
    tagged.competency_keys = ["a"]
    ticked = Note(session_id="s", panelist_id="p", question_id="other",
                  competency_keys=["c"])  # empty: evidence of nothing
    assert [c.key for c in uncovered(comps, [q], [tagged, ticked])] == ["c"]


def test_a_question_is_ahead_until_asked_or_skipped() -> None:
    drafted = _note(text="half a thought")
    asked, skipped = _note(), _note()
    asked.state, skipped.state = NoteState.ASKED, NoteState.SKIPPED
    assert still_to_ask(None) and still_to_ask(drafted)
    assert not still_to_ask(asked) and not still_to_ask(skipped)


def _session(panelist: Panelist, adhoc: list[AdhocQuestion], kit: Kit,
             concerns: list[Concern] | None = None) -> LiveSession:
    lead, peer = Panelist("Lead", is_lead=True), Panelist("Peer")
    return LiveSession(
        session_id="s", candidate=Candidate("Ana", concerns=concerns or []), role=Role("R"),
        kit=kit, panel=[lead, peer, panelist], panelist=panelist, assignments={},
        planned_minutes=60, clock=Clock(), notes={}, seconds_spent={}, other_notes=[],
        flags=[], adhoc=adhoc, candidate_questions=[], concern_checks={})


def test_the_agenda_puts_each_adhoc_question_after_its_anchor() -> None:
    q1, q2 = Question("First", id="q1"), Question("Second", id="q2")
    preview = Question("The team", id="p1")
    kit = Kit("K", sections=[Section("Main", questions=[q1, q2]),
                             Section("Preview", kind=SectionKind.PREVIEW, questions=[preview])])
    me = Panelist("Me")
    follow = AdhocQuestion("s", me.id, "Follow-up", after_question_id="q1", id="a1")
    deeper = AdhocQuestion("s", me.id, "Deeper still", after_question_id="a1", id="a2")
    lost = AdhocQuestion("s", me.id, "Anchor gone", after_question_id="missing", id="a3")
    agenda = _session(me, [lost, deeper, follow], kit).agenda()
    assert [i.id for i in agenda] == ["q1", "a1", "a2", "q2", "p1", "a3"]
    assert [i.section.title for i in agenda] == ["Main"] * 4 + ["Preview"] * 2
    assert [i.is_talking_point for i in agenda] == [False] * 4 + [True, False]


def test_lead_only_concerns_are_for_the_lead_alone() -> None:
    shared, private = Concern("Short tenure"), Concern("Salary gap", lead_only=True)
    kit = Kit("K")
    peer = Panelist("Peer")
    lead = Panelist("Lead", is_lead=True)
    assert _session(peer, [], kit, [shared, private]).visible_concerns() == [shared]
    assert _session(lead, [], kit, [shared, private]).visible_concerns() == [shared, private]


def test_a_look_for_seen_is_evidence_for_what_its_question_measures() -> None:
    from interview_desk.domain.live import LookForTick

    comps = [Competency(key=k, name=k) for k in ("a", "b")]
    q = Question(text="Tell me", competency_keys=["b"], look_fors=["names a trade-off"],
                 id="q")
    seen = LookForTick("s", "p", "q", "names a trade-off", elapsed_seconds=60)
    assert [c.key for c in uncovered(comps, [q], [])] == ["a", "b"]
    assert [c.key for c in uncovered(comps, [q], [], [seen])] == ["a"]
