"""The consolidated session report: the record of the panel's evidence and decision.

Rendered from the read model (``domain.debrief.PanelView``): every figure is the view's, and
each says whether it is from the independent ratings (before the debrief) or after the
post-debrief changes. A sealed panel or a live interview gives an INTERIM report: marked so on
every page, with no ratings, scores, recommendations or takeaways of anyone, and only the
looker's own notes, because that is all the view holds.
"""

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

from interview_desk.domain.debrief import (
    AmendmentView,
    CardView,
    CompetencyInfo,
    Figures,
    Moment,
    NoteView,
    PanelistInfo,
    PanelView,
    QuestionView,
)
from interview_desk.domain.model import Recommendation
from interview_desk.domain.scale import SCALE
from interview_desk.domain.transcript import PinView
from interview_desk.reports.chart import ratings_chart
from interview_desk.reports.layout import (
    SHADE,
    TWO_LINES,
    Writer,
    fmt_score,
    fmt_when,
    gap,
    keep_with_next,
)

PRE = "before the debrief"
POST = "after the debrief"


def interim_reason(v: PanelView) -> str:
    """Why a report is interim, in one sentence; '' when it is the panel's record."""
    if not v.interim:
        return ""
    if v.sealed:
        looker = v.panelist_name(v.viewer.panelist_id) if v.viewer.panelist_id else ""
        own = (f" Only {looker}'s own notes are included." if looker
               else " No panelist's notes are included.")
        return (f"INTERIM — the panel is sealed: {len(v.seal.submitted)} of "
                f"{len(v.seal.panel)} scorecards are in. Nobody's ratings, scores, "
                "recommendations or takeaways are shown until every panelist has submitted "
                f"or the lead unseals (which is recorded).{own}")
    return ("INTERIM — the interview is still in progress; this is not the panel's final "
            "record.")


def _cards(v: PanelView, moment: Moment) -> list[tuple[PanelistInfo, CardView]]:
    out = []
    for p in v.shown:
        card = p.pre if moment is Moment.PRE_DEBRIEF else p.post
        if card is not None:
            out.append((p.panelist, card))
    return out


def session_story(w: Writer, v: PanelView, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    story += _cover(w, v, width)
    story += [NextPageTemplate("body"), PageBreak()]
    story += _summary(w, v, width)
    if v.pre is not None and v.pre.cards:
        # Chart and matrix are read as a whole: each stays on one page when it fits one.
        pre = _cards(v, Moment.PRE_DEBRIEF)
        story += [gap(8), KeepTogether(
            [w.p(f"Ratings by competency — {PRE}", w.s.h2),
             *ratings_chart(w, v.competencies, pre, v.pre, width)])]
        story += [gap(8), KeepTogether(
            [w.p(f"Scorecard matrix — {PRE} (the independent ratings)", w.s.h2),
             *matrix_flowables(w, v.competencies, pre, v.pre, width)])]
        if v.changed_after_debrief and v.post is not None:
            story += [gap(8), KeepTogether(
                [w.p(f"Scorecard matrix — {POST} (with the changes below)", w.s.h2),
                 *matrix_flowables(w, v.competencies, _cards(v, Moment.POST_DEBRIEF),
                                   v.post, width)])]
    elif v.sealed:
        story += [gap(8), w.p("Ratings by competency", w.s.h2),
                  w.p("Sealed: the ratings stay hidden until every panelist has submitted.",
                      w.s.small)]
    else:
        story += [gap(8), w.p("Ratings by competency", w.s.h2),
                  w.p("No scorecard has been submitted yet: there are no ratings to chart "
                      "or compare.", w.s.small)]
    story += structure_flowables(w, v, width)
    story += _evidence(w, v)
    story += _concerns(w, v)
    story += notes_section(w, v.questions, "Interview notes", sealed_note=(
        "Sealed: only the notes of the person exporting this report are shown."
        if v.sealed else ""))
    story += _candidate_questions(w, v)
    story += transcript_section(w, v)
    story += _preview(w, v, width)
    story += _takeaways(w, v)
    story += [CondPageBreak(120), *keep_with_next(w.p("Post-debrief changes", w.s.h1))]
    story += amendments_block(w, v.amendments, width)
    return story


def _cover(w: Writer, v: PanelView, width: float) -> list[Flowable]:
    decision = v.decision
    outcome = "No decision recorded yet"
    if decision is not None:
        by = f" by {decision.decided_by}" if decision.decided_by else ""
        outcome = f"{decision.label} — decided{by}, {fmt_when(decision.decided_at)}"
    panel = "\n".join(
        p.name + (f" — {p.panel_role}" if p.panel_role else "") + (" (lead)" if p.is_lead else "")
        for p in v.panel)
    rows = [
        [w.cell("Date", bold=True), w.cell(fmt_when(v.scheduled_at), empty="–")],
        [w.cell("Location", bold=True), w.cell(v.location, empty="–")],
        [w.cell("Panel", bold=True), w.cell(panel, empty="–")],
        [w.cell("Outcome", bold=True), w.cell(outcome, bold=decision is not None)],
        [w.cell("Status", bold=True), w.cell(v.status.value.capitalize())],
    ]
    story: list[Flowable] = [
        gap(60),
        w.p(w.tr("Second interview — consolidated panel report"), w.s.subtitle),
        w.p(v.candidate, w.s.title, empty="(no name)"),
        w.p(v.role, w.s.subtitle, empty="(no role)"),
    ]
    if v.interim:
        story += [w.p(interim_reason(v), w.s.warning), gap(6)]
    story += [
        w.table(rows, [width * 0.22, width * 0.78], header_rows=0,
                extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)]),
        gap(24),
        w.p("Confidential: personal data about a candidate. Share only with the hiring "
            "committee, and delete when the retention period ends.", w.s.small),
    ]
    return story


