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

from interview_desk.domain.debrief import CompetencyInfo, PanelView, RatingView
from interview_desk.files import atomic_write

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


_HEAD = ["session_id", "candidate", "role", "scheduled_at", "status", "interim", "panelist",
         "panel_role", "submitted_at", "recommendation_pre_debrief",
         "recommendation_post_debrief", "weighted_score_pre_debrief",
         "weighted_score_post_debrief"]
_TAIL = ["takeaways", "decision", "rationale", "decided_by", "decided_at",
         "candidate_informed_at"]


def _score(value: float | None) -> str:
    return f"{value:.2f}" if value is not None else ""


def _rating(r: RatingView | None) -> Any:
    if r is None:
        return ""
    return "no evidence" if r.rating is None and r.no_evidence else r.rating


def scorecard_table(competencies: Sequence[CompetencyInfo],
                    views: Sequence[PanelView]) -> tuple[list[str], list[list[Any]]]:
    """One row per scorecard the views show (submitted, and only once the seal is open), with
    the session's decision.

    Rendered from the read model: each rating and score is given before and after the
    debrief (``<key>`` and ``<key>_post_debrief``), so no figure is left unlabelled.
    """
    header = _HEAD + [x for c in competencies for x in
                      (c.key, f"{c.key}_evidence", f"{c.key}_post_debrief")] + _TAIL
    rows = [row for v in views for row in _session_rows(competencies, v)]
    return header, rows


def _session_rows(comps: Sequence[CompetencyInfo], v: PanelView) -> list[list[Any]]:
    d = v.decision
    tail = ([d.outcome.value, d.rationale, d.decided_by, d.decided_at,
             d.candidate_informed_at or ""] if d else ["", "", "", "", ""])
    base = [v.session_id, v.candidate, v.role, v.scheduled_at, v.status.value,
            "yes" if v.interim else "no"]
    # Columns are by competency key: a role's versions share keys, not ids.
    own = {c.key: c.id for c in v.competencies}
    rows = []
    for p in v.shown:
        pre, post = p.pre, p.post
        assert pre is not None and post is not None  # shown: both are there
        ratings: list[Any] = []
        for c in comps:
            cid = own.get(c.key, "")
            before, after = pre.rating(cid), post.rating(cid)
            ratings += [_rating(before), before.evidence if before else "", _rating(after)]
        rows.append([*base, p.panelist.name, p.panelist.panel_role, p.submitted_at,
                     pre.recommendation.value if pre.recommendation else "",
                     post.recommendation.value if post.recommendation else "",
                     _score(pre.score), _score(post.score), *ratings, pre.takeaways, *tail])
    if not rows and d:
        rows.append(base + ["", "", "", "", "", "", ""] + ["", "", ""] * len(comps) + [""]
                    + tail)
    return rows
