"""What a hiring committee reads: plain-word agreement, readable matrix, no orphan headings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from interview_desk.domain.agreement import summarize_panel
from interview_desk.domain.debrief import (
    CardView,
    CompetencyInfo,
    Figures,
    Moment,
    PanelistInfo,
    RatingView,
)
from interview_desk.domain.model import (
    Candidate,
    Outcome,
    Panelist,
    Rating,
    Recommendation,
    Session,
    SessionStatus,
)
from interview_desk.reports import layout
from interview_desk.reports.layout import MARGIN, Writer, keep_with_next
from interview_desk.reports.session_report import CELL_PADDING, matrix_flowables
from interview_desk.services.desk import Desk

FIXED_TIME = "2026-05-06T08:30:00.000000+00:00"
FRAME_WIDTH = A4[0] - 2 * MARGIN


def _pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def _decided_session(desk: Desk) -> str:
    return str(next(r.id for r in desk.sessions.overview() if r.status == "decided"))


def _cards(names: list[str],
           comps: list[CompetencyInfo]) -> list[tuple[PanelistInfo, CardView]]:
    return [(PanelistInfo(f"p{i}", name),
             CardView(Moment.PRE_DEBRIEF,
                      {c.id: RatingView(1 + (i + j) % 4) for j, c in enumerate(comps)},
                      Recommendation.YES, 2.5))
            for i, name in enumerate(names)]


NO_FIGURES = Figures(Moment.PRE_DEBRIEF, 0, None, {}, summarize_panel([]), (), {})

COMPS = [CompetencyInfo(f"c{i}", f"k{i}", name, 1.0, 1 / 6) for i, name in enumerate([
    "Systems design, architecture and technical judgement under real-world constraints",
    "Incident ownership, operational excellence & on-call maturity",
    "Cross-team collaboration, influence without authority and stakeholder communication",
    "Mentoring, coaching and growing other engineers",
    "Motivation, culture and values fit (Καλημέρα / 中文 / Привет)",
    "Learning agility"])]


@pytest.mark.parametrize("names", [
    ["Ingrid Solberg", "Rahul Mehta", "Claire Dubois"],
    ["Ingrid Solberg", "Дмитрий Иванов", "山田 太郎", "Claire Dubois-Fontaine", "Rahul Mehta",
     "Ana María Pérez-Villanueva"],
])
def test_matrix_fits_the_a4_frame_and_breaks_no_word(names: list[str]) -> None:
    w = Writer()
    table, key = matrix_flowables(w, COMPS, _cards(names, COMPS), NO_FIGURES,
                                  FRAME_WIDTH)
    assert isinstance(table, Table) and isinstance(key, Paragraph)
    widths = table._colWidths
    assert sum(widths) <= FRAME_WIDTH + 0.01
    # Every word of every cell (headings, names, long competency names) fits its column.
    for row in table._cellvalues:
        for cell, col_w in zip(row, widths, strict=True):
            assert cell.minWidth() <= col_w - CELL_PADDING + 0.01, cell.text
    heads = [cell.text for cell in table._cellvalues[0]]
    if len(names) == 3:
        assert [h for h in heads if h in names] == names  # the names head their columns
    else:
        assert heads[2:8] == [f"P{i}" for i in range(1, 7)]
        key_text = key.getPlainText()
        for i, name in enumerate(names, 1):
            assert f"P{i}: {name}" in key_text


@pytest.mark.parametrize("filler", range(570, 680, 10))
def test_a_heading_never_ends_a_page(tmp_path: Path, filler: int) -> None:
    w = Writer()
    out = tmp_path / "keep.pdf"
    body = " ".join(f"word{i}" for i in range(400))
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build([Spacer(1, filler),
               *keep_with_next(w.p("HEADINGMARK", w.s.h2), w.p("LABELMARK", w.s.label)),
               w.p(body, w.s.quote)])
    pages = _pages(out)
    on = [i for i, text in enumerate(pages) if "HEADINGMARK" in text]
    assert on and "LABELMARK word0 word1" in pages[on[0]]


def test_summary_explains_a_negative_alpha_beside_the_hire_decision(
        demo_desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    demo_desk.reports.export_session(_decided_session(demo_desk), out, generated_at=FIXED_TIME)
    summary = _pages(out)[1]
    decision = summary.index("Decision Hire — decided by Ingrid Solberg")
    explained = summary.index("The figure is below zero")
    rationale = summary.index("Rationale")
    assert decision < explained < rationale
    assert "the panelists differed more than ratings given at random would" in summary
    assert "Every panelist who recommended (3 of 3) recommended hiring." in summary
    assert "agrees on the verdict but not on the profile" in summary
    assert "The decision (Hire) rests on the recommendations and the evidence" in summary
    assert "Every panelist submitted before seeing anyone else's ratings." in summary


def test_an_early_unseal_is_stated_with_who_submitted_after_it(
        desk: Desk, tmp_path: Path) -> None:
    kit = desk.catalog.kits.latest_versions()[0]
    role = desk.catalog.role_from_kit(kit, "Engineer")
    desk.catalog.save_role(role)
    cand = desk.catalog.save_candidate(Candidate(name="Sam Doe", role_id=role.id))
    session = Session(candidate_id=cand.id, role_id=role.id, kit_id=kit.id,
                      scheduled_at="2026-05-04T10:00:00+00:00", status=SessionStatus.COMPLETED)
    panel = [Panelist(name="Lead Person", is_lead=True), Panelist(name="Late Person"),
             Panelist(name="Never Person")]
    desk.sessions.plan(session, panel)
    sc = desk.scorecards

    def submit(p: Panelist, rec: Recommendation) -> None:
        card = sc.card(session.id, p.id)
        card.recommendation = rec
        card.ratings = {c.id: Rating(c.id, 3) for c in role.competencies}
        sc.submit(card, accept_warnings=True)

    submit(panel[0], Recommendation.YES)
    sc.unseal(session.id, panel[0].id, "Candidate has another offer")
    submit(panel[1], Recommendation.NO)
    desk.debrief.record_decision(session.id, Outcome.ANOTHER_ROUND, rationale="Split panel",
                                 decided_by="Lead Person")
    out = tmp_path / "unsealed.pdf"
    desk.reports.export_session(session.id, out, generated_at=FIXED_TIME)
    summary = _pages(out)[1]
    assert "Lead Person opened the consolidated view early" in summary
    assert "(reason given: Candidate has another offer)" in summary
    assert "possibly influenced by the others' ratings: Late Person." in summary
    assert "not submitted: Never Person" in summary


def test_free_text_beside_star_parts_is_labelled_notes(demo_desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    demo_desk.reports.export_session(_decided_session(demo_desk), out, generated_at=FIXED_TIME)
    text = " ".join(_pages(out))
    # Claire's conflict note: Situation … Result, then her own summary, labelled.
    result = text.index("Result: The carrier went live one week later")
    notes = text.index("Notes: Conflict w/ warehouse team lead")
    assert result < notes


def test_role_comparison_reads_the_agreement_in_words(demo_desk: Desk, tmp_path: Path) -> None:
    role = demo_desk.catalog.roles.all()[0]
    out = tmp_path / "role.pdf"
    demo_desk.reports.export_role(role.id, out, generated_at=FIXED_TIME)
    text = " ".join(_pages(out))
    assert "does not agree (alpha -0.32)" in text
    assert "below zero the panelists differ" in text


def test_a_candidate_question_and_its_answer_share_a_page(
        demo_desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    demo_desk.reports.export_session(_decided_session(demo_desk), out, generated_at=FIXED_TIME)
    pages = _pages(out)
    for question, answer in [("What does success look like", "Answer: Owning the reconciliation"),
                             ("How is on-call organised", "Answer: One week in six")]:
        on = [i for i, text in enumerate(pages) if question in text]
        assert on and answer in pages[on[-1]]


def test_times_say_which_clock_they_are_on(demo_desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    demo_desk.reports.export_session(_decided_session(demo_desk), out, generated_at=FIXED_TIME)
    pages = _pages(out)
    assert "Date 2026-11-13 10:00 Location" in pages[0]  # the agreed wall-clock time
    assert "decided by Ingrid Solberg, 2026-11-14 10:00 UTC" in pages[1]  # a stored stamp
    assert all("Generated 2026-05-06 08:30 UTC by Interview Desk" in p for p in pages)


# A long note splits; one of two or three lines cannot (a single line would be left alone
# on one side), so it moves whole and its headings must go with it.
@pytest.mark.parametrize("words", [300, 22, 33])
@pytest.mark.parametrize("filler", range(566, 680, 8))
def test_a_question_heading_and_a_panelists_name_never_end_a_page(
        tmp_path: Path, filler: int, words: int) -> None:
    from interview_desk.domain.debrief import NoteView
    from interview_desk.reports.session_report import note_flowables

    w = Writer()
    out = tmp_path / "note.pdf"
    note = NoteView("PANELISTMARK", text=" ".join(f"word{i}" for i in range(words)))
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build([Spacer(1, filler),
               *note_flowables(w, note, [w.p("QUESTIONMARK", w.s.h3), w.p("meta", w.s.small)])])
    pages = _pages(out)
    on = next(i for i, text in enumerate(pages) if "QUESTIONMARK" in text)
    assert "PANELISTMARK word0" in pages[on], "the heading ended a page without its note"


@pytest.mark.parametrize("filler", range(20, 200, 12))
def test_a_paragraphs_last_line_never_sits_alone_on_a_page(
        tmp_path: Path, filler: int) -> None:
    w = Writer()
    out = tmp_path / "widow.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    story = [Spacer(1, 700 - filler), w.p(" ".join(f"w{i}" for i in range(160)) + " LASTWORD",
                                           w.s.body)]
    doc.build(story)
    pages = _pages(out)
    last = pages[-1]
    if len(pages) > 1:  # what went over is more than the last line
        assert len(last.split()) > 16, last


def test_the_role_reports_footnote_never_sits_alone_on_a_page(tmp_path: Path) -> None:
    w = Writer()
    rows = [[w.head("A"), w.head("B")]] + [[w.cell(f"row{i}"), w.cell("x")] for i in range(80)]
    for extra in range(0, 60, 5):
        out = tmp_path / f"tail{extra}.pdf"
        doc = SimpleDocTemplate(str(out), pagesize=A4)
        note = w.p("FOOTNOTE " + " ".join(["explains the table"] * 30), w.s.small)
        doc.build([Spacer(1, 10 + extra * 4), *w.table_then(rows, [200, 100], [note])])
        pages = _pages(out)
        with_note = next(p for p in pages if "FOOTNOTE" in p)
        assert "row79" in with_note, f"the footnote went alone (offset {extra})"


def test_the_chart_axis_runs_over_the_scale_only() -> None:
    from reportlab.graphics.shapes import String

    from interview_desk.domain.scale import SCALE
    from interview_desk.reports.chart import _scale, _x

    labels = [s.text for s in _scale(200).contents if isinstance(s, String)]
    assert labels == [str(p) for p in SCALE.points]  # no 0 on a 1–4 scale
    assert 0 < _x(SCALE.lowest, 200) < _x(SCALE.highest, 200) == 200


@pytest.mark.parametrize("filler", range(520, 640, 20))
def test_a_notes_sections_title_never_ends_a_page(tmp_path: Path, filler: int) -> None:
    """Seen in the demo's report: "Interview notes" alone at a page's foot, its first
    (long) question moved over; the title now stays with its first question."""
    from interview_desk.domain.debrief import NoteView, QuestionView
    from interview_desk.reports.session_report import notes_section

    w = Writer()
    out = tmp_path / "notes.pdf"
    question = QuestionView("q1", "QUESTIONMARK " + " ".join(f"long{i}" for i in range(60)),
                            "Behavioural", "Opening", star=False,
                            notes=(NoteView("PANELISTMARK", text="word0 word1 word2"),))
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build([Spacer(1, filler), *notes_section(w, [question], "TITLEMARK")])
    pages = _pages(out)
    on = next(i for i, text in enumerate(pages) if "TITLEMARK" in text)
    assert "QUESTIONMARK" in pages[on], "the section's title ended a page alone"


def test_a_long_tables_cells_are_laid_out_once_and_read_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # reportlab's Table wrapped each cell to size its row, again for the page it split at,
    # and again to draw it: the role comparison of the busiest role took 4× a bare render.
    laid_out: list[str] = []
    break_lines = Paragraph.breakLines

    def counting(self: Paragraph, widths: list[float]) -> object:
        laid_out.append(self.text)
        return break_lines(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    w = Writer()
    body = [[w.cell(f"Candidate {i}"), w.cell("3.25", center=True), w.cell("–", center=True),
             w.cell("agrees in part\n(alpha 0.71)")] for i in range(300)]
    rows = [[w.head("Candidate"), w.head("Score"), w.head("C1"), w.head("Agreement")], *body]
    out = tmp_path / "long.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build(w.table_then(rows, [200, 60, 60, 120], [w.p("FOOTNOTE", w.s.small)]))

    pages = _pages(out)
    assert len(pages) > 5  # split over many pages, the header repeated on each
    # (the last row goes with the footnote, in a table of its own: no header if it went over)
    assert [p[:28] for p in pages[:-1]] == ["Candidate Score C1 Agreement"] * (len(pages) - 1)
    assert [f"Candidate {i} 3.25 – agrees in part (alpha 0.71)" in " ".join(pages)
            for i in range(300)] == [True] * 300
    # each distinct text once (the cells showing "3.25" share one layout), bar page ends
    distinct = len({(c.text, c.style.name) for r in rows for c in r})
    assert distinct == 300 + 3 + 4
    assert len(laid_out) <= distinct + 2 * len(pages) * 4, len(laid_out)
    assert laid_out.count("3.25") == 1


@pytest.mark.parametrize("offset", range(0, 120, 17))
def test_cells_sharing_a_layout_split_over_pages_as_cells_of_their_own_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, offset: int) -> None:
    # Rows of six-line cells split at the page's foot, German soft hyphens breaking words:
    # the shared layouts must draw exactly what a layout of each cell's own draws.
    def build(name: str) -> bytes:
        w = Writer()
        words = "Ent\xadschie\xadden Be\xadwer\xadtungs\xadbö\xadgen Nach\xadbe\xadspre\xadchung"
        lines = "line one\nline two\nline three\nline four\nline five\nline six"
        rows = [[w.head("A"), w.head("B"), w.head("C")]] + [
            [w.cell(f"row{i}"), w.cell(lines), w.cell(words, center=True)] for i in range(40)]
        doc = SimpleDocTemplate(str(tmp_path / name), pagesize=A4, invariant=1)
        doc.build([Spacer(1, offset), *w.table_then(rows, [200, 60, 38], [w.p("NOTE")])])
        return (tmp_path / name).read_bytes()

    splits: list[object] = []
    split = layout._Cell.split

    def counting(self: Paragraph, width: float, height: float) -> object:
        splits.append(self)
        return split(self, width, height)

    monkeypatch.setattr(layout._Cell, "split", counting)
    shared = build("shared.pdf")
    assert splits  # rows did split within a cell
    monkeypatch.setattr(layout, "SHARED_CELL_CHARS", -1)  # every cell laid out on its own
    assert shared == build("own.pdf")


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_role_comparison_table_breaks_no_word(
        demo_desk: Desk, tmp_path: Path, language: str) -> None:
    # Its fixed column shares once cut "Recommendation/s" and "unchange/d" in two.
    role = demo_desk.catalog.roles.all()[0]
    out = tmp_path / "role.pdf"
    demo_desk.reports.export_role(role.id, out, generated_at=FIXED_TIME, language=language)
    lines = {line.strip() for page in _pages(out) for line in page.splitlines()}
    whole = {"en": ["Recommendations", "unchanged", "Candidate", "Agreement"],
             "de": ["Kandidat", "Empfehlungen", "Status"]}[language]
    for word in whole:
        assert any(line == word or line.startswith(word + " ") or line.endswith(" " + word)
                   or f" {word} " in line for line in lines), (word, sorted(lines))
    # a soft hyphen is where a long German word may break, and nowhere else
    assert not any(len(line) == 1 and line.isalpha() for line in lines), sorted(lines)