def tally_text(tally: Sequence[tuple[Recommendation, int]]) -> str:
    return " · ".join(f"{r.label} {count}" for r, count in tally)


def agreement_in_words(v: PanelView, f: Figures) -> str:
    """What the agreement figure means for this decision, in plain words for the committee.

    A bare alpha (or a negative one beside a unanimous "hire") reads as a contradiction; what
    it says is how consistently the panelists rated competency by competency, which is a
    different question from whether they agree on the verdict.
    """
    alpha = f.agreement.alpha
    counts = dict(f.tally)
    yes = counts.get(Recommendation.STRONG_YES, 0) + counts.get(Recommendation.YES, 0)
    no = counts.get(Recommendation.NO, 0) + counts.get(Recommendation.STRONG_NO, 0)
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
    lows = [c.low for c in f.per_competency.values() if c.low is not None]
    highs = [c.high for c in f.per_competency.values() if c.high is not None]
    spread = (f" All ratings lie between {min(lows)} and {max(highs)} on the {SCALE.span} scale."
              if lows else "")
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
    units = f.agreement.units
    few = (f" It rests on only {units} competencies, so one rating moved by "
           "one point can change it a lot." if 0 < units < 10 else "")
    if given and (yes == 0 or no == 0):
        so = (" So the panel agrees on the verdict but not on the profile: the per-competency "
              "scores are uncertain, the overall recommendation is not.")
        if v.decision is not None:
            so += (f" The decision ({v.decision.label}) rests on the recommendations and "
                   "the evidence, not on the combined score.")
    else:
        so = ""
        if v.decision is not None:
            so = (f" The decision ({v.decision.label}) was taken despite this "
                  "disagreement; the rationale should say how it was resolved.")
    return f"{what}{few}{spread} {verdict}{so}"


def independence_in_words(v: PanelView) -> str:
    """Whether the ratings were given independently (the sealed-until-all-submitted rule)."""
    u = v.unsealed
    if u is None:
        if v.pending:
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


def score_in_words(v: PanelView) -> str:
    """The panel's weighted score, always saying which ratings it is computed over."""
    if v.pre is None:
        return "sealed — shown once every panelist has submitted"
    if v.pre.panel_score is None:
        return "not available (no ratings)"
    text = f"{fmt_score(v.pre.panel_score)} of {SCALE.highest} {PRE} (the independent ratings)"
    if v.changed_after_debrief and v.post is not None:
        text += f"; {fmt_score(v.post.panel_score)} of {SCALE.highest} {POST}"
    return text


