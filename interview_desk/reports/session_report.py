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
    AD_HOC,
    STAR_LABELS,
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
from interview_desk.i18n import arg
from interview_desk.reports.chart import ratings_chart
from interview_desk.reports.layout import (
    CELL_PADDING,
    SHADE,
    TWO_LINES,
    Writer,
    gap,
    keep_with_next,
)


def interim_reason(w: Writer, v: PanelView) -> str:
    """Why a report is interim, in one sentence; '' when it is the panel's record."""
    if not v.interim:
        return ""
    if v.sealed:
        looker = v.panelist_name(v.viewer.panelist_id) if v.viewer.panelist_id else ""
        if looker:
            return arg(w.tr("INTERIM — the panel is sealed: %1 of %2 scorecards are in. "
                            "Nobody's ratings, scores, recommendations or takeaways are shown "
                            "until every panelist has submitted or the lead unseals (which is "
                            "recorded). Only %3's own notes are included."),
                       len(v.seal.submitted), len(v.seal.panel), looker)
        return arg(w.tr("INTERIM — the panel is sealed: %1 of %2 scorecards are in. Nobody's "
                        "ratings, scores, recommendations or takeaways are shown until every "
                        "panelist has submitted or the lead unseals (which is recorded). No "
                        "panelist's notes are included."),
                   len(v.seal.submitted), len(v.seal.panel))
    return w.tr("INTERIM — the interview is still in progress; this is not the panel's final "
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
            [w.p(w.tr("Ratings by competency — before the debrief"), w.s.h2),
             *ratings_chart(w, v.competencies, pre, v.pre, width)])]
        story += [gap(8), KeepTogether(
            [w.p(w.tr("Scorecard matrix — before the debrief (the independent ratings)"),
                 w.s.h2),
             *matrix_flowables(w, v.competencies, pre, v.pre, width)])]
        if v.changed_after_debrief and v.post is not None:
            story += [gap(8), KeepTogether(
                [w.p(w.tr("Scorecard matrix — after the debrief (with the changes below)"),
                     w.s.h2),
                 *matrix_flowables(w, v.competencies, _cards(v, Moment.POST_DEBRIEF),
                                   v.post, width)])]
    elif v.sealed:
        story += [gap(8), w.p(w.tr("Ratings by competency"), w.s.h2),
                  w.p(w.tr("Sealed: the ratings stay hidden until every panelist has "
                           "submitted."), w.s.small)]
    else:
        story += [gap(8), w.p(w.tr("Ratings by competency"), w.s.h2),
                  w.p(w.tr("No scorecard has been submitted yet: there are no ratings to "
                           "chart or compare."), w.s.small)]
    story += structure_flowables(w, v, width)
    story += _evidence(w, v)
    story += _concerns(w, v)
    story += notes_section(w, v.questions, w.tr("Interview notes"), sealed_note=(
        w.tr("Sealed: only the notes of the person exporting this report are shown.")
        if v.sealed else ""))
    story += _candidate_questions(w, v)
    story += transcript_section(w, v)
    story += _preview(w, v, width)
    story += _takeaways(w, v)
    story += [CondPageBreak(120), *keep_with_next(w.p(w.tr("Post-debrief changes"), w.s.h1))]
    story += amendments_block(w, v.amendments, width)
    return story


def _cover(w: Writer, v: PanelView, width: float) -> list[Flowable]:
    decision = v.decision
    outcome = w.tr("No decision recorded yet")
    if decision is not None:
        outcome = decided_line(w, decision.label, decision.decided_by, decision.decided_at)
    rows = [
        [w.cell(w.tr("Date"), bold=True), w.cell(w.when(v.scheduled_at), empty="–")],
        [w.cell(w.tr("Location"), bold=True), w.cell(v.location, empty="–")],
        [w.cell(w.tr("Panel"), bold=True), w.cell("\n".join(panel_line(w, p) for p in v.panel),
                                                 empty="–")],
        [w.cell(w.tr("Outcome"), bold=True), w.cell(outcome, bold=decision is not None)],
        [w.cell(w.tr("Status"), bold=True), w.cell(w.say(v.status.label))],
    ]
    story: list[Flowable] = [
        gap(60),
        w.p(w.tr("Second interview — consolidated panel report"), w.s.subtitle),
        w.p(v.candidate, w.s.title, empty=w.tr("(no name)")),
        w.p(v.role, w.s.subtitle, empty=w.tr("(no role)")),
    ]
    if v.interim:
        story += [w.p(interim_reason(w, v), w.s.warning), gap(6)]
    story += [
        w.table(rows, [width * 0.22, width * 0.78], header_rows=0,
                extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)]),
        gap(24),
        w.p(w.tr("Confidential: personal data about a candidate. Share only with the hiring "
                 "committee, and delete when the retention period ends."), w.s.small),
    ]
    return story


