"""The panel's view of one session: the one read model every page, PDF, JSON and CSV renders.

``panel_view(rows, viewer)`` takes a session's stored rows (scorecards, amendments, notes,
flags, the decision, the competencies with their weights, the unseal) and builds what
``viewer`` may see. The seal is applied here and nowhere else: ``may_see_card`` and
``may_see_notes`` decide, per author, what reaches the result. Every figure (score, mean,
spread, agreement, tally) is computed here, twice: over the submitted originals (before the
debrief) and over the cards with the post-debrief changes applied (after the debrief). Each
``Figures`` carries its ``Moment`` so no output can show a number without saying which it is.

Plain Python, no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property

from interview_desk.domain.agreement import AgreementSummary, summarize_panel
from interview_desk.domain.live import LookForTick
from interview_desk.domain.model import (
    Candidate,
    Competency,
    Decision,
    FlagKind,
    Kit,
    Note,
    NoteState,
    Outcome,
    Panelist,
    QuestionType,
    Rating,
    Recommendation,
    Scorecard,
    SectionKind,
    Session,
    SessionStatus,
    parse_timestamp,
)
from interview_desk.domain.override import Departure, OverridePolicy, departure
from interview_desk.domain.scorecard_rules import (
    Amendment,
    SealState,
    apply_amendments,
    is_disagreement,
    spread,
)
from interview_desk.domain.scoring import panel_score, scorecard_score
from interview_desk.domain.structure import PeerKits, StructureProfile, structure_profile
from interview_desk.domain.transcript import (
    Consent,
    Pin,
    Segment,
    TranscriptView,
    transcript_view,
)
from interview_desk.i18n import Text, Words

#: The order recommendations are tallied and listed in: strongest for hiring first.
RECOMMENDATION_ORDER = (Recommendation.STRONG_YES, Recommendation.YES, Recommendation.NO,
                        Recommendation.STRONG_NO)

#: The read model's own words (docs/translations.md): pages and reports show them with ``say``.
Said = Words("Said")

FLAG_LABELS = {FlagKind.STRONG: Said.tr("Strong moment"), FlagKind.CONCERN: Said.tr("Concern"),
               FlagKind.FOLLOW_UP: Said.tr("Follow up")}
#: The kind of a question asked outside the kit.
AD_HOC = Said.tr("Ad-hoc question")
#: A STAR answer's parts, as the notes label them.
STAR_LABELS = (Said.tr("Situation"), Said.tr("Task"), Said.tr("Action"), Said.tr("Result"))


# --- the rows a view is built from ------------------------------------------------------------


@dataclass(frozen=True)
class FlagRow:
    id: str
    panelist_id: str
    question_id: str | None
    kind: FlagKind
    text: str = ""
    elapsed_seconds: int = 0


@dataclass(frozen=True)
class AdhocRow:
    id: str
    panelist_id: str
    text: str
    after_question_id: str | None = None


@dataclass(frozen=True)
class CandidateQuestionRow:
    id: str
    panelist_id: str
    text: str
    answer: str = ""


@dataclass(frozen=True)
class ConcernCheckRow:
    concern_id: str
    panelist_id: str | None
    note_id: str | None
    addressed_at: str


@dataclass(frozen=True)
class SessionRows:
    """Everything stored about one session, as the repositories return it.

    ``competencies`` are the ones the session is rated on, with their weights: whoever stores
    them (the role, or a version of it frozen for the session) hands them over as data.
    """

    session: Session
    candidate: Candidate
    role_name: str
    competencies: Sequence[Competency]
    kit: Kit
    panel: Sequence[Panelist]
    scorecards: Sequence[Scorecard]
    amendments: Sequence[Amendment] = ()
    decision: Decision | None = None
    notes: Sequence[Note] = ()
    flags: Sequence[FlagRow] = ()
    adhoc: Sequence[AdhocRow] = ()
    candidate_questions: Sequence[CandidateQuestionRow] = ()
    concern_checks: Sequence[ConcernCheckRow] = ()
    look_for_ticks: Sequence[LookForTick] = ()
    assignments: Mapping[str, str] = field(default_factory=dict)
    role_description: str = ""
    started_at: str | None = None
    ended_at: str | None = None
    unsealed_at: str | None = None
    unsealed_by: str | None = None
    unseal_reason: str = ""
    policy: OverridePolicy = field(default_factory=OverridePolicy)  # the role's thresholds
    speaking_order: Sequence[str] = ()  # panelist ids, as the lead set it for the debrief
    peer_kits: PeerKits = field(default_factory=PeerKits)  # the role's held interviews' kits
    follow_up_id: str | None = None  # the session planned when the debrief chose another round
    consent: Consent | None = None
    segments: Sequence[Segment] = ()
    pins: Sequence[Pin] = ()


# --- who is looking ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Viewer:
    """Who is looking.

    ``consolidated``: the panel's merged view (debrief page, consolidated report, JSON, CSV,
    role comparison), looked at by ``panelist_id`` (normally the lead). While the panel is
    sealed it shows nobody's ratings, the lead's included, and only the looker's own notes.
    Otherwise one panelist's own view: their own card always, the others' as the seal allows.
    """

    panelist_id: str | None = None
    consolidated: bool = True

    @staticmethod
    def panel(looker_id: str | None = None) -> Viewer:
        return Viewer(looker_id, consolidated=True)

    @staticmethod
    def panelist(panelist_id: str) -> Viewer:
        return Viewer(panelist_id, consolidated=False)


def may_see_card(seal: SealState, viewer: Viewer, author_id: str) -> bool:
    """May ``viewer`` see ``author_id``'s ratings, evidence, recommendation, score, takeaways?"""
    if viewer.consolidated:
        return seal.may_see_consolidated()
    if viewer.panelist_id is None:
        return False
    return seal.may_see_ratings_of(viewer.panelist_id, author_id)


