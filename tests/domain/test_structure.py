"""The structure profile on crafted sessions, each component switched on and off; and the
statistics-first agenda (widest spread first, in the lead's speaking order)."""

from __future__ import annotations

import dataclasses

import pytest

from interview_desk.domain.debrief import (
    AdhocRow,
    CandidateQuestionRow,
    SessionRows,
    Viewer,
    panel_view,
)
from interview_desk.domain.model import (
    Candidate,
    Competency,
    Decision,
    Kit,
    Note,
    NoteState,
    Outcome,
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
from interview_desk.domain.override import OverridePolicy
from interview_desk.domain.structure import PeerKit, PeerKits, Tick

ANCHORS = ("weak", "some", "good", "strong")
COMPS = (Competency("a", "Alpha", weight=2.0, anchors=ANCHORS, id="a"),
         Competency("b", "Beta", anchors=ANCHORS, id="b"),
         Competency("c", "Gamma", anchors=ANCHORS, id="c"))
Q1 = Question("Tell me about a conflict", QuestionType.BEHAVIOURAL, id="q1")
Q2 = Question("How would you handle it?", QuestionType.SITUATIONAL, id="q2")
DAY = Question("A typical day", QuestionType.TALKING_POINT, id="tp")
THEIRS = Question("Invite their questions", id="cq-slot")


def _kit(candidate_questions_last: bool = True) -> Kit:
    ask = Section("Questions", SectionKind.BEHAVIOURAL, questions=[Q1, Q2], id="sec-q")
    theirs = Section("Your questions", SectionKind.CANDIDATE_QUESTIONS, questions=[THEIRS],
                     id="sec-c")
    preview = Section("Preview", SectionKind.PREVIEW, questions=[DAY], id="sec-p")
    order = [ask, preview, theirs] if candidate_questions_last else [theirs, ask, preview]
    return Kit("Second interview", sections=order, version=2, id="kit2")


PANEL = (Panelist("Ann", is_lead=True, id="ann"), Panelist("Bob", id="bob"),
         Panelist("Cy", id="cy"))
T = "2026-01-01T10:00:00+00:00"


def _card(pid: str, a: int | None, b: int | None, c: int | None, *, evidence: bool = True,
          blank_c: bool = False, at: str = T) -> Scorecard:
    def r(cid: str, v: int | None) -> Rating:
        return Rating(cid, v, v is None, f"{pid} on {cid}" if evidence else "")

    ratings = {"a": r("a", a), "b": r("b", b)}
    if not blank_c:
        ratings["c"] = r("c", c)
    return Scorecard("s", pid, ratings=ratings, recommendation=Recommendation.YES,
                     submitted_at=at, id=f"card-{pid}")


CARDS = [_card("ann", 3, 2, 3), _card("bob", 4, 2, 3), _card("cy", 1, 3, 3)]
SLOT = Note("s", "cy", "cq-slot", state=NoteState.ASKED)
NOTES = [Note("s", "ann", "q1", text="STAR answer", state=NoteState.ASKED),
         Note("s", "bob", "q2", text="asked, noted"), SLOT]


def _rows(**kw: object) -> SessionRows:
    base: dict[str, object] = dict(
        session=Session("cand", "role", "kit2", status=SessionStatus.COMPLETED, id="s"),
        candidate=Candidate("Dee", id="cand"), role_name="Role", competencies=COMPS,
        kit=_kit(), panel=PANEL, scorecards=CARDS, notes=NOTES,
        peer_kits=PeerKits.of([PeerKit("s", "kit2"), PeerKit("s0", "kit2"),
                                PeerKit("s1", "kit2")]),
        candidate_questions=[CandidateQuestionRow("cq", "cy", "Remote?", "Two days")])
    base.update(kw)
    return SessionRows(**base)  # type: ignore[arg-type]


def _tick(rows: SessionRows, key: str) -> tuple[Tick, str]:
    c = panel_view(rows, Viewer.panel("ann")).structure.component(key)
    return c.tick, c.evidence


def test_a_well_run_session_meets_every_component_it_can_tell_yet() -> None:
    profile = panel_view(_rows(), Viewer.panel("ann")).structure
    assert [c.key for c in profile.components] == [
        "same_kit", "kit_questions", "adhoc", "anchored_scale", "evidence",
        "candidate_questions_last", "panel", "independent", "decision"]
    assert {c.key: c.tick for c in profile.components} == {
        "same_kit": Tick.MET, "kit_questions": Tick.MET, "adhoc": Tick.COUNT,
        "anchored_scale": Tick.MET, "evidence": Tick.MET,
        "candidate_questions_last": Tick.MET, "panel": Tick.MET, "independent": Tick.MET,
        "decision": Tick.PENDING}
    assert profile.summary == "7 of 7 components met; 1 not known yet"
    assert all(c.source.startswith("Campion, Palmer & Campion (1997)")
               for c in profile.components)


def test_same_kit_version() -> None:
    assert _tick(_rows(), "same_kit") == (
        Tick.MET, "“Second interview” version 2; 2 of 2 other interviews for the role used "
                  "the same version.")
    assert _tick(_rows(peer_kits=PeerKits.of([PeerKit("s0", "kit1"), PeerKit("s1", "kit2")])),
                 "same_kit")[0] is Tick.NOT_MET
    assert _tick(_rows(peer_kits=PeerKits()), "same_kit") == (
        Tick.MET, "“Second interview” version 2; no other interview for this role yet.")


def test_same_kit_counts_each_session_against_every_other_of_the_role() -> None:
    # Sessions run with the same kit, another version of it, another kit; the session itself
    # among the role's held interviews or not (still planned): each is counted as a plain
    # comparison with every other interview would count it.
    kits = ["kit2", "kit1", "kit2", "kit3", "kit2", "kit1", "kit2"]
    peers = [PeerKit(f"s{i}", k) for i, k in enumerate(kits)]
    tally = PeerKits.of(peers)
    for own, kit in [*((f"s{i}", k) for i, k in enumerate(kits)), ("planned", "kit2"),
                     ("planned", "kit9"), ("s0", "kit1")]:
        others = [p for p in peers if p.session_id != own]
        assert tally.others(own, kit) == (len(others),
                                          sum(p.kit_id == kit for p in others)), own
        rows = _rows(session=Session("cand", "role", kit, status=SessionStatus.COMPLETED,
                                     id=own), kit=dataclasses.replace(_kit(), id=kit),
                     peer_kits=tally)
        tick = Tick.MET if all(p.kit_id == kit for p in others) else Tick.NOT_MET
        assert _tick(rows, "same_kit") == (tick, (
            f"“Second interview” version 2; {sum(p.kit_id == kit for p in others)} of "
            f"{len(others)} other interviews for the role used the same version."))


def test_every_kit_question_asked_or_skipped_with_a_reason() -> None:
    # The candidate-questions slot is a kit item too; the job preview's talking point is not.
    assert _tick(_rows(), "kit_questions")[1] == (
        "3 asked, 0 skipped with a reason, 0 skipped without one, 0 neither asked nor "
        "skipped (of 3 kit questions).")
    skipped = [NOTES[0], Note("s", "bob", "q2", text="ran out of time", state=NoteState.SKIPPED)]
    assert _tick(_rows(notes=skipped), "kit_questions") == (
        Tick.NOT_MET, "1 asked, 1 skipped with a reason, 0 skipped without one, 1 neither "
                      "asked nor skipped (of 3 kit questions).")
    assert _tick(_rows(notes=[*skipped, SLOT]), "kit_questions")[0] is Tick.MET
    bare = [NOTES[0], Note("s", "bob", "q2", state=NoteState.SKIPPED), SLOT]
    assert _tick(_rows(notes=bare), "kit_questions")[0] is Tick.NOT_MET


def test_ad_hoc_questions_are_counted_not_judged() -> None:
    assert _tick(_rows(), "adhoc") == (Tick.COUNT, "0 ad-hoc questions.")
    two = [AdhocRow("x", "cy", "Why Lisbon?", "q1"), AdhocRow("y", "cy", "And Porto?", "q1")]
    assert _tick(_rows(adhoc=two), "adhoc") == (Tick.COUNT,
                                                "2 ad-hoc questions, by 1 panelist.")


def test_every_competency_rated_on_its_anchored_scale() -> None:
    assert _tick(_rows(), "anchored_scale") == (
        Tick.MET, "3 of 3 competencies anchored at every point; 9 rated, 0 marked “no "
                  "evidence”, 0 left unrated.")
    unanchored = (*COMPS[:2], dataclasses.replace(COMPS[2], anchors=("weak", "", "", "")))
    assert _tick(_rows(competencies=unanchored), "anchored_scale")[0] is Tick.NOT_MET
    blank = [CARDS[0], CARDS[1], _card("cy", 1, 3, None, blank_c=True)]
    tick, evidence = _tick(_rows(scorecards=blank), "anchored_scale")
    assert tick is Tick.NOT_MET and "8 rated, 0 marked “no evidence”, 1 left unrated" in evidence
    no_evidence = [CARDS[0], CARDS[1], _card("cy", 1, 3, None)]
    assert _tick(_rows(scorecards=no_evidence), "anchored_scale")[0] is Tick.MET


def test_evidence_behind_every_rating() -> None:
    assert _tick(_rows(), "evidence") == (Tick.MET, "9 of 9 ratings have written evidence.")
    thin = [CARDS[0], CARDS[1], _card("cy", 1, 3, 3, evidence=False)]
    assert _tick(_rows(scorecards=thin), "evidence") == (
        Tick.NOT_MET, "6 of 9 ratings have written evidence.")


def test_the_candidates_questions_after_the_kits() -> None:
    assert _tick(_rows(), "candidate_questions_last") == (
        Tick.MET, "The kit puts them after its assessment questions; 1 question from the "
                  "candidate noted.")
    assert _tick(_rows(kit=_kit(candidate_questions_last=False)),
                 "candidate_questions_last")[0] is Tick.NOT_MET
    no_slot = Kit("K", sections=[Section("Questions", SectionKind.BEHAVIOURAL,
                                         questions=[Q1, Q2])], id="kit2")
    assert _tick(_rows(kit=no_slot), "candidate_questions_last")[0] is Tick.NOT_MET


def test_at_least_two_panelists() -> None:
    assert _tick(_rows(), "panel") == (Tick.MET, "3 panelists, 3 scorecards submitted.")
    alone = _rows(panel=PANEL[:1], scorecards=CARDS[:1])
    assert _tick(alone, "panel") == (Tick.NOT_MET, "1 panelist, 1 scorecard submitted.")


def test_every_scorecard_before_the_seal_opened() -> None:
    assert _tick(_rows(), "independent")[0] is Tick.MET
    late = [CARDS[0], CARDS[1], _card("cy", 1, 3, 3, at="2026-01-03T10:00:00+00:00")]
    early = _rows(scorecards=late, unsealed_at="2026-01-02T10:00:00+00:00", unsealed_by="Ann")
    assert _tick(early, "independent") == (
        Tick.NOT_MET, "The lead unsealed early; 2 of 3 scorecards were in before that.")
    sealed = _rows(scorecards=CARDS[:2])
    view = panel_view(sealed, Viewer.panel("ann"))
    # Sealed: what reads ratings or notes waits, and says so.
    assert view.structure.component("independent").tick is Tick.PENDING
    assert view.structure.component("evidence").evidence == "Shown once the panel opens."


def _decided(outcome: Outcome, reason: str = "") -> Decision:
    return Decision("s", outcome, "why", "Ann", T, override_reason=reason)


def test_the_decision_from_the_composite_or_overridden_with_a_reason() -> None:
    # Composite: Alpha mean 8/3 (weight 2), Beta 7/3, Gamma 3 → (16/3 + 7/3 + 3) / 4 = 2.67
    policy = OverridePolicy(hire_below=3.0, no_hire_above=3.5)
    # what the rule says, not "in line with the composite": 2.67 is no verdict of no
    assert _tick(_rows(policy=policy, decision=_decided(Outcome.NO_HIRE)), "decision") == (
        Tick.MET, "A no-hire with the composite 2.67, not above the role's no-hire threshold "
                  "3.50, so it needs no override.")
    hire_only = OverridePolicy(hire_below=2.5)
    assert _tick(_rows(policy=hire_only, decision=_decided(Outcome.NO_HIRE)), "decision") == (
        Tick.MET, "A no-hire with the composite 2.67; the role sets no no-hire threshold, so a "
                  "no-hire needs no override.")
    assert _tick(_rows(policy=hire_only, decision=_decided(Outcome.HIRE)), "decision") == (
        Tick.MET, "A hire with the composite 2.67, not below the role's hire threshold 2.50, "
                  "so it needs no override.")
    tick, evidence = _tick(_rows(policy=policy, decision=_decided(Outcome.HIRE)), "decision")
    assert tick is Tick.NOT_MET and evidence.startswith(
        "No override reason recorded for a hire with the composite 2.67, below")
    tick, evidence = _tick(_rows(policy=policy, decision=_decided(Outcome.HIRE, "ref call")),
                           "decision")
    assert tick is Tick.MET and evidence.startswith("Overridden with a written reason")
    assert _tick(_rows(decision=_decided(Outcome.HIRE)), "decision")[0] is Tick.NOT_MET
    assert _tick(_rows(decision=_decided(Outcome.ANOTHER_ROUND)), "decision")[0] is Tick.MET


def test_the_agenda_puts_the_widest_spread_first_in_the_speaking_order() -> None:
    view = panel_view(_rows(speaking_order=["cy", "ann"]), Viewer.panel("ann"))
    # Spreads: Alpha 3, Beta 1, Gamma 0.
    assert [(i.competency.name, i.figures.spread) for i in view.agenda] == [
        ("Alpha", 3), ("Beta", 1), ("Gamma", 0)]
    alpha = view.agenda[0]
    # Cy and Ann as the lead set; Bob, left out of the order, after them.
    assert [(e.panelist.name, e.rating.rating, e.rating.evidence) for e in alpha.entries] == [
        ("Cy", 1, "cy on a"), ("Ann", 3, "ann on a"), ("Bob", 4, "bob on a")]
    assert view.speaking_order_set
    plain = panel_view(_rows(), Viewer.panel("ann"))
    assert [e.panelist.name for e in plain.agenda[0].entries] == ["Ann", "Bob", "Cy"]


def test_no_agenda_while_sealed() -> None:
    assert panel_view(_rows(scorecards=CARDS[:2]), Viewer.panel("ann")).agenda == ()


@pytest.mark.parametrize(("outcome", "departs"), [(Outcome.HIRE, True), (Outcome.NO_HIRE, False)])
def test_the_view_says_whether_a_decision_would_depart(outcome: Outcome, departs: bool) -> None:
    view = panel_view(_rows(policy=OverridePolicy(hire_below=3.0)), Viewer.panel("ann"))
    assert view.composite == pytest.approx((2 * 8 / 3 + 7 / 3 + 3) / 4)
    assert (view.departure_for(outcome) is not None) == departs
