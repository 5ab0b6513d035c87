"""The consolidated session report: the record of the panel's evidence and decision."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
)

from interview_desk.reports.chart import ratings_chart
from interview_desk.reports.data import (
    AmendmentInfo,
    CompetencyInfo,
    NoteInfo,
    QuestionInfo,
    ScorecardInfo,
    SessionReportData,
)
from interview_desk.reports.layout import SHADE, Writer, fmt_score, fmt_when, gap

STAR_PARTS = (("Situation", "situation"), ("Task", "task"), ("Action", "action"),
              ("Result", "result"))


def session_story(w: Writer, data: SessionReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    story += _cover(w, data, width)
    story += [NextPageTemplate("body"), PageBreak()]
    story += _summary(w, data, width)
    story += [gap(8), w.p("Ratings by competency", w.s.h2)]
    if data.scorecards:
        story += ratings_chart(w, data.competencies, data.scorecards, data.means, width)
    else:
        story.append(w.p("No scorecard has been submitted yet.", w.s.small))
    story += [gap(8), w.p("Scorecard matrix", w.s.h2),
              matrix_table(w, data.competencies, data.scorecards, data.means, width)]
    story += _evidence(w, data)
    story += _concerns(w, data)
    story += notes_section(w, data.questions, "Interview notes")
    story += _candidate_questions(w, data)
    story += _preview(w, data, width)
    story += _takeaways(w, data.scorecards)
    story += [CondPageBreak(120), w.p("Post-debrief changes", w.s.h1)]
    story += amendments_block(w, data.amendments, width)
    return story


def _cover(w: Writer, data: SessionReportData, width: float) -> list[Flowable]:
    decision = data.decision
    outcome = decision.outcome if decision else "No decision recorded yet"
    panel = "\n".join(
        p.name + (f" — {p.panel_role}" if p.panel_role else "") + (" (lead)" if p.is_lead else "")
        for p in data.panel)
    rows = [
        [w.cell("Date", bold=True), w.cell(fmt_when(data.scheduled_at), empty="–")],
        [w.cell("Location", bold=True), w.cell(data.location, empty="–")],
        [w.cell("Panel", bold=True), w.cell(panel, empty="–")],
        [w.cell("Outcome", bold=True), w.cell(outcome)],
        [w.cell("Status", bold=True), w.cell(data.status)],
    ]
    return [
        gap(60),
        w.p("Second interview — consolidated panel report", w.s.subtitle),
        w.p(data.candidate, w.s.title, empty="(no name)"),
        w.p(data.role, w.s.subtitle, empty="(no role)"),
        w.table(rows, [width * 0.22, width * 0.78], header_rows=0,
                extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)]),
        gap(24),
        w.p("Confidential: personal data about a candidate. Share only with the hiring "
            "committee, and delete when the retention period ends.", w.s.small),
    ]


def _tally_text(tally: Sequence[tuple[str, int]]) -> str:
    return " · ".join(f"{label} {count}" for label, count in tally)


def _summary(w: Writer, data: SessionReportData, width: float) -> list[Flowable]:
    a = data.agreement
    score = fmt_score(data.panel_score) + " of 4" if data.panel_score is not None else \
        "not available (no ratings)"
    if data.amended_panel_score is not None:
        score += f" (after post-debrief changes: {fmt_score(data.amended_panel_score)})"
    submitted = f"{len(data.scorecards)} of {len(data.panel)}"
    if data.pending:
        submitted += " — not submitted: " + ", ".join(data.pending)
    icc = f"ICC(2,1) {a.icc:.2f}" if a.icc is not None else "ICC not available"
    rows = [
        [w.cell("Panel weighted score", bold=True), w.cell(score)],
        [w.cell("Recommendations", bold=True), w.cell(_tally_text(data.tally))],
        [w.cell("Agreement", bold=True), w.cell(f"{a.reading} ({icc}.)")],
        [w.cell("Scorecards submitted", bold=True), w.cell(submitted)],
    ]
    d = data.decision
    if d is not None:
        by = f" — by {d.decided_by}" if d.decided_by else ""
        rows.append([w.cell("Decision", bold=True),
                     w.cell(f"{d.outcome}{by}, {fmt_when(d.decided_at)}")])
    else:
        rows.append([w.cell("Decision", bold=True), w.cell("No decision recorded yet.")])
    story: list[Flowable] = [
        w.p("Summary", w.s.h1),
        w.table(rows, [width * 0.26, width * 0.74], header_rows=0,
                extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)]),
    ]
    if d is not None:
        story += [w.p("Rationale", w.s.label), w.p(d.rationale, empty="(no rationale written)")]
    return story


def matrix_table(w: Writer, competencies: Sequence[CompetencyInfo],
                 cards: Sequence[ScorecardInfo], means: dict[str, float | None],
                 width: float) -> Flowable:
    """Competencies × panelists, with weight, mean and range; the header repeats per page."""
    name_w, weight_w = width * 0.26, width * 0.09
    rest = width - name_w - weight_w
    n = len(cards)
    col_w = rest / (n + 2)
    head = [w.head("Competency"), w.head("Weight")] + \
        [w.head(c.panelist.name) for c in cards] + [w.head("Mean"), w.head("Range")]
    rows: list[list[object]] = [head]
    for comp in competencies:
        cells = [card.ratings.get(comp.id) for card in cards]
        rated = [c.rating for c in cells if c is not None and c.rating is not None]
        spread = f"{min(rated)}–{max(rated)}" if rated else "–"
        rows.append([w.cell(comp.name), w.cell(f"{comp.share * 100:.0f}%", center=True)]
                    + [w.cell(c.shown if c else "–", center=True) for c in cells]
                    + [w.cell(fmt_score(means.get(comp.id)), center=True),
                       w.cell(spread, center=True)])
    rows.append([w.cell("Weighted score", bold=True), w.cell("")]
                + [w.cell(fmt_score(c.weighted_score), center=True) for c in cards]
                + [w.cell(""), w.cell("")])
    rows.append([w.cell("Recommendation", bold=True), w.cell("")]
                + [w.cell(c.recommendation, center=True, empty="–") for c in cards]
                + [w.cell(""), w.cell("")])
    widths = [name_w, weight_w] + [col_w] * n + [col_w, col_w]
    return w.table(rows, widths, extra=[
        ("BACKGROUND", (0, -2), (-1, -1), SHADE),
        ("LINEABOVE", (0, -2), (-1, -2), 1.0, colors.black)])


def _evidence(w: Writer, data: SessionReportData) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(120), w.p("Evidence by competency", w.s.h1)]
    for comp in data.competencies:
        story.append(w.p(f"{comp.name} (weight {comp.share * 100:.0f}%)", w.s.h2))
        any_quote = False
        for card in data.scorecards:
            cell = card.ratings.get(comp.id)
            if cell is None:
                continue
            any_quote = True
            story.append(w.p(f"{card.panelist.name} — rating {cell.shown}", w.s.label))
            story.append(w.p(cell.evidence, w.s.quote, empty="(no evidence written)"))
        if not any_quote:
            story.append(w.p("No ratings for this competency.", w.s.small))
    return story


def _concerns(w: Writer, data: SessionReportData) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(120), w.p("First-round concerns", w.s.h1),
                             w.p("What the first round found", w.s.label),
                             w.p(data.first_round_summary, empty="(no summary)")]
    if not data.concerns:
        story.append(w.p("The first round left no concerns to probe.", w.s.small))
    for i, c in enumerate(data.concerns, 1):
        story.append(w.p(f"Concern {i}" + (" (lead only)" if c.lead_only else ""), w.s.h3))
        story.append(w.p(c.text, w.s.quote))
        if c.question:
            story.append(w.labelled("To probe with", c.question, w.s.small))
        if c.addressed:
            who = f" by {c.addressed_by}" if c.addressed_by else ""
            story.append(w.p(f"Addressed — marked{who} at {fmt_when(c.addressed_at)}.",
                             w.s.label))
            if c.note:
                story.append(w.p(c.note, w.s.quote))
        else:
            story.append(w.p("Not marked as addressed in this interview.", w.s.label))
    return story


def note_flowables(w: Writer, note: NoteInfo) -> list[Flowable]:
    """One panelist's note: STAR parts labelled, free text, flags; a skipped question says so."""
    out: list[Flowable] = [w.p(note.panelist, w.s.label)]
    if note.skipped:
        out.append(w.p("Question skipped.", w.s.small))
    # Only the STAR parts that were written: empty labels would read as missing evidence.
    parts = [(label, getattr(note, attr)) for label, attr in STAR_PARTS]
    for label, text in parts:
        if text.strip():
            out.append(w.labelled(label, text, w.s.quote))
    if note.text.strip():
        out.append(w.p(note.text, w.s.quote))
    elif not note.skipped and not any(text.strip() for _label, text in parts):
        out.append(w.p("(no notes)", w.s.small))
    for flag in note.flags:
        out.append(w.p(flag, w.s.small))
    if note.competencies:
        out.append(w.labelled("Evidence for", ", ".join(note.competencies), w.s.small))
    return out