def override_in_words(v: PanelView) -> str:
    d = v.decision
    if d is None or not d.overridden:
        return ""
    composite = "–" if d.overridden_composite is None else fmt_score(d.overridden_composite)
    rule = []
    if v.policy.hire_below is not None:
        rule.append(f"hire needs at least {fmt_score(v.policy.hire_below)}")
    if v.policy.no_hire_above is not None:
        rule.append(f"no-hire needs at most {fmt_score(v.policy.no_hire_above)}")
    return (f"{d.label} overrode the composite {composite} of {SCALE.highest} {PRE} "
            f"(the role's rule: {'; '.join(rule)}). Reason: {d.override_reason}")


def structure_flowables(w: Writer, v: PanelView, width: float) -> list[Flowable]:
    """The structure profile: one row per component, its tick or count and its evidence."""
    rows = [[w.head("Component"), w.head("Met"), w.head("Evidence")]]
    for c in v.structure.components:
        rows.append([w.cell(c.label), w.cell(c.tick.label, bold=True), w.cell(c.evidence)])
    return [CondPageBreak(140), *keep_with_next(w.p("How structured the interview was",
                                                    w.s.h1)),
            w.p(f"{v.structure.summary}. Each component of interview structure the app can "
                "observe, with what it rests on; no single score (see the README for the "
                "sources).", w.s.small), gap(4),
            w.table(rows, [width * 0.34, width * 0.1, width * 0.56])]