def decided_line(w: Writer, label: str, by: str, at: str) -> str:
    """'Hire — decided by Maria Lopez, 2026-05-04 10:00' in the report's language."""
    if by:
        return arg(w.tr("%1 — decided by %2, %3"), w.say(label), by, w.when(at))
    return arg(w.tr("%1 — decided, %2"), w.say(label), w.when(at))


def panel_line(w: Writer, p: PanelistInfo) -> str:
    """A panelist with their role on the panel and whether they lead it."""
    if p.panel_role:
        return arg(w.tr("%1 — %2 (lead)") if p.is_lead else w.tr("%1 — %2"), p.name,
                   p.panel_role)
    return arg(w.tr("%1 (lead)"), p.name) if p.is_lead else p.name


def tally_text(w: Writer, tally: Sequence[tuple[Recommendation, int]]) -> str:
    return " · ".join(f"{w.say(r.label)} {count}" for r, count in tally)


def agreement_in_words(w: Writer, v: PanelView, f: Figures) -> str:
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
        verdict = w.tr("No panelist has given an overall recommendation yet.")
    elif no == 0:
        verdict = (arg(w.tr("Every panelist who recommended (%1 of %2) recommended hiring."),
                       yes, given)
                   if given > 1 else w.tr("The one recommendation given is to hire."))
    elif yes == 0:
        verdict = (arg(w.tr("Every panelist who recommended (%1 of %2) recommended against "
                            "hiring."), no, given)
                   if given > 1 else w.tr("The one recommendation given is not to hire."))
    else:
        verdict = arg(w.tr("The recommendations are split: %1 for hiring, %2 against."),
                      yes, no)
    # The paragraph is a run of whole sentences, each one string: joined with spaces.
    if alpha is None:
        return " ".join((w.tr("There are too few ratings to measure how far the panel agreed, "
                              "competency by competency."), verdict))
    if alpha >= 0.8:
        return " ".join((w.tr("The panelists rated each competency much alike, so the "
                              "combined score reflects a shared view."), verdict))
    if alpha >= 0.667:
        return " ".join((w.tr("The panelists rated the competencies broadly alike, with some "
                              "differences; read the combined score as tentative."), verdict))
    sentences = [w.tr(
        "The figure is below zero: competency by competency, the panelists differed more than "
        "ratings given at random would. Where one rated a competency high, another rated it "
        "lower, so they do not share a view of the candidate's strengths and weaknesses.")
        if alpha < 0 else w.tr(
        "The figure is low: competency by competency, the panelists differed about as much as "
        "ratings given at random would, so they do not share a view of the candidate's "
        "strengths and weaknesses.")]
    units = f.agreement.units
    if 0 < units < 10:
        sentences.append(w.tr("It rests on only %n competencies, so one rating moved by one "
                              "point can change it a lot.", "", units))
    lows = [c.low for c in f.per_competency.values() if c.low is not None]
    highs = [c.high for c in f.per_competency.values() if c.high is not None]
    if lows:
        sentences.append(arg(w.tr("All ratings lie between %1 and %2 on the %3 scale."),
                             min(lows), max(highs), SCALE.span))
    sentences.append(verdict)
    if given and (yes == 0 or no == 0):
        sentences.append(w.tr("So the panel agrees on the verdict but not on the profile: the "
                              "per-competency scores are uncertain, the overall "
                              "recommendation is not."))
        if v.decision is not None:
            sentences.append(arg(w.tr("The decision (%1) rests on the recommendations and the "
                                      "evidence, not on the combined score."),
                                 w.say(v.decision.label)))
    elif v.decision is not None:
        sentences.append(arg(w.tr("The decision (%1) was taken despite this disagreement; the "
                                  "rationale should say how it was resolved."),
                             w.say(v.decision.label)))
    return " ".join(sentences)