def may_see_notes(seal: SealState, viewer: Viewer, author_id: str) -> bool:
    """May ``viewer`` see what ``author_id`` typed during the interview (notes, flags,
    ad-hoc questions, the candidate's questions and answers)? Everyone sees their own."""
    if viewer.panelist_id == author_id:
        return True
    if viewer.consolidated:
        return seal.may_see_consolidated()
    return seal.may_see_ratings_of(viewer.panelist_id or "", author_id)


# --- the view -----------------------------------------------------------------------------------


class Moment(StrEnum):
    """Which ratings a figure is computed over."""

    PRE_DEBRIEF = "pre_debrief"  # the independently submitted originals
    POST_DEBRIEF = "post_debrief"  # with every post-debrief change applied

    @property
    def label(self) -> Text:
        return (Said.tr("before the debrief") if self is Moment.PRE_DEBRIEF
                else Said.tr("after the debrief"))


@dataclass(frozen=True)
class CompetencyInfo:
    id: str
    key: str
    name: str
    weight: float
    share: float  # the weight as a share of the total, 0-1


@dataclass(frozen=True)
class PanelistInfo:
    id: str
    name: str
    panel_role: str = ""
    is_lead: bool = False


@dataclass(frozen=True)
class RatingView:
    rating: int | None
    no_evidence: bool = False
    evidence: str = ""

    @property
    def shown(self) -> str:
        """Short form for narrow columns: "3", "n/e" (no evidence) or "–" (not rated)."""
        if self.rating is not None:
            return str(self.rating)
        return Said.tr("n/e") if self.no_evidence else "–"

    @property
    def said(self) -> str:
        if self.rating is not None:
            return Said.tr("rating %1").arg(self.rating)
        return Said.tr("no evidence") if self.no_evidence else Said.tr("not rated")


@dataclass(frozen=True)
class CardView:
    """One panelist's scorecard at one moment, as far as the viewer may see it."""

    moment: Moment
    ratings: Mapping[str, RatingView]  # by competency id
    recommendation: Recommendation | None
    score: float | None  # the panelist's weighted score
    takeaways: str = ""

    def rating(self, competency_id: str) -> RatingView | None:
        return self.ratings.get(competency_id)


@dataclass(frozen=True)
class AmendmentView:
    panelist_id: str
    panelist: str
    competency_id: str | None  # None: the overall recommendation changed
    item: str  # the competency's name, or "Overall recommendation"
    original: str  # short form ("3", "n/e", "Yes")
    amended: str
    original_evidence: str
    amended_evidence: str
    reason: str
    amended_at: str


@dataclass(frozen=True)
class PanelistView:
    panelist: PanelistInfo
    submitted: bool
    submitted_at: str | None
    visible: bool  # the viewer may see this panelist's card
    pre: CardView | None  # None unless visible and (for others) submitted
    post: CardView | None
    amendments: tuple[AmendmentView, ...] = ()
    # Submitted after the lead unsealed: may have seen the others' ratings first.
    submitted_after_unseal: bool = False

    def changed(self, competency_id: str) -> bool:
        return any(a.competency_id == competency_id for a in self.amendments)

    @property
    def recommendation_changed(self) -> bool:
        return any(a.competency_id is None for a in self.amendments)


@dataclass(frozen=True)
class CompetencyFigures:
    competency_id: str
    mean: float | None
    spread: int | None  # max - min of the ratings given; None with fewer than two
    low: int | None
    high: int | None
    disagreement: bool


