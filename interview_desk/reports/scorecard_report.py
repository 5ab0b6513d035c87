"""One panelist's scorecard: their ratings with evidence, recommendation, takeaways, notes.

Rendered from that panelist's own view of the session (``Viewer.panelist``): their card, their
changes after the debrief and their own notes, nobody else's.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from interview_desk.domain.debrief import PanelistView, PanelView
from interview_desk.i18n import arg
from interview_desk.reports.layout import (
    SHADE,
    Writer,
    gap,
    keep_with_next,
)
from interview_desk.reports.session_report import (
    amendments_block,
    note_flowables,
    notes_section,
    pinned_quotes,
    transcript_section,
)


def own_card(v: PanelView) -> PanelistView:
    """The looker's own entry in their view."""
    return next(p for p in v.panelists if p.panelist.id == v.viewer.panelist_id)


def scorecard_story(w: Writer, v: PanelView, width: float) -> list[Flowable]:
    me = own_card(v)
    p = me.panelist
    pre, post = me.pre, me.post
    status = (arg(w.tr("Submitted %1"), w.when(me.submitted_at or "")) if me.submitted
              else w.tr("Draft — not submitted"))
    rec = w.say(pre.recommendation.label) if pre and pre.recommendation else ""
    score = w.score(pre.score if pre else None)
    if me.submitted:
        before = w.tr("%1 (before the debrief)")
        after = w.tr("%1; %2 (after the debrief)")
        rec = arg(before, rec) if rec else ""
        score = arg(before, score)
        if post is not None and me.amendments:
            if post.recommendation != (pre.recommendation if pre else None) \
                    and post.recommendation is not None:
                rec = arg(after, rec, w.say(post.recommendation.label))
            score = arg(after, score, w.score(post.score))
    rows = [
        [w.cell(w.tr("Candidate"), bold=True), w.cell(v.candidate, empty="–")],
        [w.cell(w.tr("Role"), bold=True), w.cell(v.role, empty="–")],
        [w.cell(w.tr("Interview"), bold=True), w.cell(w.when(v.scheduled_at), empty="–")],
        [w.cell(w.tr("Panelist"), bold=True),
         w.cell(arg(w.tr("%1 — %2"), p.name, p.panel_role) if p.panel_role else p.name)],
        [w.cell(w.tr("Scorecard"), bold=True), w.cell(status)],
        [w.cell(w.tr("Recommendation"), bold=True), w.cell(rec, empty="–")],
        [w.cell(w.tr("Weighted score"), bold=True), w.cell(score)],
    ]
    story: list[Flowable] = [
        gap(30),
        w.p(w.tr("Second interview — panelist scorecard"), w.s.subtitle),
        w.p(p.name, w.s.title, empty=w.tr("(no name)")),
        w.table(rows, [width * 0.24, width * 0.76], header_rows=0,
                extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)]),
        NextPageTemplate("body"),
        w.p(w.tr("Ratings and evidence — before the debrief") if me.submitted
            else w.tr("Ratings and evidence"), w.s.h1),
    ]
    for comp in v.competencies:
        cell = pre.rating(comp.id) if pre else None
        shown = w.say(cell.said) if cell else w.tr("not rated")
        story += keep_with_next(w.p(arg(w.tr("%1 (weight %2%) — %3"), comp.name,
                                        f"{comp.share * 100:.0f}", shown), w.s.h3), follow=26)
        story.append(w.p(cell.evidence if cell else "", w.s.quote,
                         empty=w.tr("(no evidence written)")))
        story += pinned_quotes(w, v.transcript.pins_for(p.id, comp.key))
    story += [*keep_with_next(w.p(w.tr("Key takeaways"), w.s.h1), follow=26),
              w.p(pre.takeaways if pre else "", empty=w.tr("(no takeaways written)")),
              *keep_with_next(w.p(w.tr("Post-debrief changes"), w.s.h1))]
    story += amendments_block(w, me.amendments, width, consolidated=False)
    story.append(PageBreak())
    story += notes_section(w, v.questions, arg(w.tr("Notes by %1"), p.name))
    talked = [point for point in v.preview if point.notes]
    if talked:
        story.append(w.p(w.tr("Job-preview talking points"), w.s.h2))
    for point in talked:
        story += keep_with_next(w.kit_text(point.text, w.s.h3), follow=42)
        for note in point.notes:
            story += note_flowables(w, note)
    if v.candidate_questions:
        story.append(w.p(w.tr("The candidate's questions"), w.s.h2))
    for cq in v.candidate_questions:
        story += [w.p(cq.text, w.s.quote),
                  w.labelled(w.tr("Answer"), cq.answer or w.tr("(no answer noted)"),
                             w.s.quote)]
    story += transcript_section(w, v)
    return story
