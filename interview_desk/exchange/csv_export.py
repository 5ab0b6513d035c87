"""Scorecards and decisions as CSV for other systems (an ATS, a spreadsheet).

Any cell a spreadsheet could read as a formula (one that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) gets a leading apostrophe, so a note that says
``=HYPERLINK(...)`` stays text when the file is opened in Excel or LibreOffice.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from interview_desk.domain.model import Competency, Role
from interview_desk.domain.scoring import scorecard_score
from interview_desk.files import atomic_write
from interview_desk.storage.errors import NotFoundError
from interview_desk.storage.repositories import (
    CandidateRepository,
    DecisionRepository,
    RoleRepository,
    ScorecardRepository,
    SessionRepository,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> str:
    """The cell as text a spreadsheet will not evaluate."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """Write atomically, UTF-8 with a BOM (so Excel reads accents), owner-only."""
    path = Path(path)
    with atomic_write(path, encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([neutralise(h) for h in header])
        for row in rows:
            writer.writerow([neutralise(c) for c in row])
    return path


_HEAD = ["session_id", "candidate", "role", "scheduled_at", "status", "panelist",
         "panel_role", "submitted_at", "recommendation", "weighted_score"]
_TAIL = ["takeaways", "decision", "rationale", "decided_by", "decided_at",
         "candidate_informed_at"]


def scorecard_table(db: Database, *, session_id: str | None = None,
                    role_id: str | None = None) -> tuple[list[str], list[list[Any]]]:
    """One row per submitted scorecard (drafts stay private), with the session's decision.

    Either one session or every session of one role (all its versions); the rating columns
    are the role's competencies (``<key>`` rating, ``<key>_evidence``), each session's scores
    come from the role version it was planned with.
    """
    sessions = SessionRepository(db)
    roles = RoleRepository(db)
    if session_id is not None:
        chosen = [sessions.get(session_id)]
        role = roles.get(chosen[0].role_id)
    elif role_id is not None:
        role = roles.get(role_id)
        family = set(roles.family_ids(role_id))
        chosen = [s for s in reversed(sessions.all()) if s.role_id in family]
    else:
        raise NotFoundError("session or role", "")
    comps = role.competencies
    header = _HEAD + [x for c in comps for x in (c.key, f"{c.key}_evidence")] + _TAIL
    rows = [row for s in chosen for row in _session_rows(db, s.id, role, comps)]
    return header, rows


def _session_rows(db: Database, session_id: str, role: Role,
                  comps: list[Competency]) -> list[list[Any]]:
    sessions = SessionRepository(db)
    session = sessions.get(session_id)
    candidate = CandidateRepository(db).get(session.candidate_id)
    panel = {p.id: p for p in sessions.panel(session_id)}
    decision = DecisionRepository(db).for_session(session_id)
    tail = ([decision.outcome.value, decision.rationale, decision.decided_by,
             decision.decided_at, decision.candidate_informed_at or ""]
            if decision else ["", "", "", "", ""])
    base = [session.id, candidate.name, role.name, session.scheduled_at, session.status.value]
    cards = sorted((c for c in ScorecardRepository(db).for_session(session_id)
                    if c.submitted_at),
                   key=lambda c: panel[c.panelist_id].position if c.panelist_id in panel else 0)
    # The session's own role version: its weights score, its competency ids hold the ratings.
    own = RoleRepository(db).competencies(session.role_id)
    own_id = {c.key: c.id for c in own}
    rows = []
    for card in cards:
        p = panel.get(card.panelist_id)
        score = scorecard_score(own, card)
        ratings: list[Any] = []
        for c in comps:
            r = card.ratings.get(own_id.get(c.key, ""))
            value = "" if r is None else ("no evidence" if r.rating is None and r.no_evidence
                                          else r.rating)
            ratings += [value, r.evidence if r else ""]
        rows.append([*base, p.name if p else "", p.panel_role if p else "", card.submitted_at,
                     card.recommendation.value if card.recommendation else "",
                     f"{score:.2f}" if score is not None else "",
                     *ratings, card.takeaways, *tail])
    if not rows and decision:
        rows.append(base + ["", "", "", "", ""] + ["", ""] * len(comps) + [""] + tail)
    return rows