def notes_section(w: Writer, questions: Sequence[QuestionInfo], title: str) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(120), w.p(title, w.s.h1)]
    section = None
    shown = 0
    for q in questions:
        if not q.notes:
            continue
        # A heading never ends a page: start a new one unless there is room for the
        # heading and a few lines of its first note (a long note then splits as it must).
        if q.section != section:
            section = q.section
            story += [CondPageBreak(140), w.p(section, w.s.h2)]
        else:
            story.append(CondPageBreak(110))
        shown += 1
        meta = q.kind + (f" · asked by {q.asked_by}" if q.asked_by else "")
        story += [w.p(q.text, w.s.h3), w.p(meta, w.s.small)]
        for note in q.notes:
            story += note_flowables(w, note)
    if not shown:
        story.append(w.p("No notes were taken.", w.s.small))
    return story


def _candidate_questions(w: Writer, data: SessionReportData) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(100), w.p("The candidate's questions", w.s.h1)]
    if not data.candidate_questions:
        story.append(w.p("No questions from the candidate were recorded.", w.s.small))
    for i, cq in enumerate(data.candidate_questions, 1):
        story.append(w.p(f"Question {i}" + (f" (noted by {cq.noted_by})" if cq.noted_by else ""),
                         w.s.label))
        story.append(w.p(cq.text, w.s.quote))
        story.append(w.labelled("Answer", cq.answer or "(no answer noted)", w.s.quote))
    return story