@dataclass(frozen=True)
class Figures:
    """The panel's figures at one moment, over the submitted cards the viewer may see."""

    moment: Moment
    cards: int
    panel_score: float | None
    per_competency: Mapping[str, CompetencyFigures]  # by competency id
    agreement: AgreementSummary
    tally: tuple[tuple[Recommendation, int], ...]  # every recommendation, in order
    panelist_scores: Mapping[str, float | None]  # by panelist id

    def mean(self, competency_id: str) -> float | None:
        f = self.per_competency.get(competency_id)
        return f.mean if f else None

    @property
    def recommendations_given(self) -> int:
        return sum(n for _r, n in self.tally)


@dataclass(frozen=True)
class UnsealInfo:
    """The lead opened the consolidated view before every scorecard was in."""

    by: str
    at: str
    reason: str = ""
    submitted_after: tuple[str, ...] = ()  # names of panelists who submitted after that


@dataclass(frozen=True)
class FlagView:
    panelist: str
    kind: FlagKind
    text: str
    elapsed_seconds: int

    @property
    def line(self) -> str:
        minute, second = divmod(self.elapsed_seconds, 60)
        at = f"{minute}:{second:02d}"
        if self.text:
            return Said.tr("⚑ %1 at %2 — %3").arg(FLAG_LABELS[self.kind], at, self.text)
        return Said.tr("⚑ %1 at %2").arg(FLAG_LABELS[self.kind], at)


@dataclass(frozen=True)
class NoteView:
    panelist: str
    text: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    skipped: bool = False
    competencies: tuple[str, ...] = ()  # names of the competencies it is evidence for
    flags: tuple[FlagView, ...] = ()
    look_fors: tuple[str, ...] = ()  # "☑ names a trade-off (12:03)", one per ticked look-for

    def star_parts(self) -> tuple[tuple[str, str], ...]:
        return tuple(zip(STAR_LABELS, (self.situation, self.task, self.action, self.result),
                         strict=True))


@dataclass(frozen=True)
class QuestionView:
    ref: str
    text: str
    kind: str  # the question type's label, "Ad-hoc question", "Flags"
    section: str
    star: bool  # behavioural: answers are expected as Situation/Task/Action/Result
    asked_by: str = ""
    notes: tuple[NoteView, ...] = ()


@dataclass(frozen=True)
class PreviewPointView:
    """A job-preview talking point: covered or not, with what was noted and flagged on it."""

    text: str
    covered: bool
    notes: tuple[NoteView, ...] = ()


@dataclass(frozen=True)
class ConcernView:
    text: str
    addressed: bool
    lead_only: bool = False
    addressed_by: str = ""
    addressed_at: str = ""
    question: str = ""  # the question the concern was to be probed with
    note: str = ""  # the note marked as addressing it (when the viewer may see it)


@dataclass(frozen=True)
class CandidateQuestionView:
    text: str
    answer: str = ""
    noted_by: str = ""


@dataclass(frozen=True)
class DecisionView:
    outcome: Outcome
    label: str  # "Hire"
    rationale: str = ""
    decided_by: str = ""
    decided_at: str = ""
    follow_up_due: str | None = None
    candidate_informed_at: str | None = None
    override_reason: str = ""
    overridden_composite: float | None = None  # the composite the override went against

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


@dataclass(frozen=True)
class AgendaEntry:
    """One panelist's say on an agenda item: the independent rating with its evidence."""

    panelist: PanelistInfo
    rating: RatingView
    after: RatingView | None  # after the debrief, when it changed
    changed: bool = False


@dataclass(frozen=True)
class AgendaItem:
    """One competency to discuss, with everyone's rating and evidence in speaking order."""

    competency: CompetencyInfo
    figures: CompetencyFigures
    entries: tuple[AgendaEntry, ...]