def _summary(w: Writer, v: PanelView, width: float) -> list[Flowable]:
    submitted = f"{len(v.seal.submitted)} of {len(v.panelists)}"
    if v.pending:
        submitted += " — not submitted: " + ", ".join(v.pending)
    rows = [[w.cell("Panel weighted score", bold=True), w.cell(score_in_words(v))]]
    if v.pre is not None:
        recs = f"{PRE}: {tally_text(v.pre.tally)}"
        if v.post is not None and v.post.tally != v.pre.tally:
            recs += f"\n{POST}: {tally_text(v.post.tally)}"
        rows.append([w.cell("Recommendations", bold=True), w.cell(recs)])
    else:
        rows.append([w.cell("Recommendations", bold=True), w.cell("sealed")])
    rows += [
        [w.cell("Scorecards submitted", bold=True), w.cell(submitted)],
        [w.cell("Independence", bold=True), w.cell(independence_in_words(v))],
    ]
    d = v.decision
    if d is not None:
        by = f" — decided by {d.decided_by}" if d.decided_by else ""
        rows.append([w.cell("Decision", bold=True),
                     w.cell(f"{d.label}{by}, {fmt_when(d.decided_at)}", bold=True)])
        if d.overridden:
            # The committee sees what the decision went against, next to the decision.
            rows.append([w.cell("Override", bold=True), w.cell(override_in_words(v))])
    else:
        rows.append([w.cell("Decision", bold=True), w.cell("No decision recorded yet.")])
    if v.pre is not None:
        a = v.pre.agreement
        icc = f"intraclass correlation ICC(2,1) {a.icc:.2f}" if a.icc is not None else \
            "ICC not available"
        # The agreement sits right under the decision: the committee reads them together.
        rows.append([w.cell(f"Agreement {PRE}", bold=True), w.cell(f"{a.reading} ({icc}.)")])
        if v.changed_after_debrief and v.post is not None:
            after = v.post.agreement.alpha
            rows.append([w.cell(f"Agreement {POST}", bold=True),
                         w.cell("alpha " + ("not measurable" if after is None
                                            else f"{after:.3f}"))])
        rows.append([w.cell("What the agreement means here", bold=True),
                     w.cell(agreement_in_words(v, v.pre))])
    story: list[Flowable] = [w.p("Summary", w.s.h1)]
    if v.interim:
        story.append(w.p(interim_reason(v), w.s.warning))
    story.append(w.table(rows, [width * 0.26, width * 0.74], header_rows=0,
                         extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)]))
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
                     cards: Sequence[tuple[PanelistInfo, CardView]], figures: Figures,
                     width: float) -> list[Flowable]:
    """Competencies × panelists, with weight, mean and range; the header repeats per page.

    Panelists' names head their columns when every word fits; with a large panel or long names
    the columns are headed P1, P2… and a key under the table gives the full names, rather than
    breaking a name in the middle of a word. Every number is ``figures``' (one moment).
    """
    n = len(cards)
    name_w = width * (0.30 if n <= 4 else 0.25)
    weight_w, mean_w, range_w = _fit(w, "Weight"), _fit(w, "Mean"), _fit(w, "Range")
    col_w = (width - name_w - weight_w - mean_w - range_w) / max(1, n)
    names = [who.name for who, _card in cards]
    numbered = not _heads_fit(w, names, col_w)
    head = [w.head("Competency"), w.head("Weight")] + \
        [w.head(f"P{i}" if numbered else name) for i, name in enumerate(names, 1)] + \
        [w.head("Mean"), w.head("Range")]
    rows: list[list[object]] = [head]
    for comp in competencies:
        cells = [card.rating(comp.id) for _who, card in cards]
        f = figures.per_competency.get(comp.id)
        spread = f"{f.low}–{f.high}" if f is not None and f.low is not None else "–"
        rows.append([w.cell(comp.name), w.cell(f"{comp.share * 100:.0f}%", center=True)]
                    + [w.cell(c.shown if c else "–", center=True) for c in cells]
                    + [w.cell(fmt_score(figures.mean(comp.id)), center=True),
                       w.cell(spread, center=True)])
    rows.append([w.cell("Weighted score", bold=True), w.cell("")]
                + [w.cell(fmt_score(card.score), center=True) for _who, card in cards]
                + [w.cell(fmt_score(figures.panel_score), center=True, bold=True), w.cell("")])
    rows.append([w.cell("Recommendation", bold=True), w.cell("")]
                + [w.cell(card.recommendation.label if card.recommendation else "",
                          center=True, empty="–") for _who, card in cards]
                + [w.cell(""), w.cell("")])
    widths = [name_w, weight_w] + [col_w] * n + [mean_w, range_w]
    out: list[Flowable] = [w.table(rows, widths, extra=[
        ("BACKGROUND", (0, -2), (-1, -1), SHADE),
        ("LINEABOVE", (0, -2), (-1, -2), 1.0, colors.black)])]
    key = (f"Figures {figures.moment.label}. Weighted score under Mean: the panel's. "
           "n/e: rated “no evidence”; –: not rated.")
    if numbered:
        key = "  ·  ".join(f"P{i}: {name}" for i, name in enumerate(names, 1)) + ".  " + key
    out.append(w.p(key, w.s.small))
    return out


def _evidence(w: Writer, v: PanelView) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(120), w.p("Evidence by competency", w.s.h1)]
    cards = _cards(v, Moment.PRE_DEBRIEF)
    if v.sealed:
        story.append(w.p("Sealed: the evidence stays hidden until every panelist has "
                         "submitted.", w.s.small))
        return story
    if not cards:
        story.append(w.p("No scorecard has been submitted yet.", w.s.small))
        return story
    story.append(w.p(f"As submitted, {PRE}; changes are listed under Post-debrief changes.",
                     w.s.small))
    for comp in v.competencies:
        heading = w.p(f"{comp.name} (weight {comp.share * 100:.0f}%)", w.s.h2)
        first = True
        for who, card in cards:
            cell = card.rating(comp.id)
            if cell is None:
                continue
            label = w.p(f"{who.name} — {cell.said}", w.s.label)
            story += keep_with_next(heading, label) if first else keep_with_next(label,
                                                                                 follow=26)
            first = False
            story.append(w.p(cell.evidence, w.s.quote, empty="(no evidence written)"))
            story += pinned_quotes(w, v.transcript.pins_for(who.id, comp.key))
        if first:
            story += [heading, w.p("No ratings for this competency.", w.s.small)]
    return story


