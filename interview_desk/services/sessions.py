"""Planning and listing sessions."""

from __future__ import annotations

from dataclasses import dataclass, field

from interview_desk.domain.model import (
    Concern,
    Kit,
    Panelist,
    Question,
    Session,
    SessionStatus,
)
from interview_desk.domain.placeholders import KitPlaceholder, kit_placeholders
from interview_desk.domain.rules import (
    MAX_PLANNED_MINUTES,
    panel_problem,
    planned_minutes_problem,
    scheduled_problem,
)
from interview_desk.storage.errors import NotFoundError, ValidationError
from interview_desk.storage.handle import Database
from interview_desk.storage.repositories import (
    CandidateRepository,
    KitRepository,
    RoleRepository,
    SessionRepository,
)
from interview_desk.storage.session_list import SessionChoice, SessionSummary

__all__ = ["MAX_PLANNED_MINUTES", "Plan", "PlanWarnings", "SessionService"]


@dataclass
class Plan:
    """A session as the planner edits it: the session row, its panel, who asks what."""

    session: Session
    panel: list[Panelist] = field(default_factory=list)
    assignments: dict[str, str] = field(default_factory=dict)  # question id -> panelist id


@dataclass(frozen=True)
class PlanWarnings:
    """What the planner points out before the day; none of it blocks saving."""

    unassigned: list[Question]
    concerns_without_question: list[Concern]
    kit_minutes: int
    planned_minutes: int
    # blanks of the kit such as “[names and roles]”, to fill in before the day
    placeholders: list[KitPlaceholder] = field(default_factory=list)

    @property
    def over_time(self) -> bool:
        return self.kit_minutes > self.planned_minutes

    @property
    def required_unassigned(self) -> list[Question]:
        """Questions the kit requires that nobody is set to ask."""
        return [q for q in self.unassigned if q.required]

    @property
    def clear(self) -> bool:
        return not (self.unassigned or self.concerns_without_question or self.over_time
                    or self.placeholders)


class SessionService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.sessions = SessionRepository(db)
        self.kits = KitRepository(db)
        self.candidates = CandidateRepository(db)
        self.roles = RoleRepository(db)

    def plan(self, session: Session, panel: list[Panelist],
             assignments: dict[str, str] | None = None) -> Session:
        """Create or update a planned session with its panel, in one transaction.

        The session points at one kit *version*: later edits to the kit make new versions
        and never change what this session asks.
        """
        for exists, ident, what in ((self.candidates.exists, session.candidate_id, "a candidate"),
                                    (self.roles.exists, session.role_id, "a role"),
                                    (self.kits.exists, session.kit_id, "a kit")):
            if not ident or not exists(ident):
                raise ValidationError(f"Choose {what} for the session.")
        problem = (panel_problem(panel) or planned_minutes_problem(session.planned_minutes)
                   or scheduled_problem(session.scheduled_at))
        if problem is not None:
            raise ValidationError(problem.message)
        existing = self.sessions.status(session.id)
        if existing not in (None, SessionStatus.PLANNED):
            raise ValidationError("Only a session that has not started can be re-planned.")
        assignments = dict(assignments or {})
        panel_ids = {p.id for p in panel}
        question_ids = {q.id for q in self.kits.get(session.kit_id).questions()}
        for qid, pid in assignments.items():
            if pid not in panel_ids or qid not in question_ids:
                raise ValidationError(
                    "A question is assigned to someone not on the panel, or is not in the kit.")
        if not any(p.is_lead for p in panel):
            panel[0].is_lead = True
        with self.db.atomic():
            self.sessions.save(session)
            self.sessions.save_panel(session.id, panel)
            self.sessions.assign(session.id, assignments)
        return session

    def get_plan(self, session_id: str) -> Plan:
        return Plan(self.sessions.get(session_id), self.sessions.panel(session_id),
                    self.sessions.assignments(session_id))

    def save_plan(self, plan: Plan) -> Plan:
        self.plan(plan.session, plan.panel, plan.assignments)
        return plan

    def delete_planned(self, session_id: str) -> None:
        """Remove a session that has not started (a started one holds interview records)."""
        if self.sessions.get(session_id).status is not SessionStatus.PLANNED:
            raise ValidationError("Only a session that has not started can be deleted.")
        self.sessions.delete(session_id)

    def warnings(self, plan: Plan, kit: Kit | None = None) -> PlanWarnings:
        """Unassigned questions, concerns no kit question probes, a kit longer than the slot,
        blanks of the kit still to fill in.

        A concern counts as probed when it links to a question of this kit version, or to a
        question of another version with the same ref (or text): kit edits make new question
        ids, and the dossier should not have to be relinked after every version.
        """
        kit = kit or self.kits.get(plan.session.kit_id)
        questions = kit.questions()
        panel_ids = {p.id for p in plan.panel}
        unassigned = [q for q in questions if plan.assignments.get(q.id) not in panel_ids]
        ids = {q.id for q in questions}
        refs = {q.ref for q in questions if q.ref}
        texts = {q.text.strip() for q in questions}
        orphans: list[Concern] = []
        concerns = (self.candidates.get(plan.session.candidate_id).concerns
                    if plan.session.candidate_id else [])
        for c in concerns:
            if c.question_id in ids:
                continue
            linked = self._question_or_none(c.question_id)
            if linked is not None and ((linked.ref and linked.ref in refs)
                                       or linked.text.strip() in texts):
                continue
            orphans.append(c)
        return PlanWarnings(unassigned, orphans, kit.total_minutes(),
                            plan.session.planned_minutes, kit_placeholders(kit))

    def _question_or_none(self, question_id: str | None) -> Question | None:
        if not question_id:
            return None
        try:
            return self.kits.question(question_id)
        except NotFoundError:
            return None

    def set_status(self, session_id: str, status: SessionStatus) -> None:
        self.sessions.update_fields(session_id, status=status.value)

    def overview(self) -> list[SessionSummary]:
        return self.sessions.overview()

    def choices(self, keep: str | None = None) -> list[SessionChoice]:
        """The sessions a debrief can be held for (past planning), and ``keep`` whatever its
        status: a planned session shown on purpose stays in the chooser."""
        return self.sessions.choices(keep)
