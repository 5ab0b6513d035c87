"""The debrief: the read model's one producer, and the decision.

``view`` loads a session's rows through the repositories and hands them to
``domain.debrief.panel_view``, which applies the seal and computes every figure. The Debrief
page, the role comparison, the session JSON, the CSV and every PDF render what it returns.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from interview_desk.domain.debrief import (
    ComparisonRow,
    CompetencyInfo,
    PanelView,
    RoleComparison,
    SessionRows,
    Viewer,
    compare_rows,
    comparison_row,
    panel_view,
)
from interview_desk.domain.live import ConcernCheck
from interview_desk.domain.model import (
    Concern,
    Decision,
    FlagKind,
    Outcome,
    Panelist,
    Session,
    SessionStatus,
    new_id,
    utc_now,
)
from interview_desk.i18n import Words
from interview_desk.services.scorecards import ScorecardService
from interview_desk.storage.database import database_file
from interview_desk.storage.debrief_repositories import DebriefRepository
from interview_desk.storage.errors import NotFoundError, ValidationError
from interview_desk.storage.handle import Database
from interview_desk.storage.live_repositories import LiveRepository
from interview_desk.storage.repositories import (
    CandidateRepository,
    DecisionRepository,
    RoleRepository,
    SessionRepository,
)
from interview_desk.storage.session_rows import SessionRowsRepository

#: Messages for people when a write is refused (docs/translations.md): shown with ``say``.
Refusal = Words("Refusal")


#: Comparison rows kept for each file, shared by every ``DebriefService`` on it in this
#: process: the Role comparison page reads on a desk of its own at each visit (ui/reads.py),
#: which used to start with nothing kept and compute the whole role again. A row is kept
#: with its session's revision, which means the same rows on every connection (a new random
#: value at each change, migration 0012), so any of them may use it.
_KEPT: dict[Path, dict[str, tuple[int, ComparisonRow]]] = {}
_KEPT_LOCK = threading.Lock()


def _kept_rows(path: Path | None) -> dict[str, tuple[int, ComparisonRow]]:
    if path is None:  # in memory: no other connection sees this database
        return {}
    with _KEPT_LOCK:
        return _KEPT.setdefault(path, {})


class DebriefService:
    def __init__(self, db: Database, scorecards: ScorecardService) -> None:
        self.db = db
        self.scorecards = scorecards
        self.sessions = SessionRepository(db)
        self.roles = RoleRepository(db)
        self.candidates = CandidateRepository(db)
        self.decisions = DecisionRepository(db)
        self.rows = SessionRowsRepository(db)
        self.debriefs = DebriefRepository(db)
        # Each session's comparison row, computed from its view, with the session's revision
        # it was read at (shared with every other service on the file, see ``_kept_rows``);
        # each session's revision as this connection last read it, at the database's
        # generation ``_rows_generation`` (see ``_comparison_rows``).
        self._rows = _kept_rows(database_file(db))
        self._rows_checked: dict[str, int] = {}
        self._rows_generation: tuple[int, int] | None = None

    def view(self, session_id: str, viewer: Viewer | None = None) -> PanelView:
        """The session as ``viewer`` may see it; by default the consolidated view, looked at
        by the panel's lead. The only producer of the read model every output renders."""
        return self._view(self.rows.load(session_id), viewer)

    @staticmethod
    def _view(rows: SessionRows, viewer: Viewer | None = None) -> PanelView:
        if viewer is None:
            viewer = Viewer.panel(next((p.id for p in rows.panel if p.is_lead), None))
        return panel_view(rows, viewer)

    def role_views(self, role_id: str) -> list[PanelView]:
        """Every session's view of one role, oldest first, read in one batch. Figures only:
        the notes are not read (the comparison, its PDF and the CSV show none of them)."""
        ids = self.rows.session_ids_for_role(role_id)
        return [self._view(rows) for rows in self.rows.load_many(ids, notes=False)]

    # --- the decision -----------------------------------------------------------------------

    def record_decision(self, session_id: str, outcome: Outcome, *, rationale: str,
                        decided_by: str, follow_up_due: str | None = None,
                        candidate_informed_at: str | None = None,
                        decided_at: str | None = None, override_reason: str = "",
                        carry_concerns: Sequence[str] = ()) -> Decision:
        """Record (or correct) the decision; the session becomes 'decided'.

        Refused while the panel is sealed: deciding before the ratings are seen is what the
        discipline exists to prevent. A decision that departs from the composite under the
        role's thresholds needs ``override_reason``, stored with the composite it overrode.
        Another round (or an additional assessment) plans the follow-up session, once, with
        the concerns the debrief left open (and ``carry_concerns``, one per entry) to probe.
        """
        if not self.scorecards.seal_state(session_id).is_open:
            raise ValidationError(Refusal.tr("The panel is still sealed: wait for every "
                                              "scorecard, or unseal it as the lead, before "
                                              "deciding."))
        if not rationale.strip():
            raise ValidationError(Refusal.tr("Write down why: a decision needs its rationale."))
        if not decided_by.strip():
            raise ValidationError(Refusal.tr("Say who decided."))
        view = self.view(session_id)
        dep = view.departure_for(outcome)
        reason = override_reason.strip()
        if dep is not None and not reason:
            raise ValidationError(Refusal.tr("This is %1: write why, to be recorded as an "
                                             "override.").arg(dep.sentence))
        existing = self.decisions.for_session(session_id)
        # Saving the same outcome again (a corrected rationale, the date the candidate was
        # told) keeps when it was decided; another outcome is a new decision, taken now.
        kept = existing.decided_at if existing and existing.outcome is outcome else None
        d = Decision(session_id=session_id, outcome=outcome, rationale=rationale.strip(),
                     decided_by=decided_by.strip(),
                     decided_at=decided_at or kept or utc_now(),
                     follow_up_due=follow_up_due or None,
                     candidate_informed_at=candidate_informed_at or None,
                     override_reason=reason if dep is not None else "",
                     overridden_composite=dep.composite if dep is not None else None)
        with self.db.atomic():
            self.decisions.save(d)
            self.sessions.update_fields(session_id, status=SessionStatus.DECIDED.value)
            if (outcome in (Outcome.ANOTHER_ROUND, Outcome.ADDITIONAL_ASSESSMENT)
                    and view.follow_up_session_id is None):
                self._plan_follow_up(session_id, d, carry_concerns)
        return d

    def _plan_follow_up(self, session_id: str, d: Decision, carry: Sequence[str]) -> str:
        """The next interview for the same candidate: same role version, kit and panel, with
        the concerns the debrief left open to probe, as first-round concerns are.

        Concerns this session did not address stay open on the candidate; the ones it did
        are marked addressed in the follow-up too; every concern or follow-up flag raised in
        the interview, and each extra line the lead wrote, becomes a new concern of the
        candidate that remembers this session raised it (its own view does not list it).
        """
        session = self.sessions.get(session_id)
        rows = self.rows.load(session_id)
        follow = Session(candidate_id=session.candidate_id, role_id=session.role_id,
                         kit_id=session.kit_id,
                         scheduled_at=f"{d.follow_up_due[:10]}T09:00" if d.follow_up_due
                         else "",
                         location=session.location, planned_minutes=session.planned_minutes,
                         follow_up_of=session_id)
        ids = {p.id: new_id() for p in rows.panel}
        self.sessions.save(follow)
        self.sessions.save_panel(follow.id, [
            Panelist(name=p.name, panel_role=p.panel_role, is_lead=p.is_lead, id=ids[p.id])
            for p in rows.panel])
        self.sessions.assign(follow.id, {q: ids[p] for q, p in rows.assignments.items()
                                         if p in ids})
        candidate = self.candidates.get(session.candidate_id)
        kit_questions = {q.id for q in rows.kit.questions()}
        names = {p.id: p.name for p in rows.panel}
        for f in rows.flags:
            if f.kind not in (FlagKind.CONCERN, FlagKind.FOLLOW_UP):
                continue
            minute, second = divmod(f.elapsed_seconds, 60)
            text = f.text.strip() or f"flagged at {minute}:{second:02d}"
            candidate.concerns.append(Concern(
                text=f"{text} (raised by {names.get(f.panelist_id, '?')})",
                question_id=f.question_id if f.question_id in kit_questions else None,
                raised_in_session_id=session_id))
        for line in carry:
            if line.strip():
                candidate.concerns.append(Concern(text=line.strip(),
                                                  raised_in_session_id=session_id))
        self.candidates.save(candidate)
        live = LiveRepository(self.db)
        for k in rows.concern_checks:
            # Addressed here, so not to be probed again: no panelist or note of the follow-up
            # addressed it, and the check says so by naming neither.
            live.set_concern_check(follow.id, k.concern_id,
                                   ConcernCheck(k.concern_id, None, None, k.addressed_at))
        return follow.id

    def set_speaking_order(self, session_id: str, panelist_ids: Sequence[str]) -> None:
        """The order the lead asks the panel to speak in at the debrief; empty clears it."""
        panel = {p.id for p in self.sessions.panel(session_id)}
        order = list(panelist_ids)
        if order and (set(order) != panel or len(order) != len(panel)):
            raise ValidationError(Refusal.tr("The speaking order names every panelist once."))
        self.debriefs.set_speaking_order(session_id, order)

    def mark_candidate_told(self, session_id: str, at: str | None = None) -> Decision:
        d = self.decisions.for_session(session_id)
        if d is None:
            raise ValidationError(Refusal.tr("Record the decision before noting that the "
                                             "candidate was told."))
        d.candidate_informed_at = at or utc_now()
        self.decisions.save(d)
        return d

    # --- across candidates ------------------------------------------------------------------

    def views_for(self, *, session_id: str | None = None, role_id: str | None = None,
                  ) -> tuple[tuple[CompetencyInfo, ...], list[PanelView]]:
        """One session's view, or every session's of one role (oldest first), with the
        competencies to lay them out by."""
        if session_id is not None:
            v = self.view(session_id)
            return v.competencies, [v]
        if role_id is None:
            raise NotFoundError("session or role", "")
        comps = self._competencies(role_id)
        return comps, self.role_views(role_id)

    def _competencies(self, role_id: str) -> tuple[CompetencyInfo, ...]:
        role = self.roles.get(role_id)
        shares = role.weight_shares()
        return tuple(CompetencyInfo(c.id, c.key, c.name, c.weight, shares[c.id])
                     for c in role.competencies)

    def _comparison_rows(self, session_ids: Sequence[str]) -> dict[str, ComparisonRow]:
        """Each session's comparison row, from its view (the one read model), computed once
        and again only when a row it is computed from changes.

        A busy role's thousand views take seconds; the page, its parts and the PDF ask for
        them again and again, and a write (a rating, a merged return file, a note) changes
        one session or none of them. While nothing at all is written (the database's
        generation stays the same) a kept row is used without a query; after any write, by
        this process or another, each kept row is checked against its session's revision
        (migration 0012), all of them in one query, and only the changed ones are read and
        computed again. Inside a transaction nothing is kept: what it wrote may yet be
        rolled back.
        """
        generation = self.rows.generation()
        if generation is None or generation != self._rows_generation:
            self._rows_checked.clear()
            self._rows_generation = generation
        unchecked = [sid for sid in session_ids if sid not in self._rows_checked]
        revisions = self.rows.revisions(unchecked) if unchecked else {}
        if generation is not None:
            self._rows_checked.update(revisions)
        # A kept row is used only at the very revision this connection read: the rows are
        # shared, and another service's reader may replace one with a row it read before a
        # write this connection has already seen.
        out: dict[str, ComparisonRow] = {}
        stale: list[str] = []
        for sid in session_ids:
            revision = self._rows_checked.get(sid, revisions.get(sid))
            kept = self._rows.get(sid)
            if kept is not None and revision is not None and kept[0] == revision:
                out[sid] = kept[1]
            else:
                stale.append(sid)
        for rows in self.rows.load_many(stale, notes=False) if stale else ():
            sid = rows.session.id
            out[sid] = comparison_row(self._view(rows))
            revision = self._rows_checked.get(sid, revisions.get(sid))
            if generation is not None and revision is not None:
                self._rows[sid] = (revision, out[sid])
        return out

    def role_comparison(self, role_id: str) -> RoleComparison:
        """Every held interview for the role, each figure from that session's own view."""
        role = self.roles.get(role_id)
        ids = self.rows.session_ids_for_role(role_id)
        rows = self._comparison_rows(ids)
        return compare_rows(role.id, role.name, role.description, self._competencies(role_id),
                            (rows[sid] for sid in ids))

    def role_comparison_parts(self, role_id: str, *, first: int = 20, size: int = 100,
                              ) -> Iterator[RoleComparison]:
        """The role comparison in parts, newest interviews first: ``first`` sessions, then
        ``size`` at a time. A page shows the first part at once and the rest as it comes
        (a busy role's thousand sessions take seconds); together the parts hold exactly the
        rows of ``role_comparison``."""
        role = self.roles.get(role_id)
        comps = self._competencies(role_id)
        ids = self.rows.session_ids_for_role(role_id)[::-1]
        start, step = 0, first
        while start < len(ids):
            chunk = ids[start:start + step]
            rows = self._comparison_rows(chunk)
            yield compare_rows(role.id, role.name, role.description, comps,
                               (rows[sid] for sid in chunk))
            start, step = start + step, size
