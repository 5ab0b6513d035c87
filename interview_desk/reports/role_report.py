"""The role comparison: every candidate interviewed for a role, side by side (landscape).

Rendered from the same ``RoleComparison`` as the Role comparison page: held interviews only,
each figure that session's own view's, labelled before/after the debrief.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from interview_desk.domain.calibration import time_to_decision
from interview_desk.domain.debrief import ComparisonRow, RoleComparison
from interview_desk.domain.scale import SCALE
from interview_desk.reports.layout import Writer, fmt_score, fmt_when, gap
from interview_desk.reports.session_report import POST, PRE


def agreement_word(alpha: float) -> str:
    """A word or two for a narrow column; the footnote under the table says what they mean."""
    if alpha >= 0.8:
        return "agrees closely"
    if alpha >= 0.667:
        return "agrees in part"
    return "does not agree"


def _after(r: ComparisonRow) -> str:
    """The post-debrief score, or "unchanged" when the debrief changed nothing."""
    if r.pre is None or r.post is None:
        return "sealed"
    if r.post.panel_score == r.pre.panel_score:
        return "unchanged"
    return fmt_score(r.post.panel_score)


def role_story(w: Writer, data: RoleComparison, width: float) -> list[Flowable]:
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
        w.p("Candidates (held interviews only)", w.s.h2),
    ]
    if not data.rows:
        story.append(w.p("No candidate has been interviewed for this role yet.", w.s.small))
        return story
    fixed = [0.13, 0.08, 0.09, 0.07, 0.07]  # candidate, date, status, score before, after
    tail = [0.125, 0.09, 0.09]  # recommendations, agreement, outcome
    comp_share = (1 - sum(fixed) - sum(tail)) / max(1, len(data.competencies))
    widths = [width * f for f in fixed] + [width * comp_share] * len(data.competencies) + \
        [width * f for f in tail]
    head = [w.head("Candidate"), w.head("Interview"), w.head("Status"),
            w.head(f"Score {PRE}"), w.head(f"Score {POST}")]
    head += [w.head(f"C{i}") for i in range(1, len(data.competencies) + 1)]
    head += [w.head(f"Recommendations {PRE}"), w.head(f"Agreement {PRE}"),
             w.head("Decision")]
    rows: list[list[object]] = [head]
    for r in data.rows:
        status = f"{r.status.value.capitalize()}\n{r.submitted} of {r.panel_size}\nscorecards"
        if r.pre is None:
            figures = [w.cell("sealed", center=True), w.cell("sealed", center=True)]
            means = [w.cell("–", center=True) for _c in data.competencies]
            tally, alpha = "sealed", "sealed"
        else:
            figures = [w.cell(fmt_score(r.pre.panel_score), center=True,
                              bold=r.pre.panel_score is not None),
                       w.cell(_after(r), center=True)]
            means = [w.cell(fmt_score(r.mean(c.key)), center=True)
                     for c in data.competencies]
            tally = "\n".join(f"{rec.label}: {n}" for rec, n in r.pre.tally if n)
            a = r.pre.agreement.alpha
            alpha = (f"{agreement_word(a)}\n(alpha {a:.2f})" if a is not None
                     else "not measurable")
        rows.append([w.cell(r.candidate), w.cell(fmt_when(r.scheduled_at)[:10]),
                     w.cell(status), *figures, *means, w.cell(tally, empty="–"),
                     w.cell(alpha),
                     w.cell(r.decision.label if r.decision else "", empty="undecided")])
    # the footnote explains the table: it never sits alone on a page
    story += w.table_then(rows, widths, [gap(6), w.p(
        f"Score {PRE}: each competency's mean rating across the independently submitted "
        f"scorecards, weighted by the role's weights ({SCALE.span}); the competency columns and "
        "the "
        f"recommendations are {PRE} too. Score {POST}: the same with the changes made in "
        "the debrief. Agreement: Krippendorff's ordinal alpha over the panel's independent "
        "ratings; 0.80 or more can be relied on, below 0.667 the panel does not agree, and "
        "below zero the panelists differ, competency by competency, more than ratings given "
        "at random would. It says how alike the ratings are, not whether the "
        "recommendations agree. A sealed panel's figures are shown once every panelist has "
        "submitted.",
        w.s.small)])
    story.append(KeepTogether([
        w.p("Time to decision", w.s.h2),
        w.p("\n".join(time_to_decision(data.rows).lines())),
        w.p("Calendar days from the interview (the candidate waits on weekends too).",
            w.s.small)]))
    return story
