"""The role comparison: every candidate interviewed for a role, side by side (landscape).

Rendered from the same ``RoleComparison`` as the Role comparison page: held interviews only,
each figure that session's own view's, labelled before/after the debrief.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from interview_desk.domain.calibration import time_to_decision
from interview_desk.domain.debrief import ComparisonRow, RoleComparison
from interview_desk.domain.scale import SCALE
from interview_desk.i18n import arg
from interview_desk.reports.layout import Writer, gap


def agreement_word(w: Writer, alpha: float) -> str:
    """A word or two for a narrow column; the footnote under the table says what they mean."""
    if alpha >= 0.8:
        return w.tr("agrees closely")
    if alpha >= 0.667:
        return w.tr("agrees in part")
    return w.tr("does not agree")


def _after(w: Writer, r: ComparisonRow) -> str:
    """The post-debrief score, or "unchanged" when the debrief changed nothing."""
    if r.pre is None or r.post is None:
        return w.tr("sealed")
    if r.post.panel_score == r.pre.panel_score:
        return w.tr("unchanged")
    return w.score(r.post.panel_score)


def role_story(w: Writer, data: RoleComparison, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        w.p(w.tr("Role comparison"), w.s.subtitle),
        w.p(data.role, w.s.title, empty=w.tr("(no name)")),
        w.p(data.description, w.s.body),
        gap(6),
        w.p(w.tr("Competencies and weights"), w.s.h2),
        # Columns are headed C1, C2…: names in any script and length stay readable here.
        w.p("\n".join(f"C{i}: {c.name} ({c.share * 100:.0f}%)"
                       for i, c in enumerate(data.competencies, 1)),
            empty=w.tr("(no competencies)")),
        w.p(w.tr("Candidates (held interviews only)"), w.s.h2),
    ]
    if not data.rows:
        story.append(w.p(w.tr("No candidate has been interviewed for this role yet."),
                         w.s.small))
        return story
    fixed = [0.13, 0.08, 0.09, 0.07, 0.07]  # candidate, date, status, score before, after
    tail = [0.125, 0.09, 0.09]  # recommendations, agreement, outcome
    comp_share = (1 - sum(fixed) - sum(tail)) / max(1, len(data.competencies))
    widths = [width * f for f in fixed] + [width * comp_share] * len(data.competencies) + \
        [width * f for f in tail]
    head = [w.head(w.tr("Candidate")), w.head(w.tr("Interview")), w.head(w.tr("Status")),
            w.head(w.tr("Score before the debrief")), w.head(w.tr("Score after the debrief"))]
    head += [w.head(f"C{i}") for i in range(1, len(data.competencies) + 1)]
    head += [w.head(w.tr("Recommendations before the debrief")),
             w.head(w.tr("Agreement before the debrief")),
             w.head(w.tr("Decision", "table heading"))]
    rows: list[list[object]] = [head]
    for r in data.rows:
        status = arg(w.tr("%1\n%2 of %3\nscorecards"), w.say(r.status.label), r.submitted,
                     r.panel_size)
        if r.pre is None:
            sealed = w.tr("sealed")
            figures = [w.cell(sealed, center=True), w.cell(sealed, center=True)]
            means = [w.cell("–", center=True) for _c in data.competencies]
            tally, alpha = sealed, sealed
        else:
            figures = [w.cell(w.score(r.pre.panel_score), center=True,
                              bold=r.pre.panel_score is not None),
                       w.cell(_after(w, r), center=True)]
            means = [w.cell(w.score(r.mean(c.key)), center=True)
                     for c in data.competencies]
            tally = "\n".join(f"{w.say(rec.label)}: {n}" for rec, n in r.pre.tally if n)
            a = r.pre.agreement.alpha
            alpha = (arg(w.tr("%1\n(alpha %2)"), agreement_word(w, a), w.num(f"{a:.2f}"))
                     if a is not None else w.tr("not measurable"))
        rows.append([w.cell(r.candidate), w.cell(w.day(r.scheduled_at)),
                     w.cell(status), *figures, *means, w.cell(tally, empty="–"),
                     w.cell(alpha),
                     w.cell(w.say(r.decision.label) if r.decision else "",
                            empty=w.tr("undecided"))])
    # the footnote explains the table: it never sits alone on a page
    story += w.table_then(rows, w.fit_words(rows, widths), [gap(6), w.p(arg(w.tr(
        "Score before the debrief: each competency's mean rating across the independently "
        "submitted scorecards, weighted by the role's weights (%1); the competency columns and "
        "the recommendations are before the debrief too. Score after the debrief: the same "
        "with the changes made in the debrief. Agreement: Krippendorff's ordinal alpha over "
        "the panel's independent ratings; 0.80 or more can be relied on, below 0.667 the "
        "panel does not agree, and below zero the panelists differ, competency by competency, "
        "more than ratings given at random would. It says how alike the ratings are, not "
        "whether the recommendations agree. A sealed panel's figures are shown once every "
        "panelist has submitted."), SCALE.span),
        w.s.small)])
    story.append(KeepTogether([
        w.p(w.tr("Time to decision"), w.s.h2),
        w.p("\n".join(w.say(line) for line in time_to_decision(data.rows).lines())),
        w.p(w.tr("Calendar days from the interview (the candidate waits on weekends too)."),
            w.s.small)]))
    return story