@dataclass(frozen=True)
class PanelView:
    """One session as ``viewer`` may see it. ``pre``/``post`` are ``None`` while sealed.

    The figures are computed when the view is built; the parts only some outputs show (each
    panelist's card, the agenda, the notes by question, the concerns, the transcript, the
    structure profile) are built from the same rows the first time they are read, and kept.
    A role comparison reads a thousand views' figures and none of those parts.
    """

    session_id: str
    status: SessionStatus
    scheduled_at: str
    started_at: str | None
    ended_at: str | None
    location: str
    candidate_id: str
    candidate: str
    stage: str
    first_round_summary: str
    role_id: str
    role: str
    role_description: str
    competencies: tuple[CompetencyInfo, ...]
    viewer: Viewer
    seal: SealState
    pre: Figures | None
    post: Figures | None
    decision: DecisionView | None
    _source: _Source = field(repr=False, compare=False)
    # The statistics-first debrief: the speaking order, the role's override rule and where
    # the current decision stands against it (the agenda is built when read).
    speaking_order: tuple[PanelistInfo, ...] = ()
    speaking_order_set: bool = False
    policy: OverridePolicy = field(default_factory=OverridePolicy)
    departure: Departure | None = None
    follow_up_session_id: str | None = None
    follow_up_of: str | None = None

    @cached_property
    def panelists(self) -> tuple[PanelistView, ...]:
        return self._source.panelists()

    @cached_property
    def amendments(self) -> tuple[AmendmentView, ...]:
        return tuple(a for p in self.panelists for a in p.amendments)

    @cached_property
    def unsealed(self) -> UnsealInfo | None:
        rows = self._source.rows
        if not rows.unsealed_at:
            return None
        late = tuple(p.panelist.name for p in self.panelists if p.submitted_after_unseal)
        return UnsealInfo(by=rows.unsealed_by or "", at=rows.unsealed_at,
                          reason=rows.unseal_reason, submitted_after=late)

    @cached_property
    def agenda(self) -> tuple[AgendaItem, ...]:
        """Competencies by disagreement, widest spread first; empty while sealed."""
        if self.pre is None:
            return ()
        src = self._source
        return _agenda(src.comps, src.total, self.pre, self.panelists, self.speaking_order)

    @cached_property
    def _noted(self) -> _Noted:
        src = self._source
        return _Noted(src.rows, self.seal, self.viewer, src.infos)

    @cached_property
    def concerns(self) -> tuple[ConcernView, ...]:
        return self._noted.concerns()

    @cached_property
    def questions(self) -> tuple[QuestionView, ...]:
        return self._noted.questions()

    @cached_property
    def preview(self) -> tuple[PreviewPointView, ...]:
        return self._noted.preview()

    @cached_property
    def candidate_questions(self) -> tuple[CandidateQuestionView, ...]:
        return self._noted.candidate_questions()

    @cached_property
    def transcript(self) -> TranscriptView:
        # The transcript is what each laptop heard: the seal treats it as that panelist's notes.
        rows = self._source.rows
        return transcript_view(
            rows.consent, rows.segments, rows.pins, may_see=self._noted.visible,
            names={p.id: p.name for p in rows.panel},
            questions={**{q.id: q.text for q in rows.kit.questions()},
                       **{a.id: a.text for a in rows.adhoc}})

    @cached_property
    def structure(self) -> StructureProfile:
        return structure_profile(self._source.rows, self.seal, open_=self.pre is not None,
                                 departure=self.departure, composite=self.composite)

    @property
    def composite(self) -> float | None:
        """The mechanical composite a decision is checked against: the panel's weighted
        score over the independent ratings (see ``domain/override.py``)."""
        return self.pre.panel_score if self.pre is not None else None

    def departure_for(self, outcome: Outcome) -> Departure | None:
        """The departure deciding ``outcome`` now would make, for the decision form."""
        return departure(outcome, self.composite, self.policy)

    @property
    def sealed(self) -> bool:
        return not self.seal.is_open

    @property
    def interim(self) -> bool:
        """Not the panel's final record yet: sealed, or the interview is still going on."""
        return self.sealed or self.status in (SessionStatus.PLANNED, SessionStatus.LIVE)

    @property
    def changed_after_debrief(self) -> bool:
        return bool(self.amendments)

    @property
    def panel(self) -> tuple[PanelistInfo, ...]:
        return tuple(p.panelist for p in self.panelists)

    @property
    def shown(self) -> tuple[PanelistView, ...]:
        """Panelists whose submitted card the viewer may see, in panel order."""
        return tuple(p for p in self.panelists if p.submitted and p.pre is not None)

    @property
    def pending(self) -> tuple[str, ...]:
        return tuple(p.panelist.name for p in self.panelists if not p.submitted)

    def panelist_name(self, panelist_id: str) -> str:
        return next((p.panelist.name for p in self.panelists if p.panelist.id == panelist_id),
                    panelist_id)


# --- building it --------------------------------------------------------------------------------


def _rating_view(r: Rating) -> RatingView:
    return RatingView(r.rating, r.no_evidence, r.evidence)


def _card_view(moment: Moment, card: Scorecard, comps: Sequence[Competency]) -> CardView:
    return CardView(moment=moment,
                    ratings={cid: _rating_view(r) for cid, r in card.ratings.items()},
                    recommendation=card.recommendation, score=scorecard_score(comps, card),
                    takeaways=card.takeaways)