def independence_in_words(w: Writer, v: PanelView) -> str:
    """Whether the ratings were given independently (the sealed-until-all-submitted rule)."""
    u = v.unsealed
    if u is None:
        if v.pending:
            return w.tr("The other ratings stay sealed until every panelist has submitted.")
        return w.tr("Every panelist submitted before seeing anyone else's ratings.")
    if u.reason:
        opened = arg(w.tr("%1 opened the consolidated view early, on %2, before every "
                          "scorecard was in (reason given: %3)."),
                     u.by or w.tr("The lead"), w.when(u.at), u.reason)
    else:
        opened = arg(w.tr("%1 opened the consolidated view early, on %2, before every "
                          "scorecard was in (no reason given)."),
                     u.by or w.tr("The lead"), w.when(u.at))
    if u.submitted_after:
        after = arg(w.tr("Submitted after that, so possibly influenced by the others' "
                         "ratings: %1."), ", ".join(u.submitted_after))
    else:
        after = w.tr("Every scorecard shown here was submitted before that.")
    return f"{opened} {after}"


def score_in_words(w: Writer, v: PanelView) -> str:
    """The panel's weighted score, always saying which ratings it is computed over."""
    if v.pre is None:
        return w.tr("sealed — shown once every panelist has submitted")
    if v.pre.panel_score is None:
        return w.tr("not available (no ratings)")
    if v.changed_after_debrief and v.post is not None:
        return arg(w.tr("%1 of %2 before the debrief (the independent ratings); %3 of %2 after "
                        "the debrief"), w.score(v.pre.panel_score), SCALE.highest,
                   w.score(v.post.panel_score))
    return arg(w.tr("%1 of %2 before the debrief (the independent ratings)"),
               w.score(v.pre.panel_score), SCALE.highest)


def override_in_words(w: Writer, v: PanelView) -> str:
    d = v.decision
    if d is None or not d.overridden:
        return ""
    composite = "–" if d.overridden_composite is None else w.score(d.overridden_composite)
    rule = []
    if v.policy.hire_below is not None:
        rule.append(arg(w.tr("hire needs at least %1"), w.score(v.policy.hire_below)))
    if v.policy.no_hire_above is not None:
        rule.append(arg(w.tr("no-hire needs at most %1"), w.score(v.policy.no_hire_above)))
    return arg(w.tr("%1 overrode the composite %2 of %3 before the debrief (the role's rule: "
                    "%4). Reason: %5"), w.say(d.label), composite, SCALE.highest,
               "; ".join(rule), d.override_reason)


def structure_flowables(w: Writer, v: PanelView, width: float) -> list[Flowable]:
    """The structure profile: one row per component, its tick or count and its evidence."""
    rows = [[w.head(w.tr("Component")), w.head(w.tr("Met")), w.head(w.tr("Evidence"))]]
    for c in v.structure.components:
        rows.append([w.cell(w.say(c.label)), w.cell(w.say(c.tick.label), bold=True),
                     w.cell(w.say(c.evidence))])
    return [CondPageBreak(140), *keep_with_next(w.p(w.tr("How structured the interview was"),
                                                    w.s.h1)),
            w.p(arg(w.tr("%1. Each component of interview structure the app can observe, "
                         "with what it rests on; no single score (see the README for the "
                         "sources)."), w.say(v.structure.summary)), w.s.small), gap(4),
            w.table(rows, [width * 0.34, width * 0.1, width * 0.56])]


