"""The one read model: figures before and after the debrief, and the seal, per viewer."""

from __future__ import annotations

import pytest

from interview_desk.domain.debrief import (
    AdhocRow,
    CandidateQuestionRow,
    FlagRow,
    Moment,
    SessionRows,
    Viewer,
    compare_rows,
    comparison_row,
    panel_view,
)
from interview_desk.domain.model import (
    Candidate,
    Competency,
    FlagKind,
    Kit,
    Note,
    NoteState,
    Panelist,
    Question,
    QuestionType,
    Rating,
    Recommendation,
    Scorecard,
    Section,
    SectionKind,
    Session,
    SessionStatus,
)
from interview_desk.domain.scorecard_rules import Amendment

COMPS = (Competency("a", "Alpha", weight=2.0, id="a"), Competency("b", "Beta", id="b"))
ASK = Question("Tell me about a conflict", QuestionType.BEHAVIOURAL, id="q1")
DAY = Question("A typical day", QuestionType.TALKING_POINT, id="tp")
KIT = Kit("Kit", sections=[Section("Behavioural", SectionKind.BEHAVIOURAL, questions=[ASK]),
                           Section("Preview", SectionKind.PREVIEW, questions=[DAY])])
PANEL = (Panelist("Ann", is_lead=True, id="ann"), Panelist("Bob", id="bob"),
         Panelist("Cy", id="cy"))


def _card(pid: str, a: int | None, b: int | None, rec: Recommendation, *,
          submitted: bool = True) -> Scorecard:
    return Scorecard("s", pid, id=f"card-{pid}", recommendation=rec,
                     submitted_at="2026-01-01T10:00:00+00:00" if submitted else None,
                     ratings={"a": Rating("a", a, a is None, f"{pid} on a"),
                              "b": Rating("b", b, b is None, f"{pid} on b")})


def _rows(cards: list[Scorecard], **kw: object) -> SessionRows:
    base: dict[str, object] = dict(
        session=Session("cand", "role", "kit", status=SessionStatus.COMPLETED, id="s"),
        candidate=Candidate("Dee", id="cand"), role_name="Role", competencies=COMPS, kit=KIT,
        panel=PANEL, scorecards=cards,
        notes=[Note("s", "ann", "q1", text="Ann's note"), Note("s", "bob", "q1", text="Bob's"),
               Note("s", "bob", "tp", text="Asked about nights", state=NoteState.ASKED)],
        flags=[FlagRow("f1", "bob", "tp", FlagKind.CONCERN, "winced", 125)],
        adhoc=[AdhocRow("ad", "cy", "Why Lisbon?", "q1")],
        candidate_questions=[CandidateQuestionRow("cq", "cy", "Remote?", "Two days")])
    base.update(kw)
    return SessionRows(**base)  # type: ignore[arg-type]


ALL_IN = [_card("ann", 3, 2, Recommendation.YES), _card("bob", 4, None, Recommendation.YES),
          _card("cy", 1, 2, Recommendation.NO)]


def test_figures_before_and_after_the_debrief_each_say_which() -> None:
    change = Amendment("card-cy", "Heard the others", "2026-01-02T00:00:00+00:00",
                       competency_id="a", rating=3, evidence="better")
    v = panel_view(_rows(ALL_IN, amendments=[change]), Viewer.panel("ann"))
    assert v.pre is not None and v.post is not None
    assert (v.pre.moment, v.post.moment) == (Moment.PRE_DEBRIEF, Moment.POST_DEBRIEF)
    # Alpha: mean of 3, 4, 1 = 8/3; Beta: 2, 2 (Bob gave no evidence) = 2; weights 2:1.
    assert v.pre.panel_score == pytest.approx((2 * 8 / 3 + 2) / 3)
    assert v.post.panel_score == pytest.approx((2 * 10 / 3 + 2) / 3)
    assert v.pre.per_competency["a"].spread == 3 and v.pre.per_competency["a"].disagreement
    assert v.post.per_competency["a"].spread == 1
    assert dict(v.pre.tally)[Recommendation.YES] == 2
    assert v.pre.panelist_scores["cy"] == pytest.approx((2 * 1 + 2) / 3)
    cy = v.panelists[2]
    assert cy.changed("a") and cy.pre is not None and cy.post is not None
    assert (cy.pre.ratings["a"].rating, cy.post.ratings["a"].rating) == (1, 3)
    assert [(a.original, a.amended, a.reason) for a in v.amendments] == [
        ("1", "3", "Heard the others")]
    assert not v.sealed and not v.interim