def _figures(moment: Moment, comps: Sequence[Competency],
             cards: Sequence[tuple[str, Scorecard]]) -> Figures:
    per: dict[str, CompetencyFigures] = {}
    for c in comps:
        values = [card.ratings[c.id].rating if c.id in card.ratings else None
                  for _pid, card in cards]
        rated = [v for v in values if v is not None]
        per[c.id] = CompetencyFigures(
            competency_id=c.id, mean=sum(rated) / len(rated) if rated else None,
            spread=spread(values), low=min(rated) if rated else None,
            high=max(rated) if rated else None, disagreement=is_disagreement(values))
    matrix = [[card.ratings[c.id].rating if c.id in card.ratings else None for c in comps]
              for _pid, card in cards]
    return Figures(
        moment=moment, cards=len(cards),
        panel_score=panel_score(list(comps), [card for _pid, card in cards]),
        per_competency=per, agreement=summarize_panel(matrix),
        tally=tuple((r, sum(card.recommendation is r for _pid, card in cards))
                    for r in RECOMMENDATION_ORDER),
        panelist_scores={pid: scorecard_score(comps, card) for pid, card in cards})


def _amendment_views(card: Scorecard, who: Panelist, amendments: Sequence[Amendment],
                     names: Mapping[str, str]) -> tuple[AmendmentView, ...]:
    out: list[AmendmentView] = []
    for a in sorted((a for a in amendments if a.scorecard_id == card.id),
                    key=lambda a: (a.amended_at, a.id)):
        if a.competency_id is not None:
            before = card.ratings.get(a.competency_id)
            after = RatingView(a.rating, a.no_evidence, a.evidence)
            out.append(AmendmentView(
                panelist_id=who.id, panelist=who.name, competency_id=a.competency_id,
                item=names.get(a.competency_id, "(removed competency)"),
                original=_rating_view(before).shown if before else "–", amended=after.shown,
                original_evidence=before.evidence if before else "",
                amended_evidence=a.evidence, reason=a.reason, amended_at=a.amended_at))
        if a.recommendation is not None:
            out.append(AmendmentView(
                panelist_id=who.id, panelist=who.name, competency_id=None,
                item=Said.tr("Overall recommendation"),
                original=card.recommendation.label if card.recommendation else "–",
                amended=a.recommendation.label, original_evidence="", amended_evidence="",
                reason=a.reason, amended_at=a.amended_at))
    return tuple(out)


def _seal(rows: SessionRows) -> SealState:
    return SealState(panel=tuple(p.id for p in rows.panel),
                     submitted=frozenset(c.panelist_id for c in rows.scorecards
                                         if c.submitted_at),
                     unsealed_at=rows.unsealed_at, unsealed_by=rows.unsealed_by)


@dataclass(frozen=True)
class _Source:
    """What a view's parts are built from when first read: the rows and what the figures
    already worked out (who may see which card, each submitted card after the debrief).

    The rows are everyone's, drafts and sealed cards included: the seal is applied by the
    parts built from them, so nothing outside this module may read a view's ``_source``.
    """

    rows: SessionRows
    comps: Sequence[Competency]
    total: float
    infos: Mapping[str, PanelistInfo]
    visible: Mapping[str, bool]  # by panelist id: the viewer may see this panelist's card
    shown: frozenset[str]  # panelists whose card the viewer sees (a draft: its author only)
    effective: Mapping[str, Scorecard]  # by panelist id: a shown submitted card, amended

    def panelists(self) -> tuple[PanelistView, ...]:
        rows, comps = self.rows, self.comps
        names = {c.id: c.name for c in comps}
        cards = {c.panelist_id: c for c in rows.scorecards}
        out: list[PanelistView] = []
        for p in rows.panel:
            card = cards.get(p.id)
            submitted = bool(card and card.submitted_at)
            pre = post = None
            amendments: tuple[AmendmentView, ...] = ()
            if card is not None and p.id in self.shown:
                effective = self.effective.get(p.id, card)
                pre = _card_view(Moment.PRE_DEBRIEF, card, comps)
                post = _card_view(Moment.POST_DEBRIEF, effective, comps)
                amendments = (_amendment_views(card, p, rows.amendments, names) if submitted
                              else ())
            out.append(PanelistView(
                panelist=self.infos[p.id], submitted=submitted,
                submitted_at=card.submitted_at if card and submitted else None,
                visible=self.visible[p.id], pre=pre, post=post, amendments=amendments,
                submitted_after_unseal=bool(submitted and card and card.submitted_at
                                            and rows.unsealed_at
                                            and card.submitted_at > rows.unsealed_at)))
        return tuple(out)