def _summary(w: Writer, v: PanelView, width: float) -> list[Flowable]:
    submitted = arg(w.tr("%1 of %2"), len(v.seal.submitted), len(v.panelists))
    if v.pending:
        submitted = arg(w.tr("%1 of %2 — not submitted: %3"), len(v.seal.submitted),
                        len(v.panelists), ", ".join(v.pending))
    rows = [[w.cell(w.tr("Panel weighted score"), bold=True), w.cell(score_in_words(w, v))]]
    if v.pre is not None:
        recs = arg(w.tr("before the debrief: %1"), tally_text(w, v.pre.tally))
        if v.post is not None and v.post.tally != v.pre.tally:
            recs += "\n" + arg(w.tr("after the debrief: %1"), tally_text(w, v.post.tally))
        rows.append([w.cell(w.tr("Recommendations"), bold=True), w.cell(recs)])
    else:
        rows.append([w.cell(w.tr("Recommendations"), bold=True), w.cell(w.tr("sealed"))])
    rows += [
        [w.cell(w.tr("Scorecards submitted"), bold=True), w.cell(submitted)],
        [w.cell(w.tr("Independence"), bold=True), w.cell(independence_in_words(w, v))],
    ]
    d = v.decision
    if d is not None:
        if d.decided_by:
            decided = arg(w.tr("%1 — decided by %2, %3"), w.say(d.label), d.decided_by,
                          w.when(d.decided_at))
        else:
            decided = arg(w.tr("%1, %2"), w.say(d.label), w.when(d.decided_at))
        rows.append([w.cell(w.tr("Decision"), bold=True), w.cell(decided, bold=True)])
        if d.overridden:
            # The committee sees what the decision went against, next to the decision.
            rows.append([w.cell(w.tr("Override"), bold=True),
                         w.cell(override_in_words(w, v))])
    else:
        rows.append([w.cell(w.tr("Decision"), bold=True),
                     w.cell(w.tr("No decision recorded yet."))])
    if v.pre is not None:
        a = v.pre.agreement
        icc = (arg(w.tr("intraclass correlation ICC(2,1) %1"), w.num(f"{a.icc:.2f}"))
               if a.icc is not None else w.tr("ICC not available"))
        # The agreement sits right under the decision: the committee reads them together.
        rows.append([w.cell(w.tr("Agreement before the debrief"), bold=True),
                     w.cell(f"{w.say(a.reading)} ({icc}.)")])
        if v.changed_after_debrief and v.post is not None:
            after = v.post.agreement.alpha
            rows.append([w.cell(w.tr("Agreement after the debrief"), bold=True),
                         w.cell(w.tr("alpha not measurable") if after is None
                                else arg(w.tr("alpha %1"), w.num(f"{after:.3f}")))])
        rows.append([w.cell(w.tr("What the agreement means here"), bold=True),
                     w.cell(agreement_in_words(w, v, v.pre))])
    story: list[Flowable] = [w.p(w.tr("Summary"), w.s.h1)]
    if v.interim:
        story.append(w.p(interim_reason(w, v), w.s.warning))
    story.append(w.table(rows, [width * 0.26, width * 0.74], header_rows=0,
                         extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)]))
    if d is not None:
        story += [gap(6), *keep_with_next(w.p(w.tr("Rationale"), w.s.label), follow=26),
                  w.p(d.rationale, empty=w.tr("(no rationale written)"))]
    return story



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
    weight, mean, range_ = w.tr("Weight"), w.tr("Mean"), w.tr("Range")
    weight_w, mean_w, range_w = _fit(w, weight), _fit(w, mean), _fit(w, range_)
    col_w = (width - name_w - weight_w - mean_w - range_w) / max(1, n)
    names = [who.name for who, _card in cards]
    numbered = not _heads_fit(w, names, col_w)
    head = [w.head(w.tr("Competency")), w.head(weight)] + \
        [w.head(f"P{i}" if numbered else name) for i, name in enumerate(names, 1)] + \
        [w.head(mean), w.head(range_)]
    rows: list[list[object]] = [head]
    for comp in competencies:
        cells = [card.rating(comp.id) for _who, card in cards]
        f = figures.per_competency.get(comp.id)
        spread = f"{f.low}–{f.high}" if f is not None and f.low is not None else "–"
        rows.append([w.cell(comp.name), w.cell(f"{comp.share * 100:.0f}%", center=True)]
                    + [w.cell(w.say(c.shown) if c else "–", center=True) for c in cells]
                    + [w.cell(w.score(figures.mean(comp.id)), center=True),
                       w.cell(spread, center=True)])
    rows.append([w.cell(w.tr("Weighted score"), bold=True), w.cell("")]
                + [w.cell(w.score(card.score), center=True) for _who, card in cards]
                + [w.cell(w.score(figures.panel_score), center=True, bold=True), w.cell("")])
    rows.append([w.cell(w.tr("Recommendation"), bold=True), w.cell("")]
                + [w.cell(w.say(card.recommendation.label) if card.recommendation else "",
                          center=True, empty="–") for _who, card in cards]
                + [w.cell(""), w.cell("")])
    widths = [name_w, weight_w] + [col_w] * n + [mean_w, range_w]
    out: list[Flowable] = [w.table(rows, widths, extra=[
        ("BACKGROUND", (0, -2), (-1, -1), SHADE),
        ("LINEABOVE", (0, -2), (-1, -2), 1.0, colors.black)])]
    key = arg(w.tr("Figures %1. Weighted score under Mean: the panel's. n/e: rated “no "
                   "evidence”; –: not rated."), w.say(figures.moment.label))
    if numbered:
        key = "  ·  ".join(f"P{i}: {name}" for i, name in enumerate(names, 1)) + ".  " + key
    out.append(w.p(key, w.s.small))
    return out