def _concerns(w: Writer, v: PanelView) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(120), w.p("First-round concerns", w.s.h1),
                             w.p("What the first round found", w.s.label),
                             w.p(v.first_round_summary, empty="(no summary)")]
    if not v.concerns:
        story.append(w.p("The first round left no concerns to probe.", w.s.small))
    for i, c in enumerate(v.concerns, 1):
        story += keep_with_next(
            w.p(f"Concern {i}" + (" (lead only)" if c.lead_only else ""), w.s.h3), follow=26)
        story.append(w.p(c.text, w.s.quote))
        if c.question:
            story.append(w.labelled("To probe with", c.question, w.s.small, kit=True))
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


def note_flowables(w: Writer, note: NoteView,
                   heads: Sequence[Flowable] = ()) -> list[Flowable]:
    """One panelist's note: STAR parts labelled, free text, flags; a skipped question says so.

    ``heads`` (the question's headings, for its first note) are kept on one page with the
    panelist's name and the note's first two lines: headings never end a page.
    """
    out: list[Flowable] = []
    if note.skipped:
        out.append(w.p("Question skipped.", w.s.small))
    # Only the STAR parts that were written: empty labels would read as missing evidence.
    parts = note.star_parts()
    for label, text in parts:
        if text.strip():
            out.append(w.labelled(label, text, w.s.quote))
    if note.text.strip():
        # Beside STAR parts, free text is labelled too: unlabelled it reads as part of Result.
        written = any(text.strip() for _label, text in parts)
        out.append(w.labelled("Notes", note.text, w.s.quote) if written
                   else w.p(note.text, w.s.quote))
    elif not note.skipped and not note.flags and not note.look_fors \
            and not any(text.strip() for _l, text in parts):
        out.append(w.p("(no notes)", w.s.small))
    for flag in note.flags:
        out.append(w.p(flag.line, w.s.small))
    if note.look_fors:  # the look-fors seen, one small mark each
        out.append(w.p("  ".join(note.look_fors), w.s.small))
    if note.competencies:
        out.append(w.labelled("Evidence for", ", ".join(note.competencies), w.s.small))
    return [*keep_with_next(*heads, w.p(note.panelist, w.s.label), follow=TWO_LINES,
                            then=out[0] if out else None), *out]


def notes_section(w: Writer, questions: Sequence[QuestionView], title: str, *,
                  sealed_note: str = "") -> list[Flowable]:
    # The title goes with the first question's headings: on its own it fitted the foot of
    # a page while a long first question moved over and left it behind.
    intro: list[Flowable] = [w.p(title, w.s.h1)]
    if sealed_note:
        intro.append(w.p(sealed_note, w.s.small))
    story: list[Flowable] = [CondPageBreak(120)]
    section = None
    shown = 0
    for q in questions:
        if not q.notes and q.kind != "Ad-hoc question":
            continue
        # A heading never ends a page: start a new one unless the headings (measured, however
        # long the question) and the first lines of its first note fit; a long note then
        # splits as it must.
        heads: list[Flowable] = [] if shown else list(intro)
        if q.section != section:
            section = q.section
            heads.append(w.p(section, w.s.h2))
        shown += 1
        meta = q.kind + (f" · asked by {q.asked_by}" if q.asked_by else "")
        heads += [w.kit_text(q.text, w.s.h3), w.p(meta, w.s.small)]
        if not q.notes:
            story += keep_with_next(*heads, follow=0)
        for i, note in enumerate(q.notes):
            story += note_flowables(w, note, heads if i == 0 else ())
    if not shown:
        story += [*intro, w.p("No notes were taken.", w.s.small)]
    return story


def _candidate_questions(w: Writer, v: PanelView) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(100), w.p("The candidate's questions", w.s.h1)]
    if not v.candidate_questions:
        story.append(w.p("No questions from the candidate were recorded.", w.s.small))
    for i, cq in enumerate(v.candidate_questions, 1):
        # A question and its answer are read together: never split across a page.
        story.append(KeepTogether([
            w.p(f"Question {i}" + (f" (noted by {cq.noted_by})" if cq.noted_by else ""),
                w.s.label),
            w.p(cq.text, w.s.quote),
            w.labelled("Answer", cq.answer or "(no answer noted)", w.s.quote)]))
    return story