def test_sealed_consolidated_view_shows_no_ratings_and_only_the_lookers_notes() -> None:
    cards = [ALL_IN[0], ALL_IN[1], _card("cy", 2, 2, Recommendation.NO, submitted=False)]
    v = panel_view(_rows(cards), Viewer.panel("ann"))
    assert v.sealed and v.interim
    assert v.pre is None and v.post is None
    assert all(p.pre is None and p.post is None for p in v.panelists)  # Ann's own too
    assert [p.submitted for p in v.panelists] == [True, True, False]
    texts = [n.text for q in v.questions for n in q.notes]
    assert texts == ["Ann's note"]
    assert all(not p.notes for p in v.preview)
    assert v.candidate_questions == ()
    assert "Why Lisbon?" not in [q.text for q in v.questions]


def test_unsealing_opens_the_consolidated_view_and_marks_late_submissions() -> None:
    cards = [ALL_IN[0], _card("bob", 4, None, Recommendation.YES, submitted=False)]
    rows = _rows(cards, unsealed_at="2026-01-01T09:00:00+00:00", unsealed_by="Ann",
                 unseal_reason="Cy away")
    v = panel_view(rows, Viewer.panel("ann"))
    assert not v.sealed and v.pre is not None
    assert v.pre.cards == 1  # drafts never count
    assert v.unsealed is not None and v.unsealed.submitted_after == ("Ann",)
    assert v.unsealed.reason == "Cy away"


def test_a_panelist_sees_their_own_card_and_others_only_after_submitting_when_open() -> None:
    cards = [ALL_IN[0], _card("bob", 4, None, Recommendation.YES, submitted=False)]
    bob = panel_view(_rows(cards), Viewer.panelist("bob"))
    assert bob.panelists[1].pre is not None  # his own draft
    assert bob.panelists[0].pre is None and bob.pre is None
    assert [n.panelist for q in bob.questions for n in q.notes] == ["Bob"]
    # Once the lead unseals, a panelist who has not submitted still sees nobody else's.
    opened = _rows(cards, unsealed_at="2026-01-01T09:00:00+00:00", unsealed_by="Ann")
    assert panel_view(opened, Viewer.panelist("bob")).panelists[0].pre is None
    assert panel_view(opened, Viewer.panelist("ann")).panelists[0].pre is not None


def test_talking_point_notes_flags_and_adhoc_questions_are_in_the_view() -> None:
    v = panel_view(_rows(ALL_IN), Viewer.panel("ann"))
    point = v.preview[0]
    assert point.covered
    assert [n.text for n in point.notes] == ["Asked about nights"]
    assert [f.line for f in point.notes[0].flags] == ["⚑ Concern at 2:05 — winced"]
    adhoc = next(q for q in v.questions if q.text == "Why Lisbon?")
    assert adhoc.asked_by == "Cy" and adhoc.notes == ()
    assert [(c.text, c.answer, c.noted_by) for c in v.candidate_questions] == [
        ("Remote?", "Two days", "Cy")]


def test_role_comparison_lists_held_interviews_only_with_each_views_figures() -> None:
    held = panel_view(_rows(ALL_IN), Viewer.panel())
    planned_session = Session("cand", "role", "kit", status=SessionStatus.PLANNED, id="p")
    planned = panel_view(_rows([], session=planned_session), Viewer.panel())
    cmp = compare_rows("role", "Role", "", held.competencies,
                       (comparison_row(v) for v in (planned, held)))
    assert [r.session_id for r in cmp.rows] == ["s"]
    assert cmp.rows[0].pre is held.pre