def panel_view(rows: SessionRows, viewer: Viewer) -> PanelView:
    """The session as ``viewer`` may see it: the one place figures are computed and the seal
    is applied."""
    seal = _seal(rows)
    comps = list(rows.competencies)
    total = sum(c.weight for c in comps)
    infos = {p.id: PanelistInfo(p.id, p.name, p.panel_role, p.is_lead) for p in rows.panel}
    cards = {c.panelist_id: c for c in rows.scorecards}

    visible: dict[str, bool] = {}
    shown: set[str] = set()
    effective: dict[str, Scorecard] = {}
    pre_cards: list[tuple[str, Scorecard]] = []
    post_cards: list[tuple[str, Scorecard]] = []
    for p in rows.panel:
        card = cards.get(p.id)
        submitted = bool(card and card.submitted_at)
        visible[p.id] = may_see_card(seal, viewer, p.id)
        # Drafts never reach anyone but their author.
        if card is not None and visible[p.id] and (submitted or viewer.panelist_id == p.id):
            shown.add(p.id)
            if submitted:
                # A card nobody amended is its own post-debrief version: no copy to make.
                mine = [a for a in rows.amendments if a.scorecard_id == card.id]
                effective[p.id] = apply_amendments(card, mine) if mine else card
                pre_cards.append((p.id, card))
                post_cards.append((p.id, effective[p.id]))

    # The panel's figures exist only once the panel is open to this viewer.
    open_ = seal.is_open and (viewer.consolidated or (
        viewer.panelist_id is not None and viewer.panelist_id in seal.submitted))
    pre_figures = _figures(Moment.PRE_DEBRIEF, comps, pre_cards) if open_ else None
    post_figures = _figures(Moment.POST_DEBRIEF, comps, post_cards) if open_ else None

    d = rows.decision
    decision = None if d is None else DecisionView(
        outcome=d.outcome, label=d.outcome.label, rationale=d.rationale,
        decided_by=d.decided_by, decided_at=d.decided_at, follow_up_due=d.follow_up_due,
        candidate_informed_at=d.candidate_informed_at, override_reason=d.override_reason,
        overridden_composite=d.overridden_composite)
    composite = pre_figures.panel_score if pre_figures is not None else None
    dep = departure(d.outcome, composite, rows.policy) if d is not None else None
    return PanelView(
        session_id=rows.session.id, status=rows.session.status,
        scheduled_at=rows.session.scheduled_at, started_at=rows.started_at,
        ended_at=rows.ended_at, location=rows.session.location,
        candidate_id=rows.candidate.id, candidate=rows.candidate.name,
        stage=rows.candidate.stage, first_round_summary=rows.candidate.first_round_summary,
        role_id=rows.session.role_id, role=rows.role_name,
        role_description=rows.role_description,
        competencies=tuple(CompetencyInfo(c.id, c.key, c.name, c.weight,
                                          c.weight / total if total > 0 else 0.0)
                           for c in comps),
        viewer=viewer, seal=seal, pre=pre_figures, post=post_figures, decision=decision,
        _source=_Source(rows, comps, total, infos, visible, frozenset(shown), effective),
        speaking_order=_speaking_order(rows, infos), speaking_order_set=bool(rows.speaking_order),
        policy=rows.policy, departure=dep,
        follow_up_session_id=rows.follow_up_id, follow_up_of=rows.session.follow_up_of)


def _speaking_order(rows: SessionRows,
                    infos: Mapping[str, PanelistInfo]) -> tuple[PanelistInfo, ...]:
    """The panel in the lead's speaking order; anyone the order leaves out follows, in
    panel order."""
    ordered = [pid for pid in rows.speaking_order if pid in infos]
    rest = [p.id for p in rows.panel if p.id not in ordered]
    return tuple(infos[pid] for pid in (*ordered, *rest))


def _agenda(comps: Sequence[Competency], total: float, figures: Figures,
            panelists: Sequence[PanelistView],
            speakers: Sequence[PanelistInfo]) -> tuple[AgendaItem, ...]:
    """Competencies by disagreement, widest spread first (ties in the role's order; one
    rating or none last), each with every shown panelist's rating and evidence."""
    by_id = {p.panelist.id: p for p in panelists}
    items = []
    for c in comps:
        entries = []
        for who in speakers:
            p = by_id.get(who.id)
            if p is None or p.pre is None or not p.submitted:
                continue
            pre = p.pre.rating(c.id) or RatingView(None)
            post = p.post.rating(c.id) if p.post is not None else None
            entries.append(AgendaEntry(who, pre, post if p.changed(c.id) else None,
                                       p.changed(c.id)))
        items.append(AgendaItem(
            CompetencyInfo(c.id, c.key, c.name, c.weight, c.weight / total if total > 0
                           else 0.0), figures.per_competency[c.id], tuple(entries)))
    order = {c.id: i for i, c in enumerate(comps)}
    return tuple(sorted(items, key=lambda it: (
        -(it.figures.spread if it.figures.spread is not None else -1),
        order[it.competency.id])))


def note_text(note: Note) -> str:
    """A note as one text, STAR parts labelled, for quoting it under a concern (the labels
    said in the reader's language; the lines are the note's, so nothing to translate there)."""
    parts: list[str] = [note.text] if note.text.strip() else []
    for label, text in zip(STAR_LABELS, (note.situation, note.task, note.action, note.result),
                           strict=True):
        if text.strip():
            parts.append(Said.tr("%1: %2").arg(label, text))
    return Text("", "\n".join(f"%{i}" for i in range(1, len(parts) + 1)), args=tuple(parts))


