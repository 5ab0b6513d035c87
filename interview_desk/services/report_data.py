"""Report data from storage: assembles the plain dataclasses ``reports/`` draws, and exports.

Reads only (repositories plus a few read queries over flags, candidate questions, concern
checks and amendments). The figures come from ``domain/scoring.py`` and
``domain/agreement.py``, computed over *submitted* scorecards: the panel's independent ratings.
Post-debrief amendments are shown beside those originals, never folded into them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from interview_desk.domain.agreement import summarize_panel
from interview_desk.domain.model import (
    Competency,
    FlagKind,
    Note,
    NoteState,
    QuestionType,
    Rating,
    Recommendation,
    Role,
    Scorecard,
    SectionKind,
    utc_now,
)
from interview_desk.domain.scoring import panel_score, scorecard_score
from interview_desk.reports.data import (
    AgreementInfo,
    AmendmentInfo,
    CandidateQuestionInfo,
    CandidateRow,
    CompetencyInfo,
    ConcernInfo,
    DecisionInfo,
    NoteInfo,
    PanelistInfo,
    PreviewPoint,
    QuestionInfo,
    RatingCell,
    RoleReportData,
    ScorecardInfo,
    ScorecardReportData,
    SessionReportData,
    UnsealInfo,
)
from interview_desk.storage.errors import NotFoundError
from interview_desk.storage.repositories import (
    CandidateRepository,
    DecisionRepository,
    KitRepository,
    NoteRepository,
    RoleRepository,
    ScorecardRepository,
    SessionRepository,
)

if TYPE_CHECKING:
    from interview_desk.reports.export import ExportResult, Progress

RECOMMENDATION_ORDER = (Recommendation.STRONG_YES, Recommendation.YES, Recommendation.NO,
                        Recommendation.STRONG_NO)
_FLAG_LABELS = {FlagKind.STRONG: "Strong moment", FlagKind.CONCERN: "Concern",
                FlagKind.FOLLOW_UP: "Follow up"}


def _cell(r: Rating) -> RatingCell:
    return RatingCell(rating=r.rating, no_evidence=r.no_evidence, evidence=r.evidence)


def _competencies(role: Role) -> tuple[CompetencyInfo, ...]:
    shares = role.weight_shares()
    return tuple(CompetencyInfo(id=c.id, name=c.name, weight=c.weight, share=shares[c.id])
                 for c in role.competencies)


def _means(competencies: list[Competency], cards: list[Scorecard]) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for c in competencies:
        values = [card.ratings[c.id].rating for card in cards
                  if c.id in card.ratings and card.ratings[c.id].rating is not None]
        out[c.id] = sum(v for v in values if v is not None) / len(values) if values else None
    return out


def _tally(cards: list[Scorecard]) -> tuple[tuple[str, int], ...]:
    return tuple((rec.label, sum(c.recommendation is rec for c in cards))
                 for rec in RECOMMENDATION_ORDER)


def _agreement_units(competencies: list[Competency], cards: list[Scorecard]) -> int:
    return sum(sum(1 for card in cards if c.id in card.ratings
                   and card.ratings[c.id].rating is not None) >= 2 for c in competencies)


def _agreement(competencies: list[Competency], cards: list[Scorecard]) -> AgreementInfo:
    rows = [[card.ratings[c.id].rating if c.id in card.ratings else None
             for c in competencies] for card in cards]
    summary = summarize_panel(rows)
    return AgreementInfo(alpha=summary.alpha, icc=summary.icc, reading=summary.reading)


def _note_text(note: Note) -> str:
    """A note as one text, STAR parts labelled, for quoting it under a concern."""
    parts = [note.text] if note.text.strip() else []
    for label, text in (("Situation", note.situation), ("Task", note.task),
                        ("Action", note.action), ("Result", note.result)):
        if text.strip():
            parts.append(f"{label}: {text}")
    return "\n".join(parts)


class ReportService:
    """Builds report data for a session, a panelist's scorecard or a role, and exports it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.roles = RoleRepository(db)
        self.kits = KitRepository(db)
        self.candidates = CandidateRepository(db)
        self.sessions = SessionRepository(db)
        self.notes = NoteRepository(db)
        self.cards = ScorecardRepository(db)
        self.decisions = DecisionRepository(db)

    # --- exports -------------------------------------------------------------------------
    # The renderers are imported when a report is drawn: reportlab is not needed to start.

    def export_session(self, session_id: str, path: str | Path, *, invariant: bool = False,
                       progress: Progress | None = None,
                       generated_at: str | None = None) -> ExportResult:
        data = self.session_data(session_id, generated_at=generated_at)
        from interview_desk.reports.export import render_session_report

        return render_session_report(data, path, invariant=invariant, progress=progress)

    def export_scorecard(self, session_id: str, panelist_id: str, path: str | Path, *,
                         invariant: bool = False, progress: Progress | None = None,
                         generated_at: str | None = None) -> ExportResult:
        data = self.scorecard_data(session_id, panelist_id, generated_at=generated_at)
        from interview_desk.reports.export import render_scorecard_report

        return render_scorecard_report(data, path, invariant=invariant, progress=progress)

    def export_role(self, role_id: str, path: str | Path, *, invariant: bool = False,
                    progress: Progress | None = None,
                    generated_at: str | None = None) -> ExportResult:
        data = self.role_data(role_id, generated_at=generated_at)
        from interview_desk.reports.export import render_role_report

        return render_role_report(data, path, invariant=invariant, progress=progress)

    # --- data ----------------------------------------------------------------------------

    def session_data(self, session_id: str, *,
                     generated_at: str | None = None) -> SessionReportData:
        session = self.sessions.get(session_id)
        candidate = self.candidates.get(session.candidate_id)
        role = self.roles.get(session.role_id)
        comps = role.competencies
        panel = self.sessions.panel(session_id)
        infos = {p.id: PanelistInfo(p.id, p.name, p.panel_role, p.is_lead) for p in panel}
        order = {p.id: p.position for p in panel}
        all_cards = sorted(self.cards.for_session(session_id),
                           key=lambda c: order.get(c.panelist_id, 1_000))
        submitted = [c for c in all_cards if c.submitted_at and c.panelist_id in infos]
        done = {c.panelist_id for c in submitted}
        amendments, amended_cards = self._amendments(comps, submitted, infos)
        decision = self.decisions.for_session(session_id)
        return SessionReportData(
            candidate=candidate.name, role=role.name, scheduled_at=session.scheduled_at,
            location=session.location, status=session.status.value.capitalize(),
            panel=tuple(infos.values()), competencies=_competencies(role),
            scorecards=tuple(self._card_info(comps, c, infos[c.panelist_id])
                             for c in submitted),
            pending=tuple(p.name for p in panel if p.id not in done),
            panel_score=panel_score(comps, submitted),
            amended_panel_score=panel_score(comps, amended_cards) if amendments else None,
            means=_means(comps, submitted), tally=_tally(submitted),
            agreement=_agreement(comps, submitted),
            decision=DecisionInfo(outcome=decision.outcome.label, rationale=decision.rationale,
                                  decided_by=decision.decided_by,
                                  decided_at=decision.decided_at) if decision else None,
            first_round_summary=candidate.first_round_summary,
            concerns=self._concerns(session_id, candidate.concerns, infos),
            questions=self._questions(session_id, session.kit_id, infos, role),
            candidate_questions=tuple(
                CandidateQuestionInfo(r["text"], r["answer"],
                                      infos[r["panelist_id"]].name
                                      if r["panelist_id"] in infos else "")
                for r in self.db.query(
                    "SELECT * FROM candidate_questions WHERE session_id = ? "
                    "ORDER BY created_at, id", [session_id])),
            preview=self._preview(session_id, session.kit_id),
            amendments=amendments,
            generated_at=generated_at or utc_now(),
            unsealed=self._unsealed(session_id, submitted, infos),
            agreement_units=_agreement_units(comps, submitted))

    def _unsealed(self, session_id: str, submitted: list[Scorecard],
                  infos: dict[str, PanelistInfo]) -> UnsealInfo | None:
        row = next(iter(self.db.query(
            "SELECT unsealed_at, unsealed_by FROM sessions WHERE id = ?", [session_id])), None)
        if row is None or not row["unsealed_at"]:
            return None
        at = row["unsealed_at"]
        reason = next(iter(self.db.query(
            "SELECT reason FROM seal_events WHERE session_id = ? AND action = 'unsealed' "
            "ORDER BY at DESC LIMIT 1", [session_id])), {"reason": ""})["reason"] or ""
        late = tuple(infos[c.panelist_id].name for c in submitted
                     if c.submitted_at and c.submitted_at > at)
        return UnsealInfo(by=row["unsealed_by"] or "", at=at, reason=reason,
                          submitted_after=late)

    def scorecard_data(self, session_id: str, panelist_id: str, *,
                       generated_at: str | None = None) -> ScorecardReportData:
        session = self.sessions.get(session_id)
        panel = {p.id: p for p in self.sessions.panel(session_id)}
        if panelist_id not in panel:
            raise NotFoundError("panelist in this session", panelist_id)
        p = panel[panelist_id]
        info = PanelistInfo(p.id, p.name, p.panel_role, p.is_lead)
        candidate = self.candidates.get(session.candidate_id)
        role = self.roles.get(session.role_id)
        card = next((c for c in self.cards.for_session(session_id)
                     if c.panelist_id == panelist_id),
                    Scorecard(session_id=session_id, panelist_id=panelist_id))
        amendments, _ = self._amendments(role.competencies, [card], {p.id: info})
        questions = self._questions(session_id, session.kit_id, {p.id: info}, role,
                                    panelist_id=panelist_id)
        return ScorecardReportData(
            candidate=candidate.name, role=role.name, scheduled_at=session.scheduled_at,
            competencies=_competencies(role),
            scorecard=self._card_info(role.competencies, card, info),
            amendments=amendments, questions=questions,
            generated_at=generated_at or utc_now())

    def role_data(self, role_id: str, *, generated_at: str | None = None) -> RoleReportData:
        role = self.roles.get(role_id)
        family = self.roles.family_ids(role_id)
        rows: list[CandidateRow] = []
        for s in self.db.query(
                "SELECT s.id, s.scheduled_at, s.status, s.role_id, c.name FROM sessions s "
                "JOIN candidates c ON c.id = s.candidate_id WHERE s.role_id IN "
                f"({','.join('?' for _ in family)}) ORDER BY s.scheduled_at, c.name", family):
            # Each session is scored on the role version it was planned with; its means sit
            # under the columns of this role's competencies with the same key.
            comps = self.roles.competencies(s["role_id"])
            column = {c.key: c.id for c in role.competencies}
            cards = [c for c in self.cards.for_session(s["id"]) if c.submitted_at]
            own_means = _means(comps, cards)
            decision = self.decisions.for_session(s["id"])
            panel_size = len(self.sessions.panel(s["id"]))
            rows.append(CandidateRow(
                candidate=s["name"], scheduled_at=s["scheduled_at"],
                status=str(s["status"]).capitalize(), panel_score=panel_score(comps, cards),
                means={column[c.key]: own_means[c.id] for c in comps if c.key in column},
                tally=_tally(cards),
                agreement=_agreement(comps, cards),
                outcome=decision.outcome.label if decision else "",
                submitted=len(cards), panel_size=panel_size))
        return RoleReportData(role=role.name, description=role.description,
                              competencies=_competencies(role), rows=tuple(rows),
                              generated_at=generated_at or utc_now())

    # --- parts ---------------------------------------------------------------------------

    @staticmethod
    def _card_info(comps: list[Competency], card: Scorecard,
                   panelist: PanelistInfo) -> ScorecardInfo:
        return ScorecardInfo(
            panelist=panelist, ratings={cid: _cell(r) for cid, r in card.ratings.items()},
            recommendation=card.recommendation.label if card.recommendation else None,
            takeaways=card.takeaways, submitted_at=card.submitted_at,
            weighted_score=scorecard_score(comps, card))

    def _amendments(self, comps: list[Competency], cards: list[Scorecard],
                    infos: dict[str, PanelistInfo],
                    ) -> tuple[tuple[AmendmentInfo, ...], list[Scorecard]]:
        """Each change beside its original, and the cards with the latest changes applied."""
        by_card = {c.id: c for c in cards}
        names = {c.id: c.name for c in comps}
        if not by_card:
            return (), []
        marks = ",".join("?" for _ in by_card)
        rows = list(self.db.query(
            f"SELECT * FROM amendments WHERE scorecard_id IN ({marks}) "
            "ORDER BY amended_at, id", list(by_card)))
        applied = {cid: replace(c, ratings=dict(c.ratings)) for cid, c in by_card.items()}
        out: list[AmendmentInfo] = []
        for r in rows:
            card = by_card[r["scorecard_id"]]
            who = infos[card.panelist_id].name if card.panelist_id in infos else ""
            comp_id = r["competency_id"]
            if comp_id:
                before = card.ratings.get(comp_id)
                after = Rating(comp_id, r["rating"], bool(r["no_evidence"]), r["evidence"])
                applied[card.id].ratings[comp_id] = after
                out.append(AmendmentInfo(
                    panelist=who, item=names.get(comp_id, "(removed competency)"),
                    original=_cell(before).shown if before else "–",
                    amended=_cell(after).shown,
                    original_evidence=before.evidence if before else "",
                    amended_evidence=r["evidence"], reason=r["reason"],
                    amended_at=r["amended_at"]))
            if r["recommendation"]:
                rec = Recommendation(r["recommendation"])
                applied[card.id] = replace(applied[card.id], recommendation=rec)
                out.append(AmendmentInfo(
                    panelist=who, item="Overall recommendation",
                    original=card.recommendation.label if card.recommendation else "–",
                    amended=rec.label, original_evidence="", amended_evidence="",
                    reason=r["reason"], amended_at=r["amended_at"]))
        return tuple(out), list(applied.values())

    def _concerns(self, session_id: str, concerns: list[Any],
                  infos: dict[str, PanelistInfo]) -> tuple[ConcernInfo, ...]:
        checks = {r["concern_id"]: r for r in self.db.query(
            "SELECT * FROM concern_checks WHERE session_id = ?", [session_id])}
        notes = {n.id: n for n in self.notes.for_session(session_id)}
        out = []
        for c in concerns:
            check = checks.get(c.id)
            question = ""
            if c.question_id:
                try:
                    question = self.kits.question(c.question_id).text
                except NotFoundError:
                    question = ""
            note = notes.get(check["note_id"]) if check and check["note_id"] else None
            out.append(ConcernInfo(
                text=c.text, addressed=check is not None, lead_only=c.lead_only,
                addressed_by=infos[check["panelist_id"]].name
                if check and check["panelist_id"] in infos else "",
                addressed_at=check["addressed_at"] if check else "", question=question,
                note=_note_text(note) if note else ""))
        return tuple(out)

    def _preview(self, session_id: str, kit_id: str) -> tuple[PreviewPoint, ...]:
        kit = self.kits.get(kit_id)
        covered = {n.question_id for n in self.notes.for_session(session_id)
                   if n.state is NoteState.ASKED}
        return tuple(PreviewPoint(q.text, q.id in covered) for s in kit.sections
                     for q in s.questions
                     if q.qtype is QuestionType.TALKING_POINT or s.kind is SectionKind.PREVIEW)

    def _questions(self, session_id: str, kit_id: str, infos: dict[str, PanelistInfo],
                   role: Role, *, panelist_id: str | None = None) -> tuple[QuestionInfo, ...]:
        """Every question with notes, in kit order; ad-hoc ones after the question they
        followed. Talking points and the candidate's-questions prompt appear elsewhere."""
        kit = self.kits.get(kit_id)
        comp_names = {c.key: c.name for c in role.competencies}
        assignments = self.sessions.assignments(session_id)
        order = {pid: i for i, pid in enumerate(infos)}
        notes: dict[str, list[Note]] = defaultdict(list)
        for n in self.notes.for_session(session_id, panelist_id):
            if n.panelist_id in infos:
                notes[n.question_id].append(n)
        flags: dict[tuple[str, str], list[str]] = defaultdict(list)
        for f in self.db.query("SELECT * FROM flags WHERE session_id = ? "
                               "ORDER BY elapsed_seconds, flagged_at, id", [session_id]):
            minute, second = divmod(int(f["elapsed_seconds"]), 60)
            label = _FLAG_LABELS[FlagKind(f["kind"])]
            text = f"⚑ {label} at {minute}:{second:02d}" + (f" — {f['text']}" if f["text"] else "")
            flags[(f["question_id"] or "", f["panelist_id"])].append(text)
        adhoc: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for a in self.db.query("SELECT * FROM adhoc_questions WHERE session_id = ? "
                               "ORDER BY created_at, id", [session_id]):
            adhoc[a["after_question_id"] or ""].append(a)

        def build(qid: str, text: str, kind: str, section: str, star: bool,
                  ref: str = "") -> QuestionInfo | None:
            by_panelist = {n.panelist_id: n for n in notes.get(qid, [])}
            who = set(by_panelist) | {p for (q, p) in flags if q == qid and p in infos}
            if panelist_id is not None:
                who &= {panelist_id}
            items = []
            for pid in sorted(who, key=lambda p: order[p]):
                n = by_panelist.get(pid)
                if (n is None or (n.is_empty() and n.state is not NoteState.SKIPPED)) \
                        and not flags.get((qid, pid)):
                    continue
                items.append(NoteInfo(
                    panelist=infos[pid].name, text=n.text if n else "",
                    situation=n.situation if n else "", task=n.task if n else "",
                    action=n.action if n else "", result=n.result if n else "",
                    skipped=bool(n and n.state is NoteState.SKIPPED),
                    competencies=tuple(comp_names.get(k, k) for k in
                                       (n.competency_keys if n else [])),
                    flags=tuple(flags.get((qid, pid), []))))
            if not items:
                return None
            asked = assignments.get(qid)
            return QuestionInfo(ref=ref, text=text, kind=kind, section=section, star=star,
                                asked_by=infos[asked].name if asked in infos else "",
                                notes=tuple(items))

        out: list[QuestionInfo] = []
        for s in kit.sections:
            for q in s.questions:
                if q.qtype is not QuestionType.TALKING_POINT:
                    info = build(q.id, q.text, q.qtype.label, s.title,
                                 q.qtype is QuestionType.BEHAVIOURAL, q.ref)
                    if info:
                        out.append(info)
                for a in adhoc.pop(q.id, []):
                    info = build(a["id"], a["text"], "Ad-hoc question", s.title, False)
                    if info:
                        out.append(info)
        for rest in adhoc.values():
            for a in rest:
                info = build(a["id"], a["text"], "Ad-hoc question", "Ad-hoc questions", False)
                if info:
                    out.append(info)
        loose = build("", "Moments flagged outside any question", "Flags", "Other", False)
        if loose:
            out.append(loose)
        return tuple(out)
