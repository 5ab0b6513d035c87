"""The debrief: everything the panel (and the report) needs about one session, and the decision.

``DebriefData`` is plain data assembled once from storage, so the debrief view, the JSON export
and the PDF report all show the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from interview_desk.domain import clock
from interview_desk.domain.agreement import AgreementSummary, summarize_panel
from interview_desk.domain.model import (
    Candidate,
    Competency,
    Concern,
    Decision,
    Outcome,
    Panelist,
    Rating,
    Recommendation,
    Role,
    Scorecard,
    Session,
    SessionStatus,
    parse_timestamp,
    utc_now,
)
from interview_desk.domain.scorecard_rules import (
    Amendment,
    SealState,
    apply_amendments,
    is_disagreement,
    spread,
)
from interview_desk.domain.scoring import panel_score, scorecard_score
from interview_desk.services.scorecards import ScorecardService
from interview_desk.storage.errors import ValidationError
from interview_desk.storage.repositories import (
    CandidateRepository,
    DecisionRepository,
    RoleRepository,
    SessionRepository,
)


@dataclass
class PanelistResult:
    """One panelist's scorecard as submitted (``original``) and after the debrief (``effective``).

    Both are ``None`` while the panelist has not submitted: drafts never reach the debrief.
    """

    panelist: Panelist
    original: Scorecard | None
    effective: Scorecard | None
    score_pre: float | None
    score_post: float | None
    amendments: list[Amendment] = field(default_factory=list)
    # Submitted after the lead unsealed: this panelist may have seen the others' ratings first.
    submitted_after_unseal: bool = False

    @property
    def submitted(self) -> bool:
        return self.original is not None

    def rating(self, competency_id: str, *, post: bool = True) -> Rating | None:
        card = self.effective if post else self.original
        return card.ratings.get(competency_id) if card else None

    def value(self, competency_id: str, *, post: bool = True) -> int | None:
        r = self.rating(competency_id, post=post)
        return r.rating if r else None

    def recommendation(self, *, post: bool = True) -> Recommendation | None:
        card = self.effective if post else self.original
        return card.recommendation if card else None

    def changed(self, competency_id: str) -> bool:
        return any(a.competency_id == competency_id for a in self.amendments)

    @property
    def recommendation_changed(self) -> bool:
        return any(a.recommendation is not None for a in self.amendments)


@dataclass
class CompetencyResult:
    competency: Competency
    weight_share: float
    spread_pre: int | None
    spread_post: int | None
    disagreement_pre: bool
    disagreement_post: bool
    mean_post: float | None


@dataclass
class ConcernStatus:
    concern: Concern
    addressed: bool
    addressed_by: str = ""
    addressed_at: str = ""
    note_text: str = ""


@dataclass
class DebriefData:
    """Everything about one session's debrief, sealed or not.

    While ``seal.is_open`` is false the per-panelist results carry no scorecards (only who has
    submitted); the consolidated figures are ``None``.
    """

    session: Session
    session_row: dict[str, Any]
    candidate: Candidate
    role: Role
    competencies: list[Competency]
    panelists: list[PanelistResult]
    seal: SealState
    seal_events: list[dict[str, str]]
    per_competency: list[CompetencyResult]
    panel_score_pre: float | None
    panel_score_post: float | None
    agreement_pre: AgreementSummary | None
    agreement_post: AgreementSummary | None
    amendments: list[Amendment]
    concerns: list[ConcernStatus]
    decision: Decision | None

    @property
    def submitted(self) -> list[PanelistResult]:
        return [p for p in self.panelists if p.submitted]

    def panelist_name(self, panelist_id: str) -> str:
        return next((p.panelist.name for p in self.panelists if p.panelist.id == panelist_id),
                    panelist_id)

    def matrix(self, *, post: bool = True) -> list[list[int | None]]:
        """Rows = submitted panelists, columns = competencies; ``None`` = no evidence."""
        return [[p.value(c.id, post=post) for c in self.competencies] for p in self.submitted]


def _agreement(data: list[list[int | None]]) -> AgreementSummary | None:
    return summarize_panel(data) if data else None


class DebriefService:
    def __init__(self, db: Database, scorecards: ScorecardService) -> None:
        self.db = db
        self.scorecards = scorecards
        self.sessions = SessionRepository(db)
        self.roles = RoleRepository(db)
        self.candidates = CandidateRepository(db)
        self.decisions = DecisionRepository(db)

    def data(self, session_id: str) -> DebriefData:
        session = self.sessions.get(session_id)
        row = self.sessions.row(session_id)
        role = self.roles.get(session.role_id)
        comps = role.competencies
        seal = self.scorecards.seal_state(session_id)
        amendments = self.scorecards.amendments.for_session(session_id) if seal.is_open else []
        cards = {c.panelist_id: c for c in self.scorecards.cards.for_session(session_id)
                 if c.submitted_at}
        results = []
        for p in self.scorecards.panel(session_id):
            card = cards.get(p.id) if seal.is_open else None
            effective = apply_amendments(card, amendments) if card else None
            results.append(PanelistResult(
                panelist=p, original=card, effective=effective,
                score_pre=scorecard_score(comps, card) if card else None,
                score_post=scorecard_score(comps, effective) if effective else None,
                amendments=[a for a in amendments if card and a.scorecard_id == card.id],
                submitted_after_unseal=bool(
                    card and seal.unsealed_at and card.submitted_at
                    and card.submitted_at > seal.unsealed_at)))
        originals = [r.original for r in results if r.original]
        effectives = [r.effective for r in results if r.effective]
        shares = role.weight_shares()
        per = []
        for c in comps:
            pre = [r.value(c.id, post=False) for r in results if r.submitted]
            post = [r.value(c.id) for r in results if r.submitted]
            rated = [v for v in post if v is not None]
            per.append(CompetencyResult(
                competency=c, weight_share=shares.get(c.id, 0.0),
                spread_pre=spread(pre), spread_post=spread(post),
                disagreement_pre=is_disagreement(pre), disagreement_post=is_disagreement(post),
                mean_post=sum(rated) / len(rated) if rated else None))
        data = DebriefData(
            session=session, session_row=row, candidate=self.candidates.get(session.candidate_id),
            role=role, competencies=comps, panelists=results, seal=seal,
            seal_events=self.scorecards.seal_events(session_id), per_competency=per,
            panel_score_pre=panel_score(comps, originals) if originals else None,
            panel_score_post=panel_score(comps, effectives) if effectives else None,
            agreement_pre=None, agreement_post=None, amendments=amendments,
            concerns=self._concerns(session_id, session.candidate_id),
            decision=self.decisions.for_session(session_id))
        data.agreement_pre = _agreement(data.matrix(post=False))
        data.agreement_post = _agreement(data.matrix(post=True))
        return data

    def _concerns(self, session_id: str, candidate_id: str) -> list[ConcernStatus]:
        candidate = self.candidates.get(candidate_id)
        checks = {r["concern_id"]: r for r in self.db.query(
            "SELECT k.concern_id, k.addressed_at, p.name AS panelist, n.text AS note_text, "
            "n.situation, n.task, n.action, n.result FROM concern_checks k "
            "LEFT JOIN panelists p ON p.id = k.panelist_id "
            "LEFT JOIN notes n ON n.id = k.note_id WHERE k.session_id = ?", [session_id])}
        out = []
        for c in candidate.concerns:
            k = checks.get(c.id)
            note = ""
            if k:
                note = " ".join(x for x in (k["note_text"], k["situation"], k["task"],
                                            k["action"], k["result"]) if x)
            out.append(ConcernStatus(concern=c, addressed=k is not None,
                                     addressed_by=(k["panelist"] or "") if k else "",
                                     addressed_at=k["addressed_at"] if k else "",
                                     note_text=note))
        return out

    # --- the decision -----------------------------------------------------------------------

    def record_decision(self, session_id: str, outcome: Outcome, *, rationale: str,
                        decided_by: str, follow_up_due: str | None = None,
                        candidate_informed_at: str | None = None,
                        decided_at: str | None = None) -> Decision:
        """Record (or correct) the decision; the session becomes 'decided'.

        Refused while the panel is sealed: deciding before the ratings are seen is what the
        discipline exists to prevent.
        """
        if not self.scorecards.seal_state(session_id).is_open:
            raise ValidationError("The panel is still sealed: wait for every scorecard, or "
                                  "unseal it as the lead, before deciding.")
        if not rationale.strip():
            raise ValidationError("Write down why: a decision needs its rationale.")
        if not decided_by.strip():
            raise ValidationError("Say who decided.")
        existing = self.decisions.for_session(session_id)
        d = Decision(session_id=session_id, outcome=outcome, rationale=rationale.strip(),
                     decided_by=decided_by.strip(),
                     decided_at=decided_at or (existing.decided_at if existing else utc_now()),
                     follow_up_due=follow_up_due or None,
                     candidate_informed_at=candidate_informed_at or None)
        with self.db.atomic():
            self.decisions.save(d)
            self.sessions.update_fields(session_id, status=SessionStatus.DECIDED.value)
        return d

    def mark_candidate_told(self, session_id: str, at: str | None = None) -> Decision:
        d = self.decisions.for_session(session_id)
        if d is None:
            raise ValidationError("Record the decision before noting that the candidate was "
                                  "told.")
        d.candidate_informed_at = at or utc_now()
        self.decisions.save(d)
        return d

    # --- across candidates ------------------------------------------------------------------

    def role_comparison(self, role_id: str, *,
                        now: datetime | None = None) -> list[dict[str, Any]]:
        """One row per held session of the role's candidates: figures only once unsealed.

        Sessions of every version of the role count, each scored on its own version.
        """
        now = now or clock.now()
        family = set(self.roles.family_ids(role_id))
        rows = []
        for s in self.sessions.all():
            if s.role_id not in family or s.status is SessionStatus.PLANNED:
                continue
            d = self.data(s.id)
            recs = [p.recommendation() for p in d.submitted]
            held = parse_timestamp(d.session_row.get("started_at") or s.scheduled_at)
            rows.append({
                "id": s.id, "candidate": d.candidate.name, "status": s.status.value,
                "scheduled_at": s.scheduled_at, "sealed": not d.seal.is_open,
                "submitted": len(d.seal.submitted), "panel_size": len(d.seal.panel),
                "score": d.panel_score_post,
                "recommendations": [r.value for r in recs if r],
                "alpha": d.agreement_pre.alpha if d.agreement_pre else None,
                "decision": d.decision.outcome.value if d.decision else None,
                "days_since": max(0, (now - held).days) if held else None,
            })
        return rows
