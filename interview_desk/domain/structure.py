"""How structured one interview was: the components of structure the app can observe.

Each component is a tick (met, not met, not yet known) or a count, with the evidence it rests
on and the source that makes it a component of structure (Campion, Palmer & Campion 1997;
Sackett et al. 2022 for why structure matters; the README lists them). There is deliberately
no overall score: nobody has published weights that would turn these ticks into one number.

Built inside the read model (``domain.debrief.panel_view``), so the Debrief page, the report
and the JSON show the same profile. While the panel is sealed, the components that read the
ratings or the others' notes wait for it to open.

Plain Python, no I/O.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from interview_desk.domain.model import NoteState, Outcome, QuestionType, SectionKind
from interview_desk.domain.override import Departure, within_rule
from interview_desk.domain.scorecard_rules import SealState
from interview_desk.i18n import Text, Words

if TYPE_CHECKING:
    from interview_desk.domain.debrief import SessionRows

#: The profile's words (docs/translations.md): pages and reports show them with ``say``.
Structure = Words("Structure")

CAMPION = "Campion, Palmer & Campion (1997)"
SOURCES = {
    "same_kit": Structure.tr("%1: ask every candidate the same questions").arg(CAMPION),
    "kit_questions": Structure.tr("%1: ask every candidate the same questions").arg(CAMPION),
    "adhoc": Structure.tr("%1: limit prompting and follow-up questions").arg(CAMPION),
    "anchored_scale": Structure.tr(
        "%1: rate each competency on multiple, anchored rating scales").arg(CAMPION),
    "evidence": Structure.tr("%1: take detailed notes").arg(CAMPION),
    "candidate_questions_last": Structure.tr(
        "%1: no questions from the candidate until after the interview").arg(CAMPION),
    "panel": Structure.tr("%1: use multiple interviewers").arg(CAMPION),
    "independent": Structure.tr(
        "%1: no discussion of the candidate before the ratings are made").arg(CAMPION),
    "decision": Structure.tr("%1: statistical rather than clinical prediction").arg(CAMPION),
}

# Sections that hold no assessment questions: the candidate's questions should follow the
# others, but the opening, the job preview and the close may sit anywhere.
_NOT_ASSESSMENT = (SectionKind.OPENING, SectionKind.PREVIEW, SectionKind.CANDIDATE_QUESTIONS,
                   SectionKind.CLOSE)


class Tick(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    PENDING = "pending"  # cannot be told yet (sealed, undecided)
    COUNT = "count"  # a count to read, not a rule to meet

    @property
    def label(self) -> Text:
        return {Tick.MET: Structure.tr("yes"), Tick.NOT_MET: Structure.tr("no"),
                Tick.PENDING: Structure.tr("not yet"), Tick.COUNT: Structure.tr("count")}[self]


@dataclass(frozen=True)
class StructureComponent:
    key: str
    label: str
    tick: Tick
    evidence: str

    @property
    def source(self) -> str:
        return SOURCES[self.key]


@dataclass(frozen=True)
class StructureProfile:
    components: tuple[StructureComponent, ...]

    def component(self, key: str) -> StructureComponent:
        return next(c for c in self.components if c.key == key)

    @property
    def ticks(self) -> tuple[StructureComponent, ...]:
        return tuple(c for c in self.components if c.tick is not Tick.COUNT)

    @property
    def summary(self) -> str:
        """Counts, not a score: how many rules were met of those that can be told."""
        told = [c for c in self.ticks if c.tick is not Tick.PENDING]
        met = sum(c.tick is Tick.MET for c in told)
        waiting = len(self.ticks) - len(told)
        if waiting:
            return Structure.tr("%1 of %2 components met; %3 not known yet").arg(
                met, len(told), waiting)
        return Structure.tr("%1 of %2 components met").arg(met, len(told))


@dataclass(frozen=True)
class PeerKit:
    """The kit version another held interview for the same role was run with."""

    session_id: str
    kit_id: str


@dataclass(frozen=True)
class PeerKits:
    """The kits of a role's held interviews, counted once for all the role's sessions.

    Every session of a role compares its kit with all the others'; counting the others'
    kits once makes a role's thousand profiles linear instead of a million comparisons.
    """

    kits: Mapping[str, str] = field(default_factory=dict)  # session id -> kit id
    counts: Mapping[str, int] = field(default_factory=dict)  # kit id -> held interviews

    @staticmethod
    def of(peers: Iterable[PeerKit]) -> PeerKits:
        kits = {p.session_id: p.kit_id for p in peers}  # a session has one kit
        return PeerKits(kits, Counter(kits.values()))

    def others(self, session_id: str, kit_id: str) -> tuple[int, int]:
        """(how many other held interviews, how many of them used ``kit_id``)."""
        own = self.kits.get(session_id)
        return (len(self.kits) - (own is not None),
                self.counts.get(kit_id, 0) - (own == kit_id))


def _same_kit(rows: SessionRows) -> StructureComponent:
    label = Structure.tr("Same kit version as the other candidates for the role")
    peers, same = rows.peer_kits.others(rows.session.id, rows.kit.id)
    if not peers:
        return StructureComponent("same_kit", label, Tick.MET, Structure.tr(
            "“%1” version %2; no other interview for this role yet.").arg(
                rows.kit.name, rows.kit.version))
    tick = Tick.MET if same == peers else Tick.NOT_MET
    return StructureComponent("same_kit", label, tick, Structure.tr(
        "“%1” version %2; %3 of %4 for the role used the same version.").arg(
            rows.kit.name, rows.kit.version, same,
            Structure.tr("%n other interview(s)", "", peers)))


def _kit_questions(rows: SessionRows) -> StructureComponent:
    label = Structure.tr("Every kit question asked, or skipped with a reason")
    asked = reasoned = unreasoned = missed = 0
    notes_by_question: dict[str, list[tuple[NoteState, bool]]] = {}
    for n in rows.notes:
        notes_by_question.setdefault(n.question_id, []).append((n.state, not n.is_empty()))
    questions = [q for s in rows.kit.sections for q in s.questions
                 if q.qtype is not QuestionType.TALKING_POINT
                 and s.kind is not SectionKind.PREVIEW]
    for q in questions:
        states = notes_by_question.get(q.id, [])
        if any(state is NoteState.ASKED or (written and state is not NoteState.SKIPPED)
               for state, written in states):
            asked += 1
        elif any(state is NoteState.SKIPPED for state, _w in states):
            # The reason is what the panelist wrote against the skipped question.
            if any(written for _s, written in states):
                reasoned += 1
            else:
                unreasoned += 1
        else:
            missed += 1
    tick = Tick.MET if not (unreasoned or missed) else Tick.NOT_MET
    return StructureComponent(
        "kit_questions", label, tick,
        Structure.tr("%1 asked, %2 skipped with a reason, %3 skipped without one, %4 neither "
                     "asked nor skipped (of %5).").arg(
            asked, reasoned, unreasoned, missed,
            Structure.tr("%n kit question(s)", "", len(questions))))


def _adhoc(rows: SessionRows) -> StructureComponent:
    askers = {a.panelist_id for a in rows.adhoc}
    return StructureComponent(
        "adhoc", Structure.tr("Ad-hoc questions (outside the kit)"), Tick.COUNT,
        Structure.tr("%1, by %2.").arg(
            Structure.tr("%n ad-hoc question(s)", "", len(rows.adhoc)),
            Structure.tr("%n panelist(s)", "who asked them", len(askers))) if askers
        else Structure.tr("%n ad-hoc question(s).", "", len(rows.adhoc)))


def _submitted(rows: SessionRows) -> list[dict[str, tuple[int | None, bool, str]]]:
    out = []
    for card in rows.scorecards:
        if card.submitted_at:
            out.append({cid: (r.rating, r.no_evidence, r.evidence)
                        for cid, r in card.ratings.items()})
    return out


def _anchored(rows: SessionRows) -> StructureComponent:
    label = Structure.tr("Every competency rated on its anchored scale")
    comps = list(rows.competencies)
    anchored = sum(not c.missing_anchors() for c in comps)
    rated = no_evidence = blank = 0
    for card in _submitted(rows):
        for c in comps:
            rating, ne, _evidence = card.get(c.id, (None, False, ""))
            if rating is not None:
                rated += 1
            elif ne:
                no_evidence += 1
            else:
                blank += 1
    tick = Tick.MET if anchored == len(comps) and not blank else Tick.NOT_MET
    return StructureComponent(
        "anchored_scale", label, tick,
        Structure.tr("%1 of %2 anchored at every point; %3 rated, %4 marked “no evidence”, %5 "
                     "left unrated.").arg(
            anchored, Structure.tr("%n competency(-ies)", "", len(comps)), rated, no_evidence,
            blank))


def _evidence(rows: SessionRows) -> StructureComponent:
    given = with_evidence = 0
    for card in _submitted(rows):
        for rating, _ne, evidence in card.values():
            if rating is not None:
                given += 1
                with_evidence += bool(evidence.strip())
    tick = Tick.MET if given and with_evidence == given else Tick.NOT_MET
    return StructureComponent(
        "evidence", Structure.tr("Evidence written behind every rating"), tick,
        Structure.tr("%1 of %2 have written evidence.").arg(
            with_evidence, Structure.tr("%n rating(s)", "", given)))


def _candidate_questions_last(rows: SessionRows) -> StructureComponent:
    label = Structure.tr("The candidate's questions after the kit's")
    sections = rows.kit.sections
    theirs = [i for i, s in enumerate(sections) if s.kind is SectionKind.CANDIDATE_QUESTIONS]
    ours = [i for i, s in enumerate(sections)
            if s.kind not in _NOT_ASSESSMENT and s.questions]
    recorded = len(rows.candidate_questions)
    if not theirs:
        return StructureComponent(
            label=label, key="candidate_questions_last", tick=Tick.NOT_MET,
            evidence=Structure.tr("The kit has no place for the candidate's questions; %n "
                                  "question(s) from the candidate noted.", "", recorded))
    after = not ours or min(theirs) > max(ours)
    return StructureComponent(
        "candidate_questions_last", label, Tick.MET if after else Tick.NOT_MET,
        Structure.tr("The kit puts them after its assessment questions; %n question(s) from "
                     "the candidate noted.", "", recorded) if after
        else Structure.tr("The kit puts them before some of its assessment questions; %n "
                          "question(s) from the candidate noted.", "", recorded))


def _panel(rows: SessionRows) -> StructureComponent:
    submitted = sum(bool(c.submitted_at) for c in rows.scorecards)
    tick = Tick.MET if submitted >= 2 else (
        Tick.PENDING if len(rows.panel) >= 2 else Tick.NOT_MET)
    return StructureComponent(
        "panel", Structure.tr("At least two panelists rated"), tick,
        Structure.tr("%1, %2 submitted.").arg(
            Structure.tr("%n panelist(s)", "", len(rows.panel)),
            Structure.tr("%n scorecard(s)", "", submitted)))


def _independent(rows: SessionRows, seal: SealState) -> StructureComponent:
    label = Structure.tr("Every scorecard submitted before the seal opened")
    n = len(seal.panel)
    if seal.unsealed_at is None:
        if seal.all_submitted:
            return StructureComponent("independent", label, Tick.MET, Structure.tr(
                "All %1 submitted; the seal opened on the last.").arg(n))
        return StructureComponent("independent", label, Tick.PENDING, Structure.tr(
            "%1 of %2 submitted; still sealed.").arg(len(seal.submitted), n))
    before = sum(1 for c in rows.scorecards
                 if c.submitted_at and c.submitted_at <= seal.unsealed_at)
    tick = Tick.MET if before == n else Tick.NOT_MET
    return StructureComponent(
        "independent", label, tick,
        Structure.tr("The lead unsealed early; %1 of %2 scorecards were in before that.").arg(
            before, n))


def _decision(rows: SessionRows, dep: Departure | None,
              composite: float | None) -> StructureComponent:
    label = Structure.tr("Decision within the role's thresholds, or overridden with a reason")
    d = rows.decision
    if d is None:
        return StructureComponent("decision", label, Tick.PENDING,
                                  Structure.tr("Not decided yet."))
    if d.outcome in (Outcome.ANOTHER_ROUND, Outcome.ADDITIONAL_ASSESSMENT):
        return StructureComponent("decision", label, Tick.MET, Structure.tr(
            "%1: no hire or no-hire to check yet.").arg(d.outcome.label))
    if not rows.policy.is_set:
        return StructureComponent("decision", label, Tick.NOT_MET, Structure.tr(
            "The role sets no threshold on the composite, so the decision was not checked "
            "against it."))
    if dep is None:
        return StructureComponent("decision", label, Tick.MET,
                                  within_rule(d.outcome, composite, rows.policy))
    if d.override_reason.strip():
        return StructureComponent("decision", label, Tick.MET, Structure.tr(
            "Overridden with a written reason: %1.").arg(dep.sentence))
    return StructureComponent("decision", label, Tick.NOT_MET, Structure.tr(
        "No override reason recorded for %1.").arg(dep.sentence))


def structure_profile(rows: SessionRows, seal: SealState, *, open_: bool,
                      departure: Departure | None, composite: float | None) -> StructureProfile:
    """The profile of one session; what needs the ratings waits while ``open_`` is false."""

    def waits(key: str, label: str) -> StructureComponent:
        return StructureComponent(key, label, Tick.PENDING,
                                  Structure.tr("Shown once the panel opens."))

    parts: Sequence[StructureComponent]
    if open_:
        parts = (_kit_questions(rows), _adhoc(rows), _anchored(rows), _evidence(rows),
                 _candidate_questions_last(rows))
    else:
        parts = (waits("kit_questions", Structure.tr(
                     "Every kit question asked, or skipped with a reason")),
                 waits("adhoc", Structure.tr("Ad-hoc questions (outside the kit)")),
                 waits("anchored_scale", Structure.tr(
                     "Every competency rated on its anchored scale")),
                 waits("evidence", Structure.tr("Evidence written behind every rating")),
                 waits("candidate_questions_last", Structure.tr(
                     "The candidate's questions after the kit's")))
    return StructureProfile((_same_kit(rows), *parts, _panel(rows), _independent(rows, seal),
                             _decision(rows, departure, composite)))