def _preview(w: Writer, data: SessionReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(100), w.p("Realistic job preview", w.s.h1)]
    if not data.preview:
        story.append(w.p("The kit has no job-preview talking points.", w.s.small))
        return story
    covered = sum(p.covered for p in data.preview)
    story.append(w.p(f"{covered} of {len(data.preview)} talking points covered."))
    rows: list[list[object]] = [[w.head("Talking point"), w.head("Covered")]]
    for point in data.preview:
        rows.append([w.cell(point.text), w.cell("✓ yes" if point.covered else "✗ no",
                                                center=True)])
    story.append(w.table(rows, [width * 0.82, width * 0.18]))
    return story


def _takeaways(w: Writer, cards: Sequence[ScorecardInfo]) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(100), w.p("Key takeaways", w.s.h1)]
    if not cards:
        story.append(w.p("No scorecard has been submitted yet.", w.s.small))
    for card in cards:
        rec = f" — {card.recommendation}" if card.recommendation else ""
        story.append(w.p(card.panelist.name + rec, w.s.h3))
        story.append(w.p(card.takeaways, w.s.quote, empty="(no takeaways written)"))
    return story


def amendments_block(w: Writer, amendments: Sequence[AmendmentInfo], width: float, *,
                     consolidated: bool = True) -> list[Flowable]:
    if not amendments:
        return [w.p("No scorecard was changed after the debrief; the ratings above are the "
                    "independent ones.", w.s.small)]
    intro: Paragraph = w.p(
        "Ratings and recommendations changed after the debrief, beside the independently "
        "submitted originals."
        + (" The matrix and chart above show the originals." if consolidated else ""))
    rows: list[list[object]] = [[w.head("Panelist"), w.head("Item"), w.head("Original"),
                                 w.head("Amended"), w.head("Reason"), w.head("When")]]
    for a in amendments:
        original = a.original + (f"\n{a.original_evidence}" if a.original_evidence else "")
        amended = a.amended + (f"\n{a.amended_evidence}" if a.amended_evidence else "")
        rows.append([w.cell(a.panelist), w.cell(a.item), w.cell(original, empty="–"),
                     w.cell(amended, empty="–"), w.cell(a.reason, empty="–"),
                     w.cell(fmt_when(a.amended_at))])
    widths = [width * f for f in (0.14, 0.17, 0.19, 0.19, 0.19, 0.12)]
    return [intro, w.table(rows, widths)]
