"""One session as machine-readable JSON (``interview-desk export-json``).

Built from ``DebriefData`` so the file says exactly what the debrief view shows. While the panel
is sealed, ratings, recommendations and scores are withheld: an export must not become the way
round the independent-rating rule.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from interview_desk.domain.agreement import AgreementSummary
from interview_desk.domain.model import Rating, utc_now
from interview_desk.files import atomic_write

# ``DebriefData`` lives in services, a layer above exchange, so it is taken here as duck-typed
# data (the import-linter layers contract forbids the import, even for type checking only).
DebriefData = Any

FORMAT = "interview-desk-session"
FORMAT_VERSION = 1


def _rating(r: Rating | None) -> dict[str, Any] | None:
    if r is None:
        return None
    return {"rating": r.rating, "no_evidence": r.no_evidence, "evidence": r.evidence}


def _agreement(a: AgreementSummary | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"krippendorff_alpha_ordinal": a.alpha, "icc_2_1": a.icc, "reading": a.reading,
            "units": a.units, "pairable_values": a.pairable_values}


def session_document(d: DebriefData) -> dict[str, Any]:
    row = d.session_row
    open_ = d.seal.is_open
    submitted = {p.panelist.id: p for p in d.submitted}
    ratings = []
    recommendations = []
    panelist_scores = []
    for p in d.submitted:
        for c in d.competencies:
            pre, post = p.rating(c.id, post=False), p.rating(c.id)
            changes = [a for a in p.amendments if a.competency_id == c.id]
            ratings.append({
                "panelist_id": p.panelist.id, "competency_id": c.id, "competency_key": c.key,
                "pre_debrief": pre.rating if pre else None,
                "post_debrief": post.rating if post else None,
                "no_evidence_pre": pre.no_evidence if pre else True,
                "no_evidence_post": post.no_evidence if post else True,
                "evidence_pre": pre.evidence if pre else "",
                "evidence_post": post.evidence if post else "",
                "changed_after_debrief": bool(changes),
                "change_reasons": [a.reason for a in changes],
            })
        rec_pre, rec_post = p.recommendation(post=False), p.recommendation()
        recommendations.append({
            "panelist_id": p.panelist.id,
            "pre_debrief": rec_pre.value if rec_pre else None,
            "post_debrief": rec_post.value if rec_post else None,
            "change_reasons": [a.reason for a in p.amendments if a.recommendation is not None],
        })
        panelist_scores.append({"panelist_id": p.panelist.id, "pre_debrief": p.score_pre,
                                "post_debrief": p.score_post})
    decision = d.decision
    shares = {r.competency.id: r.weight_share for r in d.per_competency}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": utc_now(),
        "session": {
            "id": d.session.id, "status": d.session.status.value,
            "scheduled_at": d.session.scheduled_at, "started_at": row.get("started_at"),
            "ended_at": row.get("ended_at"), "location": d.session.location,
        },
        "candidate": {"id": d.candidate.id, "name": d.candidate.name,
                      "stage": d.candidate.stage},
        "role": {"id": d.role.id, "name": d.role.name},
        "competencies": [
            {"id": c.id, "key": c.key, "name": c.name, "weight": c.weight,
             "weight_share": shares.get(c.id, 0.0)} for c in d.competencies],
        "panelists": [
            {"id": p.panelist.id, "name": p.panelist.name, "panel_role": p.panelist.panel_role,
             "is_lead": p.panelist.is_lead,
             "submitted": p.panelist.id in d.seal.submitted,
             "submitted_at": submitted[p.panelist.id].original.submitted_at
             if p.panelist.id in submitted else None,
             "takeaways": p.original.takeaways if p.original else None}
            for p in d.panelists],
        "seal": {"open": open_, "all_submitted": d.seal.all_submitted,
                 "unsealed_at": d.seal.unsealed_at, "unsealed_by": d.seal.unsealed_by},
        "ratings": ratings,
        "recommendations": recommendations,
        "scores": {"panelists": panelist_scores,
                   "panel": {"pre_debrief": d.panel_score_pre,
                             "post_debrief": d.panel_score_post}},
        "agreement": {"pre_debrief": _agreement(d.agreement_pre),
                      "post_debrief": _agreement(d.agreement_post)},
        "decision": None if decision is None else {
            "outcome": decision.outcome.value, "rationale": decision.rationale,
            "decided_by": decision.decided_by, "decided_at": decision.decided_at,
            "follow_up_due": decision.follow_up_due,
            "candidate_informed_at": decision.candidate_informed_at},
    }


def dumps(d: DebriefData) -> str:
    return json.dumps(session_document(d), ensure_ascii=False, indent=2) + "\n"


def write(d: DebriefData, path: str | Path) -> None:
    """Write atomically: a half-written export never replaces a good one."""
    with atomic_write(path, encoding="utf-8") as fh:
        fh.write(dumps(d))
