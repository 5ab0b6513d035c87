"""The role comparison: every candidate interviewed for a role, side by side (landscape)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from interview_desk.domain.scale import SCALE
from interview_desk.reports.data import RoleReportData
from interview_desk.reports.layout import Writer, fmt_score, fmt_when, gap


def agreement_word(alpha: float) -> str:
    """A word or two for a narrow column; the footnote under the table says what they mean."""
    if alpha >= 0.8:
        return "agrees closely"
    if alpha >= 0.667:
        return "agrees in part"
    return "does not agree"


def role_story(w: Writer, data: RoleReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        w.p("Role comparison", w.s.subtitle),
        w.p(data.role, w.s.title, empty="(no name)"),
        w.p(data.description, w.s.body),
        gap(6),
        w.p("Competencies and weights", w.s.h2),
        # Columns are headed C1, C2…: names in any script and length stay readable here.
        w.p("\n".join(f"C{i}: {c.name} ({c.share * 100:.0f}%)"
                       for i, c in enumerate(data.competencies, 1)),
            empty="(no competencies)"),
        w.p("Candidates", w.s.h2),
    ]
    if not data.rows:
        story.append(w.p("No candidate has been interviewed for this role yet.", w.s.small))
        return story
    fixed = [0.15, 0.08, 0.09, 0.07]  # candidate, date, status, score
    tail = [0.135, 0.09, 0.10]  # recommendations, agreement, outcome
    comp_share = (1 - sum(fixed) - sum(tail)) / max(1, len(data.competencies))
    widths = [width * f for f in fixed] + [width * comp_share] * len(data.competencies) + \
        [width * f for f in tail]
    head = [w.head("Candidate"), w.head("Interview"), w.head("Status"), w.head("Panel score")]
    head += [w.head(f"C{i}") for i in range(1, len(data.competencies) + 1)]
    head += [w.head("Recommendations"), w.head("Agreement"), w.head("Decision")]
    rows: list[list[object]] = [head]
    for r in data.rows:
        tally = "\n".join(f"{label}: {n}" for label, n in r.tally if n)
        alpha = (f"{agreement_word(r.agreement.alpha)}\n(alpha {r.agreement.alpha:.2f})"
                 if r.agreement.alpha is not None else "not measurable")
        rows.append(
            [w.cell(r.candidate), w.cell(fmt_when(r.scheduled_at)[:10]),
             w.cell(f"{r.status}\n{r.submitted} of {r.panel_size}\nscorecards"),
             w.cell(fmt_score(r.panel_score), center=True, bold=r.panel_score is not None)]
            + [w.cell(fmt_score(r.means.get(c.id)), center=True) for c in data.competencies]
            + [w.cell(tally, empty="–"), w.cell(alpha), w.cell(r.outcome, empty="undecided")])
    story.append(w.table(rows, widths))
    story.append(gap(6))
    story.append(w.p(
        "Panel score: each competency's mean rating across submitted scorecards, weighted by "
        f"the role's weights ({SCALE.span}). Agreement: Krippendorff's ordinal alpha over the "
        "panel's "
        "ratings; 0.80 or more can be relied on, below 0.667 the panel does not agree, and "
        "below zero the panelists differ, competency by competency, more than ratings given "
        "at random would. It says how alike the ratings are, not whether the "
        "recommendations agree.",
        w.s.small))
    return story
