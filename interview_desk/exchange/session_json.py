"""One session as machine-readable JSON (``interview-desk export-json``).

Rendered from the read model (``domain.debrief.PanelView``), so the file says exactly what the
debrief page shows. Every figure is given before and after the debrief, each under its name.
While the panel is sealed, ratings, recommendations, scores and other panelists' notes are not
in the view, so they cannot reach the file: an export must not become the way round the
independent-rating rule.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from interview_desk.domain.agreement import AgreementSummary
from interview_desk.domain.debrief import Figures, PanelView, RatingView
from interview_desk.domain.model import utc_now
from interview_desk.domain.transcript import TranscriptView
from interview_desk.files import atomic_write

FORMAT = "interview-desk-session"
FORMAT_VERSION = 1


def _agreement(a: AgreementSummary) -> dict[str, Any]:
    return {"krippendorff_alpha_ordinal": a.alpha, "icc_2_1": a.icc, "reading": a.reading,
            "units": a.units, "pairable_values": a.pairable_values}


def _figures(f: Figures | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {"scorecards": f.cards, "panel_score": f.panel_score,
            "competencies": [{"competency_id": cid, "mean": c.mean, "spread": c.spread}
                             for cid, c in f.per_competency.items()],
            "recommendations": {r.value: n for r, n in f.tally}}


def _transcript(t: TranscriptView) -> dict[str, Any]:
    """Consent, the segments heard (not those marked "not said") with their question and time
    span on the session clock, and the quotes pinned from them."""
    c = t.consent
    return {
        "consent": None if c is None else {
            "candidate_name": c.candidate_name, "method": c.method, "scope": c.scope,
            "retention_days": c.retention_days, "recorded_by": c.recorded_by,
            "given_at": c.given_at, "shared_with_lead": c.shared_with_lead},
        "segments": [{"id": s.id, "panelist": s.panelist, "start_seconds": s.start,
                      "end_seconds": s.end, "question_id": s.question_id,
                      "question": s.question, "text": s.text, "pinned": s.pinned}
                     for s in t.segments],
        "pinned_quotes": [{"panelist_id": p.panelist_id, "quote": p.quote,
                           "start_seconds": p.start, "end_seconds": p.end,
                           "question": p.question, "competency_key": p.competency_key,
                           "star_part": p.star_part} for p in t.pins],
    }


def session_document(v: PanelView, *, exported_at: str | None = None) -> dict[str, Any]:
    ratings = []
    recommendations = []
    panelist_scores = []
    for p in v.shown:
        pre_card, post_card = p.pre, p.post
        assert pre_card is not None and post_card is not None  # shown: both are there
        for c in v.competencies:
            pre: RatingView | None = pre_card.rating(c.id)
            post: RatingView | None = post_card.rating(c.id)
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
        recommendations.append({
            "panelist_id": p.panelist.id,
            "pre_debrief": pre_card.recommendation.value if pre_card.recommendation else None,
            "post_debrief": post_card.recommendation.value if post_card.recommendation
            else None,
            "change_reasons": [a.reason for a in p.amendments if a.competency_id is None],
        })
        panelist_scores.append({"panelist_id": p.panelist.id, "pre_debrief": pre_card.score,
                                "post_debrief": post_card.score})
    decision = v.decision
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at or utc_now(),
        "interim": v.interim,
        "session": {
            "id": v.session_id, "status": v.status.value, "scheduled_at": v.scheduled_at,
            "started_at": v.started_at, "ended_at": v.ended_at, "location": v.location,
        },
        "candidate": {"id": v.candidate_id, "name": v.candidate, "stage": v.stage},
        "role": {"id": v.role_id, "name": v.role},
        "competencies": [
            {"id": c.id, "key": c.key, "name": c.name, "weight": c.weight,
             "weight_share": c.share} for c in v.competencies],
        "panelists": [
            {"id": p.panelist.id, "name": p.panelist.name, "panel_role": p.panelist.panel_role,
             "is_lead": p.panelist.is_lead, "submitted": p.submitted,
             "submitted_at": p.submitted_at,
             "takeaways": p.pre.takeaways if p.pre is not None and p.submitted else None}
            for p in v.panelists],
        "seal": {"open": not v.sealed, "all_submitted": v.seal.all_submitted,
                 "unsealed_at": v.seal.unsealed_at, "unsealed_by": v.seal.unsealed_by},
        "ratings": ratings,
        "recommendations": recommendations,
        "scores": {"panelists": panelist_scores,
                   "panel": {"pre_debrief": v.pre.panel_score if v.pre else None,
                             "post_debrief": v.post.panel_score if v.post else None}},
        "agreement": {"pre_debrief": _agreement(v.pre.agreement) if v.pre else None,
                      "post_debrief": _agreement(v.post.agreement) if v.post else None},
        "figures": {"pre_debrief": _figures(v.pre), "post_debrief": _figures(v.post)},
        "decision": None if decision is None else {
            "outcome": decision.outcome.value, "rationale": decision.rationale,
            "decided_by": decision.decided_by, "decided_at": decision.decided_at,
            "follow_up_due": decision.follow_up_due,
            "candidate_informed_at": decision.candidate_informed_at,
            "override": {"reason": decision.override_reason,
                         "composite_overridden": decision.overridden_composite}
            if decision.overridden else None},
        "override_rule": {"composite_pre_debrief": v.composite,
                          "hire_below": v.policy.hire_below,
                          "no_hire_above": v.policy.no_hire_above},
        "agenda": [{"competency_id": item.competency.id, "spread": item.figures.spread,
                    "speakers": [e.panelist.id for e in item.entries]}
                   for item in v.agenda],
        "structure": [{"component": c.key, "label": c.label, "tick": c.tick.value,
                       "evidence": c.evidence, "source": c.source}
                      for c in v.structure.components],
        "follow_up_session_id": v.follow_up_session_id,
        "follow_up_of": v.follow_up_of,
        "transcript": _transcript(v.transcript),
    }


def dumps(v: PanelView) -> str:
    return json.dumps(session_document(v), ensure_ascii=False, indent=2) + "\n"


def write(v: PanelView, path: str | Path) -> None:
    """Write atomically: a half-written export never replaces a good one."""
    with atomic_write(path, encoding="utf-8") as fh:
        fh.write(dumps(v))
