"""What a report shows, as plain data: the services fill these in, ``reports/`` draws them.

Nothing here knows about the database; figures (scores, agreement) are computed before a
report sees them, so the PDF code only lays out what it is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CompetencyInfo:
    id: str
    name: str
    weight: float
    share: float  # the weight as a share of the role's total, 0-1


@dataclass(frozen=True)
class PanelistInfo:
    id: str
    name: str
    panel_role: str = ""
    is_lead: bool = False


@dataclass(frozen=True)
class RatingCell:
    rating: int | None
    no_evidence: bool = False
    evidence: str = ""

    @property
    def shown(self) -> str:
        if self.rating is not None:
            return str(self.rating)
        return "n/e" if self.no_evidence else "–"

    @property
    def said(self) -> str:
        """In words, for text (the short form is for narrow table columns)."""
        if self.rating is not None:
            return f"rating {self.rating}"
        return "no evidence" if self.no_evidence else "not rated"


@dataclass(frozen=True)
class ScorecardInfo:
    panelist: PanelistInfo
    ratings: dict[str, RatingCell]  # by competency id
    recommendation: str | None  # a label ("Strong yes"), None when not given
    takeaways: str = ""
    submitted_at: str | None = None
    weighted_score: float | None = None


@dataclass(frozen=True)
class AmendmentInfo:
    """One post-debrief change, shown beside the submitted original it changes."""

    panelist: str
    item: str  # a competency name, or "Overall recommendation"
    original: str
    amended: str
    original_evidence: str
    amended_evidence: str
    reason: str
    amended_at: str


@dataclass(frozen=True)
class NoteInfo:
    panelist: str
    text: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    skipped: bool = False
    competencies: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()  # "Strong: text" lines for moments flagged on this question


@dataclass(frozen=True)
class QuestionInfo:
    ref: str
    text: str
    kind: str  # the question type's label
    section: str
    star: bool  # behavioural: answers are expected as Situation/Task/Action/Result
    asked_by: str = ""
    notes: tuple[NoteInfo, ...] = ()


@dataclass(frozen=True)
class ConcernInfo:
    text: str
    addressed: bool
    lead_only: bool = False
    addressed_by: str = ""
    addressed_at: str = ""
    question: str = ""  # the question the concern was to be probed with
    note: str = ""  # the note marked as addressing it


@dataclass(frozen=True)
class CandidateQuestionInfo:
    text: str
    answer: str = ""
    noted_by: str = ""


@dataclass(frozen=True)
class PreviewPoint:
    text: str
    covered: bool


@dataclass(frozen=True)
class DecisionInfo:
    outcome: str  # label
    rationale: str = ""
    decided_by: str = ""
    decided_at: str = ""


@dataclass(frozen=True)
class AgreementInfo:
    alpha: float | None
    icc: float | None
    reading: str


@dataclass(frozen=True)
class UnsealInfo:
    """The lead opened the consolidated view before every scorecard was in."""

    by: str
    at: str
    reason: str = ""
    submitted_after: tuple[str, ...] = ()  # panelists who submitted once the view was open


@dataclass(frozen=True)
class SessionReportData:
    candidate: str
    role: str
    scheduled_at: str
    location: str
    status: str
    panel: tuple[PanelistInfo, ...]
    competencies: tuple[CompetencyInfo, ...]
    scorecards: tuple[ScorecardInfo, ...]  # submitted ones only: the figures use these
    pending: tuple[str, ...]  # panelists whose scorecard is not submitted
    panel_score: float | None
    amended_panel_score: float | None  # after post-debrief changes; None when there are none
    means: dict[str, float | None]  # per competency id
    tally: tuple[tuple[str, int], ...]  # recommendation label, count (all four, in order)
    agreement: AgreementInfo
    decision: DecisionInfo | None
    first_round_summary: str
    concerns: tuple[ConcernInfo, ...]
    questions: tuple[QuestionInfo, ...]
    candidate_questions: tuple[CandidateQuestionInfo, ...]
    preview: tuple[PreviewPoint, ...]
    amendments: tuple[AmendmentInfo, ...]
    generated_at: str
    unsealed: UnsealInfo | None = None
    # Competencies that alpha could use (rated by two or more panelists): a figure from a
    # handful of units swings widely, and the report says so.
    agreement_units: int = 0


@dataclass(frozen=True)
class ScorecardReportData:
    candidate: str
    role: str
    scheduled_at: str
    competencies: tuple[CompetencyInfo, ...]
    scorecard: ScorecardInfo
    amendments: tuple[AmendmentInfo, ...]
    questions: tuple[QuestionInfo, ...]  # with this panelist's notes only
    generated_at: str


@dataclass(frozen=True)
class CandidateRow:
    candidate: str
    scheduled_at: str
    status: str
    panel_score: float | None
    means: dict[str, float | None]
    tally: tuple[tuple[str, int], ...]
    agreement: AgreementInfo
    outcome: str  # "" when undecided
    submitted: int = 0
    panel_size: int = 0


@dataclass(frozen=True)
class RoleReportData:
    role: str
    description: str
    competencies: tuple[CompetencyInfo, ...]
    rows: tuple[CandidateRow, ...] = field(default_factory=tuple)
    generated_at: str = ""