def _evidence(w: Writer, v: PanelView) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(120), w.p(w.tr("Evidence by competency"), w.s.h1)]
    cards = _cards(v, Moment.PRE_DEBRIEF)
    if v.sealed:
        story.append(w.p(w.tr("Sealed: the evidence stays hidden until every panelist has "
                              "submitted."), w.s.small))
        return story
    if not cards:
        story.append(w.p(w.tr("No scorecard has been submitted yet."), w.s.small))
        return story
    story.append(w.p(w.tr("As submitted, before the debrief; changes are listed under "
                          "Post-debrief changes."), w.s.small))
    for comp in v.competencies:
        heading = w.p(arg(w.tr("%1 (weight %2%)"), comp.name, f"{comp.share * 100:.0f}"),
                      w.s.h2)
        first = True
        for who, card in cards:
            cell = card.rating(comp.id)
            if cell is None:
                continue
            label = w.p(f"{who.name} — {w.say(cell.said)}", w.s.label)
            story += keep_with_next(heading, label) if first else keep_with_next(label,
                                                                                 follow=26)
            first = False
            story.append(w.p(cell.evidence, w.s.quote, empty=w.tr("(no evidence written)")))
            story += pinned_quotes(w, v.transcript.pins_for(who.id, comp.key))
        if first:
            story += [heading, w.p(w.tr("No ratings for this competency."), w.s.small)]
    return story


def _concerns(w: Writer, v: PanelView) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(120), w.p(w.tr("First-round concerns"), w.s.h1),
                             w.p(w.tr("What the first round found"), w.s.label),
                             w.p(v.first_round_summary, empty=w.tr("(no summary)"))]
    if not v.concerns:
        story.append(w.p(w.tr("The first round left no concerns to probe."), w.s.small))
    for i, c in enumerate(v.concerns, 1):
        story += keep_with_next(
            w.p(arg(w.tr("Concern %1 (lead only)") if c.lead_only else w.tr("Concern %1"), i),
                w.s.h3), follow=26)
        story.append(w.p(c.text, w.s.quote))
        if c.question:
            story.append(w.labelled(w.tr("To probe with"), c.question, w.s.small, kit=True))
        if c.addressed:
            marked = (arg(w.tr("Addressed — marked by %1 at %2."), c.addressed_by,
                          w.when(c.addressed_at)) if c.addressed_by
                      else arg(w.tr("Addressed — marked at %1."), w.when(c.addressed_at)))
            story += keep_with_next(w.p(marked, w.s.label), follow=26 if c.note else 0)
            if c.note:
                story.append(w.p(w.say(c.note), w.s.quote))
        else:
            story.append(w.p(w.tr("Not marked as addressed in this interview."), w.s.label))
    return story


