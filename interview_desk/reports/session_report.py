"""The consolidated session report: the record of the panel's evidence and decision."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
)

from interview_desk.domain.scale import SCALE
from interview_desk.reports.chart import ratings_chart
from interview_desk.reports.data import (
    AmendmentInfo,
    CompetencyInfo,
    NoteInfo,
    QuestionInfo,
    ScorecardInfo,
    SessionReportData,
)
from interview_desk.reports.layout import (
    SHADE,
    Writer,
    fmt_score,
    fmt_when,
    gap,
    keep_with_next,
)

STAR_PARTS = (("Situation", "situation"), ("Task", "task"), ("Action", "action"),
              ("Result", "result"))


def session_story(w: Writer, data: SessionReportData, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    story += _cover(w, data, width)
    story += [NextPageTemplate("body"), PageBreak()]
    story += _summary(w, data, width)
    if data.scorecards:
        # Chart and matrix are read as a whole: each stays on one page when it fits one.
        story += [gap(8), KeepTogether(
            [w.p("Ratings by competency", w.s.h2),
             *ratings_chart(w, data.competencies, data.scorecards, data.means, width)])]
        story += [gap(8), KeepTogether(
            [w.p("Scorecard matrix", w.s.h2),
             *matrix_flowables(w, data.competencies, data.scorecards, data.means, width)])]
    else:
        story += [gap(8), w.p("Ratings by competency", w.s.h2),
                  w.p("No scorecard has been submitted yet: there are no ratings to chart "
                      "or compare.", w.s.small)]
    story += _evidence(w, data)
    story += _concerns(w, data)
    story += notes_section(w, data.questions, "Interview notes")
    story += _candidate_questions(w, data)
    story += _preview(w, data, width)
    story += _takeaways(w, data.scorecards)
    story += [CondPageBreak(120), *keep_with_next(w.p("Post-debrief changes", w.s.h1))]
    story += amendments_block(w, data.amendments, width)
    return story


def _cover(w: Writer, data: SessionReportData, width: float) -> list[Flowable]:
    decision = data.decision
    outcome = "No decision recorded yet"
    if decision is not None:
        by = f" by {decision.decided_by}" if decision.decided_by else ""
        outcome = f"{decision.outcome} — decided{by}, {fmt_when(decision.decided_at)}"
    panel = "\n".join(
        p.name + (f" — {p.panel_role}" if p.panel_role else "") + (" (lead)" if p.is_lead else "")
        for p in data.panel)
    rows = [
        [w.cell("Date", bold=True), w.cell(fmt_when(data.scheduled_at), empty="–")],
        [w.cell("Location", bold=True), w.cell(data.location, empty="–")],
        [w.cell("Panel", bold=True), w.cell(panel, empty="–")],
        [w.cell("Outcome", bold=True), w.cell(outcome, bold=decision is not None)],
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


def _all_ratings(data: SessionReportData) -> list[int]:
    return [cell.rating for card in data.scorecards for cell in card.ratings.values()
            if cell.rating is not None]


def agreement_in_words(data: SessionReportData) -> str:
    """What the agreement figure means for this decision, in plain words for the committee.

    A bare alpha (or a negative one beside a unanimous "hire") reads as a contradiction; what
    it says is how consistently the panelists rated competency by competency, which is a
    different question from whether they agree on the verdict.
    """
    alpha = data.agreement.alpha
    counts = dict(data.tally)
    yes = counts.get("Strong yes", 0) + counts.get("Yes", 0)
    no = counts.get("No", 0) + counts.get("Strong no", 0)
    given = yes + no
    if given == 0:
        verdict = "No panelist has given an overall recommendation yet."
    elif no == 0:
        verdict = (f"Every panelist who recommended ({yes} of {given}) recommended hiring."
                   if given > 1 else "The one recommendation given is to hire.")
    elif yes == 0:
        verdict = (f"Every panelist who recommended ({no} of {given}) recommended against "
                   "hiring." if given > 1 else "The one recommendation given is not to hire.")
    else:
        verdict = f"The recommendations are split: {yes} for hiring, {no} against."
    if alpha is None:
        return ("There are too few ratings to measure how far the panel agreed, competency "
                "by competency. " + verdict)
    ratings = _all_ratings(data)
    spread = (f" All ratings lie between {min(ratings)} and {max(ratings)} on the "
              f"{SCALE.span} scale." if ratings else "")
    if alpha >= 0.8:
        return ("The panelists rated each competency much alike, so the combined score "
                "reflects a shared view. " + verdict)
    if alpha >= 0.667:
        return ("The panelists rated the competencies broadly alike, with some differences; "
                "read the combined score as tentative. " + verdict)
    if alpha < 0:
        what = ("The figure is below zero: competency by competency, the panelists differed "
                "more than ratings given at random would. Where one rated a competency high, "
                "another rated it lower, so they do not share a view of the candidate's "
                "strengths and weaknesses.")
    else:
        what = ("The figure is low: competency by competency, the panelists differed about as "
                "much as ratings given at random would, so they do not share a view of the "
                "candidate's strengths and weaknesses.")
    few = (f" It rests on only {data.agreement_units} competencies, so one rating moved by "
           "one point can change it a lot." if 0 < data.agreement_units < 10 else "")
    if given and (yes == 0 or no == 0):
        so = (" So the panel agrees on the verdict but not on the profile: the per-competency "
              "scores are uncertain, the overall recommendation is not.")
        if data.decision is not None:
            so += (f" The decision ({data.decision.outcome}) rests on the recommendations and "
                   "the evidence, not on the combined score.")
    else:
        so = ""
        if data.decision is not None:
            so = (f" The decision ({data.decision.outcome}) was taken despite this "
                  "disagreement; the rationale should say how it was resolved.")
    return f"{what}{few}{spread} {verdict}{so}"


def independence_in_words(data: SessionReportData) -> str:
    """Whether the ratings were given independently (the sealed-until-all-submitted rule)."""
    u = data.unsealed
    if u is None:
        if data.pending:
            return "The other ratings stay sealed until every panelist has submitted."
        return "Every panelist submitted before seeing anyone else's ratings."
    by = u.by or "The lead"
    text = (f"{by} opened the consolidated view early, on {fmt_when(u.at)}, before every "
            "scorecard was in")
    text += f" (reason given: {u.reason})." if u.reason else " (no reason given)."
    if u.submitted_after:
        text += (" Submitted after that, so possibly influenced by the others' ratings: "
                 + ", ".join(u.submitted_after) + ".")
    else:
        text += " Every scorecard shown here was submitted before that."
    return text


def _summary(w: Writer, data: SessionReportData, width: float) -> list[Flowable]:
    a = data.agreement
    score = fmt_score(data.panel_score) + " of 4" if data.panel_score is not None else \
        "not available (no ratings)"
    if data.amended_panel_score is not None:
        score += f" (after post-debrief changes: {fmt_score(data.amended_panel_score)})"
    submitted = f"{len(data.scorecards)} of {len(data.panel)}"
    if data.pending:
        submitted += " — not submitted: " + ", ".join(data.pending)
    icc = f"intraclass correlation ICC(2,1) {a.icc:.2f}" if a.icc is not None else \
        "ICC not available"
    rows = [
        [w.cell("Panel weighted score", bold=True), w.cell(score)],
        [w.cell("Recommendations", bold=True), w.cell(_tally_text(data.tally))],
        [w.cell("Scorecards submitted", bold=True), w.cell(submitted)],
        [w.cell("Independence", bold=True), w.cell(independence_in_words(data))],
    ]
    d = data.decision
    if d is not None:
        by = f" — decided by {d.decided_by}" if d.decided_by else ""
        rows.append([w.cell("Decision", bold=True),
                     w.cell(f"{d.outcome}{by}, {fmt_when(d.decided_at)}", bold=True)])
    else:
        rows.append([w.cell("Decision", bold=True), w.cell("No decision recorded yet.")])
    # The agreement sits right under the decision: the committee reads them together.
    rows.append([w.cell("Agreement", bold=True), w.cell(f"{a.reading} ({icc}.)")])
    rows.append([w.cell("What the agreement means here", bold=True),
                 w.cell(agreement_in_words(data))])
    story: list[Flowable] = [
        w.p("Summary", w.s.h1),
        w.table(rows, [width * 0.26, width * 0.74], header_rows=0,
                extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)]),
    ]
    if d is not None:
        story += [gap(6), *keep_with_next(w.p("Rationale", w.s.label), follow=26),
                  w.p(d.rationale, empty="(no rationale written)")]
    return story


CELL_PADDING = 8.0  # the table's left + right padding


def _fit(w: Writer, heading: str) -> float:
    """A figures' column just wide enough for its bold heading, so the panelists' columns
    get the rest of the line."""
    return float(w.head(heading).minWidth()) + CELL_PADDING + 1


def _heads_fit(w: Writer, names: Sequence[str], col_w: float) -> bool:
    """True when every word of every name fits its column (no word broken mid-letter)."""
    return all(w.head(name).minWidth() <= col_w - CELL_PADDING for name in names)


def matrix_flowables(w: Writer, competencies: Sequence[CompetencyInfo],
                     cards: Sequence[ScorecardInfo], means: dict[str, float | None],
                     width: float) -> list[Flowable]:
    """Competencies × panelists, with weight, mean and range; the header repeats per page.

    Panelists' names head their columns when every word fits; with a large panel or long names
    the columns are headed P1, P2… and a key under the table gives the full names, rather than
    breaking a name in the middle of a word.
    """
    n = len(cards)
    name_w = width * (0.30 if n <= 4 else 0.25)
    weight_w, mean_w, range_w = _fit(w, "Weight"), _fit(w, "Mean"), _fit(w, "Range")
    col_w = (width - name_w - weight_w - mean_w - range_w) / max(1, n)
    names = [c.panelist.name for c in cards]
    numbered = not _heads_fit(w, names, col_w)
    head = [w.head("Competency"), w.head("Weight")] + \
        [w.head(f"P{i}" if numbered else name) for i, name in enumerate(names, 1)] + \
        [w.head("Mean"), w.head("Range")]
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
    widths = [name_w, weight_w] + [col_w] * n + [mean_w, range_w]
    out: list[Flowable] = [w.table(rows, widths, extra=[
        ("BACKGROUND", (0, -2), (-1, -1), SHADE),
        ("LINEABOVE", (0, -2), (-1, -2), 1.0, colors.black)])]
    key = "n/e: rated “no evidence”; –: not rated."
    if numbered:
        key = "  ·  ".join(f"P{i}: {name}" for i, name in enumerate(names, 1)) + ".  " + key
    out.append(w.p(key, w.s.small))
    return out


def _evidence(w: Writer, data: SessionReportData) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(120), w.p("Evidence by competency", w.s.h1)]
    if not data.scorecards:
        story.append(w.p("No scorecard has been submitted yet.", w.s.small))
        return story
    for comp in data.competencies:
        heading = w.p(f"{comp.name} (weight {comp.share * 100:.0f}%)", w.s.h2)
        first = True
        for card in data.scorecards:
            cell = card.ratings.get(comp.id)
            if cell is None:
                continue
            label = w.p(f"{card.panelist.name} — {cell.said}", w.s.label)
            story += keep_with_next(heading, label) if first else keep_with_next(label,
                                                                                 follow=26)
            first = False
            story.append(w.p(cell.evidence, w.s.quote, empty="(no evidence written)"))
        if first:
            story += [heading, w.p("No ratings for this competency.", w.s.small)]
    return story


def _concerns(w: Writer, data: SessionReportData) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(120), w.p("First-round concerns", w.s.h1),
                             w.p("What the first round found", w.s.label),
                             w.p(data.first_round_summary, empty="(no summary)")]
    if not data.concerns:
        story.append(w.p("The first round left no concerns to probe.", w.s.small))
    for i, c in enumerate(data.concerns, 1):
        story += keep_with_next(
            w.p(f"Concern {i}" + (" (lead only)" if c.lead_only else ""), w.s.h3), follow=26)
        story.append(w.p(c.text, w.s.quote))
        if c.question:
            story.append(w.labelled("To probe with", c.question, w.s.small))
        if c.addressed:
            who = f" by {c.addressed_by}" if c.addressed_by else ""
            story += keep_with_next(
                w.p(f"Addressed — marked{who} at {fmt_when(c.addressed_at)}.", w.s.label),
                follow=26 if c.note else 0)
            if c.note:
                story.append(w.p(c.note, w.s.quote))
        else:
            story.append(w.p("Not marked as addressed in this interview.", w.s.label))
    return story


def note_flowables(w: Writer, note: NoteInfo) -> list[Flowable]:
    """One panelist's note: STAR parts labelled, free text, flags; a skipped question says so."""
    out: list[Flowable] = keep_with_next(w.p(note.panelist, w.s.label), follow=26)
    if note.skipped:
        out.append(w.p("Question skipped.", w.s.small))
    # Only the STAR parts that were written: empty labels would read as missing evidence.
    parts = [(label, getattr(note, attr)) for label, attr in STAR_PARTS]
    for label, text in parts:
        if text.strip():
            out.append(w.labelled(label, text, w.s.quote))
    if note.text.strip():
        # Beside STAR parts, free text is labelled too: unlabelled it reads as part of Result.
        written = any(text.strip() for _label, text in parts)
        out.append(w.labelled("Notes", note.text, w.s.quote) if written
                   else w.p(note.text, w.s.quote))
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
        # A heading never ends a page: start a new one unless the headings (measured, however
        # long the question) and the first lines of its first note fit; a long note then
        # splits as it must.
        heads: list[Flowable] = []
        if q.section != section:
            section = q.section
            heads.append(w.p(section, w.s.h2))
        shown += 1
        meta = q.kind + (f" · asked by {q.asked_by}" if q.asked_by else "")
        heads += [w.p(q.text, w.s.h3), w.p(meta, w.s.small)]
        story += keep_with_next(*heads, follow=42)
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
        # A question and its answer are read together: never split across a page.
        story.append(KeepTogether([
            w.p(f"Question {i}" + (f" (noted by {cq.noted_by})" if cq.noted_by else ""),
                w.s.label),
            w.p(cq.text, w.s.quote),
            w.labelled("Answer", cq.answer or "(no answer noted)", w.s.quote)]))
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
    table = w.table(rows, [width * 0.82, width * 0.18])
    # Heading, count and a short checklist read as one: kept on one page when they fit one.
    return [CondPageBreak(100), KeepTogether([*story[1:], table])]


