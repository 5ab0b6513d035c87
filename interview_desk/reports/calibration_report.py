"""Interviewer calibration across every session (landscape): data in, flowables out.

Rendered from the same ``Calibration`` as the Calibration page; every figure there comes from
the sessions' own read models (``domain.calibration``).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from interview_desk.domain.calibration import MIN_SESSIONS, AgreementGroup, Calibration
from interview_desk.i18n import arg
from interview_desk.reports.layout import Writer, gap, keep_with_next


def _too_few(w: Writer) -> str:
    """Said wherever a figure rests on too few sessions, on the page and in the PDF alike."""
    return arg(w.tr("Fewer than %1 sessions: read these figures as anecdotes, not as a "
                    "tendency. The interval says how far the true figure could be."),
               MIN_SESSIONS)


def _explained(w: Writer) -> str:
    return arg(w.tr(
        "Score against the panel: in each session, the interviewer's weighted score minus the "
        "mean of the other panelists' scores (before the debrief), averaged over the sessions, "
        "with a 95 % interval (Student's t). Positive: rates higher than the rest of the panel "
        "(lenient); negative: lower (severe). A reading is given only when the interval leaves "
        "out zero and rests on at least %1 sessions. Recommendation against the panel: the "
        "same with Strong no = 1, No = 2, Yes = 3, Strong yes = 4. Outlier: alone at the top "
        "or bottom of a competency the panel disagreed on (ratings two or more points apart), "
        "of the competencies rated in panels of three or more. Changed after the debrief: "
        "ratings changed in the debrief, of ratings given. Time to submit: from the end of the "
        "session to the scorecard's submission. Interviewers are matched by name across "
        "sessions."), MIN_SESSIONS)


def _agreement_rows(w: Writer, groups: tuple[AgreementGroup, ...]) -> list[list[object]]:
    rows: list[list[object]] = [[w.head(""), w.head(w.tr("Sessions with alpha")),
                                 w.head(w.tr("Mean alpha")), w.head(w.tr("Lowest – highest")),
                                 w.head(w.tr("Reading"))]]
    for g in groups:
        low, high = g.low, g.high
        rows.append([w.cell(w.say(g.label), bold=True),
                     w.cell(arg(w.tr("%1 (+%2 without)"), g.n, g.unmeasurable)
                            if g.unmeasurable else f"{g.n}", center=True),
                     w.cell("–" if g.mean is None else w.num(f"{g.mean:.2f}"), center=True),
                     w.cell("–" if low is None or high is None
                            else w.num(f"{low:.2f} – {high:.2f}"), center=True),
                     w.cell(w.say(g.reading))])
    return rows


def calibration_story(w: Writer, cal: Calibration, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        w.p(w.tr("Interviewer calibration"), w.s.subtitle),
        w.p(w.tr("%n session(s) with the panel's figures open", "", cal.sessions), w.s.title),
    ]
    if not cal.sessions:
        story.append(w.p(w.tr("No interview has a complete, open panel yet: nothing to "
                              "calibrate."), w.s.body))
        return story
    if not cal.enough:
        story.append(w.p(_too_few(w), w.s.warning))
    story.append(w.p(w.tr("Interviewers"), w.s.h2))
    fractions = [0.14, 0.09, 0.13, 0.19, 0.17, 0.07, 0.08, 0.13]
    rows: list[list[object]] = [[
        w.head(w.tr("Interviewer")), w.head(w.tr("Scorecards (sessions)")),
        w.head(w.tr("Time to submit")), w.head(w.tr("Score against the panel")),
        w.head(w.tr("Recommendation against the panel")), w.head(w.tr("Outlier")),
        w.head(w.tr("Changed after debrief")), w.head(w.tr("Reading"))]]
    for i in cal.interviewers:
        rows.append([
            w.cell(i.name, bold=True), w.cell(f"{i.scorecards} ({i.sessions})", center=True),
            w.cell(w.say(i.submission_shown)), w.cell(w.say(i.score_vs_panel.shown)),
            w.cell(w.say(i.recommendation_vs_panel.shown)),
            w.cell(w.say(i.outlier.shown), center=True),
            w.cell(w.say(i.changed.shown), center=True),
            w.cell(w.say(i.score_vs_panel.reading))])
    story.append(w.table(rows, [width * f for f in fractions]))
    story.append(gap(4))
    story.append(w.p(_explained(w), w.s.small))

    story += keep_with_next(w.p(w.tr("Trend: score against the panel, per quarter"), w.s.h2),
                            follow=60)
    quarters = sorted({q.quarter for i in cal.interviewers for q in i.trend})
    if quarters:
        first = 0.18
        trend: list[list[object]] = [[w.head(w.tr("Interviewer")),
                                      *[w.head(w.say(q)) for q in quarters]]]
        for i in cal.interviewers:
            by = {q.quarter: q for q in i.trend}
            trend.append([w.cell(i.name, bold=True), *[
                w.cell(by[q].shown if q in by else "–", center=True) for q in quarters]])
        story.append(w.table(trend, [width * first] + [width * (1 - first) / len(quarters)]
                             * len(quarters)))
    story += keep_with_next(w.p(w.tr("Agreement (Krippendorff's ordinal alpha) per role"),
                                w.s.h2), follow=60)
    widths = [width * f for f in (0.3, 0.15, 0.12, 0.16, 0.27)]
    story.append(w.table(_agreement_rows(w, cal.by_role), widths))
    story += keep_with_next(w.p(w.tr("Agreement per quarter"), w.s.h2), follow=60)
    story.append(w.table(_agreement_rows(w, cal.by_quarter), widths))
    story.append(gap(4))
    story.append(w.p(w.tr("Each session's alpha is the one its debrief and report show; 0.80 or "
                          "more can be relied on, below 0.667 the panel does not agree."),
                     w.s.small))
    return story
