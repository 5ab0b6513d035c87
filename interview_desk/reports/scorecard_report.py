"""One panelist's scorecard: their ratings with evidence, recommendation, takeaways, notes."""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from interview_desk.reports.data import ScorecardReportData
from interview_desk.reports.layout import (
    SHADE,
    Writer,
    fmt_score,
    fmt_when,
    gap,
    keep_with_next,
)
from interview_desk.reports.session_report import amendments_block, notes_section


def scorecard_story(w: Writer, data: ScorecardReportData, width: float) -> list[Flowable]:
    card = data.scorecard
    p = card.panelist
    status = (f"Submitted {fmt_when(card.submitted_at)}" if card.submitted_at
              else "Draft — not submitted")
    rows = [
        [w.cell("Candidate", bold=True), w.cell(data.candidate, empty="–")],
        [w.cell("Role", bold=True), w.cell(data.role, empty="–")],
        [w.cell("Interview", bold=True), w.cell(fmt_when(data.scheduled_at), empty="–")],
        [w.cell("Panelist", bold=True),
         w.cell(p.name + (f" — {p.panel_role}" if p.panel_role else ""))],
        [w.cell("Scorecard", bold=True), w.cell(status)],
        [w.cell("Recommendation", bold=True), w.cell(card.recommendation, empty="–")],
        [w.cell("Weighted score", bold=True), w.cell(fmt_score(card.weighted_score))],
    ]
    story: list[Flowable] = [
        gap(30),
        w.p("Second interview — panelist scorecard", w.s.subtitle),
        w.p(p.name, w.s.title, empty="(no name)"),
        w.table(rows, [width * 0.24, width * 0.76], header_rows=0,
                extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)]),
        NextPageTemplate("body"),
        w.p("Ratings and evidence", w.s.h1),
    ]
    for comp in data.competencies:
        cell = card.ratings.get(comp.id)
        shown = cell.said if cell else "not rated"
        story += keep_with_next(w.p(f"{comp.name} (weight {comp.share * 100:.0f}%) — {shown}",
                                    w.s.h3), follow=26)
        story.append(w.p(cell.evidence if cell else "", w.s.quote,
                         empty="(no evidence written)"))
    story += [*keep_with_next(w.p("Key takeaways", w.s.h1), follow=26),
              w.p(card.takeaways, empty="(no takeaways written)"),
              *keep_with_next(w.p("Post-debrief changes", w.s.h1))]
    story += amendments_block(w, data.amendments, width, consolidated=False)
    story.append(PageBreak())
    story += notes_section(w, data.questions, f"Notes by {p.name}")
    return story