class _Noted:
    """What was typed during the interview, filtered by the seal, arranged in kit order."""

    def __init__(self, rows: SessionRows, seal: SealState, viewer: Viewer,
                 infos: Mapping[str, PanelistInfo]) -> None:
        self.rows = rows
        self.infos = infos
        self.order = {p.id: i for i, p in enumerate(rows.panel)}
        self.visible = {pid for pid in infos if may_see_notes(seal, viewer, pid)}
        if not viewer.consolidated and viewer.panelist_id is not None:
            # One panelist's own view holds their own interview notes only.
            self.visible &= {viewer.panelist_id}
        self.comp_names = {c.key: c.name for c in rows.competencies}
        self.notes: dict[str, list[Note]] = defaultdict(list)
        for n in rows.notes:
            if n.panelist_id in self.visible:
                self.notes[n.question_id].append(n)
        self.flags: dict[tuple[str, str], list[FlagView]] = defaultdict(list)
        for f in sorted(rows.flags, key=lambda f: (f.elapsed_seconds, f.id)):
            if f.panelist_id in self.visible:
                self.flags[(f.question_id or "", f.panelist_id)].append(FlagView(
                    infos[f.panelist_id].name, f.kind, f.text, f.elapsed_seconds))
        self.ticks: dict[tuple[str, str], list[str]] = defaultdict(list)
        for t in sorted(rows.look_for_ticks, key=lambda t: (t.elapsed_seconds, t.id)):
            if t.panelist_id in self.visible:
                minute, second = divmod(max(0, t.elapsed_seconds), 60)
                self.ticks[(t.question_id, t.panelist_id)].append(
                    f"☑ {t.look_for} ({minute}:{second:02d})")

    def _name(self, panelist_id: str | None) -> str:
        info = self.infos.get(panelist_id or "")
        return info.name if info else ""

    def _items(self, qid: str) -> tuple[NoteView, ...]:
        by_panelist = {n.panelist_id: n for n in self.notes.get(qid, [])}
        who = (set(by_panelist) | {p for (q, p) in self.flags if q == qid}
               | {p for (q, p) in self.ticks if q == qid})
        items = []
        for pid in sorted(who, key=lambda p: self.order[p]):
            n = by_panelist.get(pid)
            flags = tuple(self.flags.get((qid, pid), []))
            ticks = tuple(self.ticks.get((qid, pid), []))
            empty = n is None or (n.is_empty() and n.state is not NoteState.SKIPPED)
            if empty and not flags and not ticks:
                continue
            items.append(NoteView(
                panelist=self.infos[pid].name, text=n.text if n else "",
                situation=n.situation if n else "", task=n.task if n else "",
                action=n.action if n else "", result=n.result if n else "",
                skipped=bool(n and n.state is NoteState.SKIPPED),
                competencies=tuple(self.comp_names.get(k, k)
                                   for k in (n.competency_keys if n else [])),
                flags=flags, look_fors=ticks))
        return tuple(items)

    def questions(self) -> tuple[QuestionView, ...]:
        """Every question with notes, in kit order; ad-hoc ones after the question they
        followed; then notes on questions no longer known, and flags outside any question.
        Talking points are the job preview's (``preview``)."""
        kit = self.rows.kit
        adhoc: dict[str, list[AdhocRow]] = defaultdict(list)
        for a in self.rows.adhoc:
            if a.panelist_id in self.visible or self.notes.get(a.id):
                adhoc[a.after_question_id or ""].append(a)
        assignments = self.rows.assignments
        known = {q.id for q in kit.questions()} | {a.id for a in self.rows.adhoc}
        out: list[QuestionView] = []

        def add_adhoc(a: AdhocRow, section: str) -> None:
            # An ad-hoc question is shown even without notes: it was asked.
            out.append(QuestionView(ref="", text=a.text, kind=AD_HOC,
                                    section=section, star=False,
                                    asked_by=self._name(a.panelist_id),
                                    notes=self._items(a.id)))

        for s in kit.sections:
            for q in s.questions:
                if not _is_preview(q.qtype, s.kind):
                    items = self._items(q.id)
                    if items:
                        out.append(QuestionView(
                            ref=q.ref, text=q.text, kind=q.qtype.label, section=s.title,
                            star=q.qtype is QuestionType.BEHAVIOURAL,
                            asked_by=self._name(assignments.get(q.id)),
                            notes=items))
                for a in adhoc.pop(q.id, []):
                    add_adhoc(a, s.title)
        for rest in adhoc.values():
            for a in rest:
                add_adhoc(a, Said.tr("Ad-hoc questions"))
        for qid in sorted({n for n in self.notes if n not in known and n}):
            items = self._items(qid)
            if items:
                out.append(QuestionView(ref="", text=Said.tr("A question no longer in the kit"),
                                        kind=Said.tr("Notes"), section=Said.tr("Other"),
                                        star=False,
                                        notes=items))
        loose = self._items("")
        if loose:
            out.append(QuestionView(ref="", text=Said.tr("Moments flagged outside any question"),
                                    kind=Said.tr("Flags"), section=Said.tr("Other"), star=False,
                                    notes=loose))
        return tuple(out)

    def preview(self) -> tuple[PreviewPointView, ...]:
        covered = {n.question_id for n in self.rows.notes if n.state is NoteState.ASKED}
        return tuple(PreviewPointView(q.text, q.id in covered, self._items(q.id))
                     for s in self.rows.kit.sections for q in s.questions
                     if _is_preview(q.qtype, s.kind))

    def candidate_questions(self) -> tuple[CandidateQuestionView, ...]:
        return tuple(CandidateQuestionView(cq.text, cq.answer, self._name(cq.panelist_id))
            for cq in self.rows.candidate_questions if cq.panelist_id in self.visible)

    def concerns(self) -> tuple[ConcernView, ...]:
        checks = {k.concern_id: k for k in self.rows.concern_checks}
        notes = {n.id: n for n in self.rows.notes}
        questions = {q.id: q.text for q in self.rows.kit.questions()}
        out = []
        for c in self.rows.candidate.concerns:
            if c.raised_in_session_id == self.rows.session.id:
                continue  # left open by this session's debrief: for the next round to probe
            k = checks.get(c.id)
            note = notes.get(k.note_id) if k and k.note_id else None
            shown = note is not None and note.panelist_id in self.visible
            out.append(ConcernView(
                text=c.text, addressed=k is not None, lead_only=c.lead_only,
                addressed_by=self._name(k.panelist_id) if k else "",
                addressed_at=k.addressed_at if k else "",
                question=questions.get(c.question_id or "", ""),
                note=note_text(note) if note is not None and shown else ""))
        return tuple(out)