def pinned_quotes(w: Writer, pins: Sequence[PinView]) -> list[Flowable]:
    """Quotes pinned from the transcript, marked as such with their span on the session clock:
    the candidate's words as heard, not what a panelist wrote."""
    return [KeepTogether([w.p(f"Pinned quote from the transcript, {q.span}", w.s.label),
                          w.p(f"“{q.quote}”", w.s.quote)]) for q in pins]


def transcript_section(w: Writer, v: PanelView) -> list[Flowable]:
    t = v.transcript
    if t.consent is None and not t.segments:
        return []
    story: list[Flowable] = [CondPageBreak(100), w.p("Transcript", w.s.h1)]
    if t.consent is not None:
        story.append(w.labelled("Consent", t.consent.summary, w.s.small))
    story.append(w.p(f"{len(t.segments)} transcript segment(s) shown to this reader; the full "
                     "transcript, with each segment's question and time span, is in the JSON "
                     "export. Segments marked “not said” are left out.", w.s.small))
    star = [q for q in t.pins if q.star_part]
    if star:
        story.append(w.p("Quotes pinned as STAR parts", w.s.h2))
    for q in star:
        story.append(w.p(f"{q.panelist} — {(q.star_part or '').capitalize()}"
                         + (f" — {q.question}" if q.question else ""), w.s.label))
        story += pinned_quotes(w, [q])
    return story


def _preview(w: Writer, v: PanelView, width: float) -> list[Flowable]:
    story: list[Flowable] = [w.p("Realistic job preview", w.s.h1)]
    if not v.preview:
        story.append(w.p("The kit has no job-preview talking points.", w.s.small))
        return [CondPageBreak(100), *story]
    covered = sum(p.covered for p in v.preview)
    story.append(w.p(f"{covered} of {len(v.preview)} talking points covered."))
    rows: list[list[object]] = [[w.head("Talking point"), w.head("Covered")]]
    for point in v.preview:
        rows.append([w.cell(point.text), w.cell("✓ yes" if point.covered else "✗ no",
                                                center=True)])
    table = w.table(rows, [width * 0.82, width * 0.18])
    # Heading, count and a short checklist read as one: kept on one page when they fit one.
    out: list[Flowable] = [CondPageBreak(100), KeepTogether([*story, table])]
    # What was said and flagged on each talking point follows the checklist.
    for point in v.preview:
        if point.notes:
            out += keep_with_next(w.kit_text(point.text, w.s.h3), follow=42)
            for note in point.notes:
                out += note_flowables(w, note)
    return out


def _takeaways(w: Writer, v: PanelView) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(100), w.p("Key takeaways", w.s.h1)]
    cards = [p for p in v.shown if p.pre is not None]
    if v.sealed:
        story.append(w.p("Sealed: the takeaways stay hidden until every panelist has "
                         "submitted.", w.s.small))
        return story
    if not cards:
        story.append(w.p("No scorecard has been submitted yet.", w.s.small))
    for p in cards:
        pre, post = p.pre, p.post
        assert pre is not None
        rec = f" — {pre.recommendation.label} ({PRE})" if pre.recommendation else ""
        if post is not None and post.recommendation != pre.recommendation and \
                post.recommendation is not None:
            rec += f", {post.recommendation.label} ({POST})"
        story += keep_with_next(w.p(p.panelist.name + rec, w.s.h3), follow=26)
        story.append(w.p(pre.takeaways, w.s.quote, empty="(no takeaways written)"))
    return story


def _spoken(value: str) -> str:
    """An amendment's rating in words ("rating 3", "no evidence"); labels pass through."""
    if value.isdigit():
        return f"rating {value}"
    return {"n/e": "no evidence", "–": "not rated"}.get(value, value)


def amendments_block(w: Writer, amendments: Sequence[AmendmentView], width: float, *,
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
