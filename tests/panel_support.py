"""A panel's whole session stored through the real services, from a plain description.

Every note, STAR part, flag, ad-hoc question, candidate question and evidence carries a unique
marker word, so a test can look for it (or make sure it is absent) in any output's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from interview_desk.domain.model import (
    Candidate,
    Competency,
    Concern,
    FlagKind,
    Note,
    NoteState,
    Panelist,
    QuestionType,
    Rating,
    Recommendation,
    Session,
    SessionStatus,
)
from interview_desk.services.desk import Desk
from interview_desk.services.live import AdhocQuestion, CandidateQuestion, ConcernCheck, Flag


@dataclass(frozen=True)
class PanelistSpec:
    ratings: tuple[int | None, ...]  # per competency; None = "no evidence"
    recommendation: Recommendation
    submitted: bool = True
    # (competency index, new rating or None for "no evidence") changed after the debrief
    changes: tuple[tuple[int, int | None], ...] = ()
    new_recommendation: Recommendation | None = None


@dataclass(frozen=True)
class PanelSpec:
    panelists: tuple[PanelistSpec, ...]
    unseal: bool = False


@dataclass
class Stored:
    session_id: str
    competencies: list[Competency]
    panel: list[Panelist]
    # marker words by panelist id: what they typed, as notes and as evidence
    markers: dict[str, list[str]] = field(default_factory=dict)


def marker(i: int, what: str, n: int = 0) -> str:
    return f"zq{i}{what}{n}x"


def store_panel(desk: Desk, spec: PanelSpec, role_id: str, name: str) -> Stored:
    """Plan, hold and rate one session as ``spec`` says; returns ids and marker words."""
    kit = desk.catalog.kits.latest_versions()[0]
    role = desk.catalog.roles.get(role_id)
    comps = role.competencies
    questions = kit.questions()
    behavioural = next(q for q in questions if q.qtype is QuestionType.BEHAVIOURAL)
    talking = next(q for q in questions if q.qtype is QuestionType.TALKING_POINT)
    other = next(q for q in questions if q.qtype not in (QuestionType.BEHAVIOURAL,
                                                         QuestionType.TALKING_POINT))
    concern = Concern(text=f"Concern of {name}")
    cand = desk.catalog.save_candidate(Candidate(name=name, role_id=role.id,
                                                 concerns=[concern]))
    panel = [Panelist(name=f"Panelist {i} of {name}", is_lead=i == 0)
             for i in range(len(spec.panelists))]
    session = Session(candidate_id=cand.id, role_id=role.id, kit_id=kit.id,
                      scheduled_at="2026-03-02T10:00", status=SessionStatus.PLANNED)
    desk.sessions.plan(session, panel)
    desk.sessions.sessions.update_fields(session.id, status=SessionStatus.COMPLETED.value,
                                         started_at="2026-03-02T09:00:00+00:00",
                                         ended_at="2026-03-02T10:00:00+00:00")
    live = desk.live
    stored = Stored(session.id, comps, panel)
    for i, (p, ps) in enumerate(zip(panel, spec.panelists, strict=True)):
        words = stored.markers.setdefault(p.id, [])
        star = Note(session.id, p.id, behavioural.id, text=marker(i, "text"),
                    situation=marker(i, "sit"), task=marker(i, "task"),
                    action=marker(i, "act"), result=marker(i, "res"),
                    state=NoteState.ASKED)
        live.save_note(star)
        live.save_note(Note(session.id, p.id, other.id, text=marker(i, "other"),
                            state=NoteState.ASKED))
        live.save_note(Note(session.id, p.id, talking.id, text=marker(i, "preview"),
                            state=NoteState.ASKED))
        adhoc = AdhocQuestion(session.id, p.id, marker(i, "adhoc"), behavioural.id)
        live.add_adhoc_question(adhoc)
        live.save_note(Note(session.id, p.id, adhoc.id, text=marker(i, "adhocnote")))
        for n, (qid, kind) in enumerate(((behavioural.id, FlagKind.STRONG),
                                         (talking.id, FlagKind.CONCERN),
                                         (None, FlagKind.FOLLOW_UP))):
            live.add_flag(Flag(session.id, p.id, kind, qid, marker(i, "flag", n), 60 * n + i))
        live.save_candidate_question(CandidateQuestion(session.id, p.id, marker(i, "cq"),
                                                       marker(i, "answer")))
        words += [marker(i, w) for w in ("text", "sit", "task", "act", "res", "other",
                                         "preview", "adhoc", "adhocnote", "cq", "answer")]
        words += [marker(i, "flag", n) for n in range(3)]
        if i == 0:
            note_id = live.note_id(session.id, p.id, behavioural.id)
            live.set_concern_addressed(session.id, ConcernCheck(concern.id, p.id, note_id),
                                       concern.id)
        card = desk.scorecards.card(session.id, p.id)
        for c, value in zip(comps, ps.ratings, strict=True):
            card.ratings[c.id] = Rating(c.id, value, value is None,
                                        marker(i, "ev", comps.index(c)))
            words.append(marker(i, "ev", comps.index(c)))
        card.recommendation = ps.recommendation
        card.takeaways = marker(i, "take")
        words.append(marker(i, "take"))
        if ps.submitted:
            desk.scorecards.submit(card, accept_warnings=True)
        else:
            desk.scorecards.save_draft(card)
    if spec.unseal and not desk.scorecards.seal_state(session.id).is_open:
        desk.scorecards.unseal(session.id, panel[0].id, "a panelist is away")
    if desk.scorecards.seal_state(session.id).is_open:
        for i, (p, ps) in enumerate(zip(panel, spec.panelists, strict=True)):
            if not ps.submitted:
                continue
            for k, value in ps.changes:
                desk.scorecards.amend(session.id, p.id, reason=marker(i, "why", k),
                                      competency_id=comps[k].id, rating=value,
                                      no_evidence=value is None,
                                      evidence=marker(i, "newev", k))
                stored.markers[p.id] += [marker(i, "why", k), marker(i, "newev", k)]
            if ps.new_recommendation is not None:
                desk.scorecards.amend(session.id, p.id, reason=marker(i, "whyrec"),
                                      recommendation=ps.new_recommendation)
                stored.markers[p.id].append(marker(i, "whyrec"))
    return stored