def note_flowables(w: Writer, note: NoteView,
                   heads: Sequence[Flowable] = ()) -> list[Flowable]:
    """One panelist's note: STAR parts labelled, free text, flags; a skipped question says so.

    ``heads`` (the question's headings, for its first note) are kept on one page with the
    panelist's name and the note's first two lines: headings never end a page.
    """
    out: list[Flowable] = []
    if note.skipped:
        out.append(w.p(w.tr("Question skipped."), w.s.small))
    # Only the STAR parts that were written: empty labels would read as missing evidence.
    parts = note.star_parts()
    for label, text in parts:
        if text.strip():
            out.append(w.labelled(w.say(label), text, w.s.quote))
    if note.text.strip():
        # Beside STAR parts, free text is labelled too: unlabelled it reads as part of Result.
        written = any(text.strip() for _label, text in parts)
        out.append(w.labelled(w.tr("Notes"), note.text, w.s.quote) if written
                   else w.p(note.text, w.s.quote))
    elif not note.skipped and not note.flags and not note.look_fors \
            and not any(text.strip() for _l, text in parts):
        out.append(w.p(w.tr("(no notes)"), w.s.small))
    for flag in note.flags:
        out.append(w.p(w.say(flag.line), w.s.small))
    if note.look_fors:  # the look-fors seen, one small mark each
        out.append(w.p("  ".join(note.look_fors), w.s.small))
    if note.competencies:
        out.append(w.labelled(w.tr("Evidence for"), ", ".join(note.competencies), w.s.small))
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
        if not q.notes and q.kind != AD_HOC:
            continue
        # A heading never ends a page: start a new one unless the headings (measured, however
        # long the question) and the first lines of its first note fit; a long note then
        # splits as it must.
        heads: list[Flowable] = [] if shown else list(intro)
        if q.section != section:
            section = q.section
            heads.append(w.p(w.say(section), w.s.h2))
        shown += 1
        meta = (arg(w.tr("%1 · asked by %2"), w.say(q.kind), q.asked_by) if q.asked_by
                else w.say(q.kind))
        heads += [w.kit_text(w.say(q.text), w.s.h3), w.p(meta, w.s.small)]
        if not q.notes:
            story += keep_with_next(*heads, follow=0)
        for i, note in enumerate(q.notes):
            story += note_flowables(w, note, heads if i == 0 else ())
    if not shown:
        story += [*intro, w.p(w.tr("No notes were taken."), w.s.small)]
    return story


def _candidate_questions(w: Writer, v: PanelView) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(100), w.p(w.tr("The candidate's questions"),
                                                     w.s.h1)]
    if not v.candidate_questions:
        story.append(w.p(w.tr("No questions from the candidate were recorded."), w.s.small))
    for i, cq in enumerate(v.candidate_questions, 1):
        # A question and its answer are read together: never split across a page.
        story.append(KeepTogether([
            w.p(arg(w.tr("Question %1 (noted by %2)"), i, cq.noted_by) if cq.noted_by
                else arg(w.tr("Question %1"), i), w.s.label),
            w.p(cq.text, w.s.quote),
            w.labelled(w.tr("Answer"), cq.answer or w.tr("(no answer noted)"), w.s.quote)]))
    return story


def pinned_quotes(w: Writer, pins: Sequence[PinView]) -> list[Flowable]:
    """Quotes pinned from the transcript, marked as such with their span on the session clock:
    the candidate's words as heard, not what a panelist wrote."""
    return [KeepTogether([w.p(arg(w.tr("Pinned quote from the transcript, %1"), q.span),
                              w.s.label),
                          w.p(f"“{q.quote}”", w.s.quote)]) for q in pins]


def transcript_section(w: Writer, v: PanelView) -> list[Flowable]:
    t = v.transcript
    if t.consent is None and not t.segments:
        return []
    story: list[Flowable] = [CondPageBreak(100), w.p(w.tr("Transcript"), w.s.h1)]
    if t.consent is not None:
        story.append(w.labelled(w.tr("Consent"), w.say(t.consent.summary), w.s.small))
    story.append(w.p(w.tr("%n transcript segment(s) shown to this reader; the full transcript, "
                          "with each segment's question and time span, is in the JSON export. "
                          "Segments marked “not said” are left out.", "", len(t.segments)),
                     w.s.small))
    star = [q for q in t.pins if q.star_part]
    if star:
        story.append(w.p(w.tr("Quotes pinned as STAR parts"), w.s.h2))
    parts = dict(zip(("situation", "task", "action", "result"), STAR_LABELS, strict=True))
    for q in star:
        part = w.say(parts.get(q.star_part or "", (q.star_part or "").capitalize()))
        story.append(w.p(f"{q.panelist} — {part}" + (f" — {q.question}" if q.question else ""),
                         w.s.label))
        story += pinned_quotes(w, [q])
    return story