def _takeaways(w: Writer, cards: Sequence[ScorecardInfo]) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(100), w.p("Key takeaways", w.s.h1)]
    if not cards:
        story.append(w.p("No scorecard has been submitted yet.", w.s.small))
    for card in cards:
        rec = f" — {card.recommendation}" if card.recommendation else ""
        story += keep_with_next(w.p(card.panelist.name + rec, w.s.h3), follow=26)
        story.append(w.p(card.takeaways, w.s.quote, empty="(no takeaways written)"))
    return story


def _spoken(value: str) -> str:
    """An amendment's rating in words ("rating 3", "no evidence"); labels pass through."""
    if value.isdigit():
        return f"rating {value}"
    return {"n/e": "no evidence", "–": "not rated"}.get(value, value)


def amendments_block(w: Writer, amendments: Sequence[AmendmentInfo], width: float, *,
                     consolidated: bool = True) -> list[Flowable]:
    if not amendments:
        return [w.p("No scorecard was changed after the debrief; the ratings above are the "
                    "independent ones.", w.s.small)]
    intro: Paragraph = w.p(
        "Ratings and recommendations changed after the debrief, each beside the independently "
        "submitted original it replaces, with the reason given."
        + (" The matrix and chart above show the originals." if consolidated else ""))
    story: list[Flowable] = keep_with_next(intro, follow=60)
    # One small table per change: original and amended side by side in half the width each,
    # so long evidence stays short and readable instead of a thin column across two pages.
    half = width / 2
    for a in amendments:
        original = _spoken(a.original) + (f"\n{a.original_evidence}" if a.original_evidence
                                          else "")
        amended = _spoken(a.amended) + (f"\n{a.amended_evidence}" if a.amended_evidence
                                        else "")
        title = f"{a.panelist} — {a.item}" if a.panelist else a.item
        rows: list[list[object]] = [
            [w.head(title), w.head(f"changed {fmt_when(a.amended_at)}")],
            [w.cell("Submitted original", bold=True), w.cell("After the debrief", bold=True)],
            [w.cell(original, empty="–"), w.cell(amended, empty="–")],
            [w.labelled("Reason", a.reason or "–", w.s.cell), ""],
        ]
        story += [gap(4), w.table(rows, [half, half], extra=[
            ("SPAN", (0, 3), (1, 3)),
            ("BACKGROUND", (0, 1), (-1, 1), SHADE)])]
    return story