def _is_preview(qtype: QuestionType, section: SectionKind) -> bool:
    return qtype is QuestionType.TALKING_POINT or section is SectionKind.PREVIEW


# --- across the sessions of a role --------------------------------------------------------------


@dataclass(frozen=True)
class ComparisonRow:
    """One held session in the role comparison; figures are ``None`` while it is sealed."""

    session_id: str
    candidate: str
    status: SessionStatus
    scheduled_at: str
    held_at: str
    sealed: bool
    submitted: int
    panel_size: int
    pre: Figures | None
    post: Figures | None
    decision: DecisionView | None
    # Competency key -> id in the role version this session was planned with: versions share
    # keys, not ids, so the comparison lines competencies up by key.
    competency_ids: Mapping[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.session_id

    def mean(self, key: str) -> float | None:
        """The mean rating (before the debrief) of the competency with ``key``."""
        cid = self.competency_ids.get(key)
        return self.pre.mean(cid) if self.pre is not None and cid else None

    def days_since(self, now: datetime) -> int | None:
        """Whole days since the interview was held, at ``now``."""
        held = parse_timestamp(self.held_at)
        return max(0, (now - held).days) if held else None


@dataclass(frozen=True)
class RoleComparison:
    role_id: str
    role: str
    description: str
    competencies: tuple[CompetencyInfo, ...]
    rows: tuple[ComparisonRow, ...]


def comparison_row(v: PanelView) -> ComparisonRow:
    """One session's row of the role comparison: its own view's figures, nothing recomputed."""
    return ComparisonRow(
        session_id=v.session_id, candidate=v.candidate, status=v.status,
        scheduled_at=v.scheduled_at, held_at=v.started_at or v.scheduled_at,
        sealed=v.sealed, submitted=len(v.seal.submitted), panel_size=len(v.seal.panel),
        pre=v.pre, post=v.post, decision=v.decision,
        competency_ids={c.key: c.id for c in v.competencies})


def compare_rows(role_id: str, role: str, description: str,
                 competencies: tuple[CompetencyInfo, ...],
                 rows: Iterable[ComparisonRow]) -> RoleComparison:
    """The comparison of ``rows`` (each from :func:`comparison_row`): held interviews only
    (a planned one has nothing to compare), oldest first."""
    held = sorted((r for r in rows if r.status is not SessionStatus.PLANNED),
                  key=lambda r: (r.scheduled_at, r.candidate))
    return RoleComparison(role_id=role_id, role=role, description=description,
                          competencies=competencies, rows=tuple(held))