def _preview(w: Writer, v: PanelView, width: float) -> list[Flowable]:
    story: list[Flowable] = [w.p(w.tr("Realistic job preview"), w.s.h1)]
    if not v.preview:
        story.append(w.p(w.tr("The kit has no job-preview talking points."), w.s.small))
        return [CondPageBreak(100), *story]
    covered = sum(p.covered for p in v.preview)
    story.append(w.p(arg(w.tr("%1 of %2 talking points covered."), covered, len(v.preview))))
    rows: list[list[object]] = [[w.head(w.tr("Talking point")), w.head(w.tr("Covered"))]]
    for point in v.preview:
        rows.append([w.cell(point.text), w.cell(w.tr("✓ yes") if point.covered
                                                else w.tr("✗ no"), center=True)])
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
    story: list[Flowable] = [CondPageBreak(100), w.p(w.tr("Key takeaways"), w.s.h1)]
    cards = [p for p in v.shown if p.pre is not None]
    if v.sealed:
        story.append(w.p(w.tr("Sealed: the takeaways stay hidden until every panelist has "
                              "submitted."), w.s.small))
        return story
    if not cards:
        story.append(w.p(w.tr("No scorecard has been submitted yet."), w.s.small))
    for p in cards:
        pre, post = p.pre, p.post
        assert pre is not None
        head = p.panelist.name
        if pre.recommendation:
            if post is not None and post.recommendation != pre.recommendation and \
                    post.recommendation is not None:
                head = arg(w.tr("%1 — %2 (before the debrief), %3 (after the debrief)"),
                           head, w.say(pre.recommendation.label),
                           w.say(post.recommendation.label))
            else:
                head = arg(w.tr("%1 — %2 (before the debrief)"), head,
                           w.say(pre.recommendation.label))
        story += keep_with_next(w.p(head, w.s.h3), follow=26)
        story.append(w.p(pre.takeaways, w.s.quote, empty=w.tr("(no takeaways written)")))
    return story


def _spoken(w: Writer, value: str) -> str:
    """An amendment's rating in words ("rating 3", "no evidence"); labels pass through."""
    if value.isdigit():
        return arg(w.tr("rating %1"), value)
    if value == "n/e":
        return w.tr("no evidence")
    return w.tr("not rated") if value == "–" else w.say(value)


def amendments_block(w: Writer, amendments: Sequence[AmendmentView], width: float, *,
                     consolidated: bool = True) -> list[Flowable]:
    if not amendments:
        return [w.p(w.tr("No scorecard was changed after the debrief; the ratings above are "
                         "the independent ones."), w.s.small)]
    intro: Paragraph = w.p(
        w.tr("Ratings and recommendations changed after the debrief, each beside the "
             "independently submitted original it replaces, with the reason given. The matrix "
             "and chart above show the originals.") if consolidated
        else w.tr("Ratings and recommendations changed after the debrief, each beside the "
                  "independently submitted original it replaces, with the reason given."))
    story: list[Flowable] = keep_with_next(intro, follow=60)
    # One small table per change: original and amended side by side in half the width each,
    # so long evidence stays short and readable instead of a thin column across two pages.
    half = width / 2
    for a in amendments:
        original = _spoken(w, a.original) + (f"\n{a.original_evidence}"
                                             if a.original_evidence else "")
        amended = _spoken(w, a.amended) + (f"\n{a.amended_evidence}" if a.amended_evidence
                                           else "")
        item = w.say(a.item)
        title = f"{a.panelist} — {item}" if a.panelist else item
        rows: list[list[object]] = [
            [w.head(title), w.head(arg(w.tr("changed %1"), w.when(a.amended_at)))],
            [w.cell(w.tr("Submitted original"), bold=True),
             w.cell(w.tr("After the debrief"), bold=True)],
            [w.cell(original, empty="–"), w.cell(amended, empty="–")],
            [w.labelled(w.tr("Reason"), a.reason or "–", w.s.cell), ""],
        ]
        story += [gap(4), w.table(rows, [half, half], extra=[
            ("SPAN", (0, 3), (1, 3)),
            ("BACKGROUND", (0, 1), (-1, 1), SHADE)])]
    return story
