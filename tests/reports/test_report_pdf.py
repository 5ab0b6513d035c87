"""The PDFs read back: exact text, every script, no markup obeyed, no file read, stable bytes."""

from __future__ import annotations

import builtins
import io
import os
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from interview_desk.reports import fonts
from interview_desk.reports.layout import ReportDoc
from interview_desk.services.desk import Desk
from tests.reports import tricky

FIXED_TIME = "2026-05-06T08:30:00.000000+00:00"


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _content(path: Path) -> bytes:
    return b"\n".join(page.get_contents().get_data() for page in PdfReader(path).pages)


@pytest.fixture
def session_pdf(desk: Desk, tmp_path: Path) -> tuple[Path, str]:
    t = tricky.build(desk)
    out = tmp_path / "report.pdf"
    result = desk.reports.export_session(t.session_id, out, generated_at=FIXED_TIME)
    assert result.path == out
    assert result.warning == ""
    return out, _text(out)


def test_markup_in_notes_appears_exactly_as_typed_with_line_breaks(
        session_pdf: tuple[Path, str]) -> None:
    _path, text = session_pdf
    for line in tricky.MARKUP:
        assert line in text
    # The lines of one note stay on their own lines, in order.
    assert "\n".join(tricky.MARKUP[:4]) in text


def test_markup_in_names_and_headings_is_text(session_pdf: tuple[Path, str]) -> None:
    _path, text = session_pdf
    assert tricky.CANDIDATE in text
    assert tricky.ROLE in text
    for name in tricky.PANEL:
        assert name in text
    assert "Room <42> & co" in text
    assert "Because <b>reasons</b> & evidence\nline two" in text
    assert "What does success <look> like?" in text
    flat = " ".join(text.split())  # table cells wrap at spaces
    assert "Amended <evidence> & why" in flat
    assert "Heard Claire's point <u>" in flat
    assert "flag <text>" in text


def test_markup_is_never_obeyed(session_pdf: tuple[Path, str]) -> None:
    path = session_pdf[0]
    raw = path.read_bytes()
    content = _content(path)
    assert b"/Subtype /Image" not in raw and b"/XObject" not in raw
    assert b"/URI" not in raw and b"/Launch" not in raw and b"/GoToR" not in raw
    # <font color=red> would have set a pure red fill.
    assert not re.search(rb"(^|\s)1 0 0 rg", content)
    used_fonts = {f.split(b"+", 1)[-1] for f in re.findall(rb"/BaseFont /([\w+-]+)", raw)}
    assert used_fonts <= {b"DejaVuSans", b"DejaVuSans-Bold", b"DroidSansFallback",
                          b"NanumGothic", b"Symbola"}


def test_every_script_renders_as_text(session_pdf: tuple[Path, str]) -> None:
    _path, text = session_pdf
    for sample in tricky.SCRIPTS.values():
        assert sample in text
    # Hebrew and Arabic are drawn in display order (Arabic joined); the text layer gives back
    # exactly what was typed.
    for sample in tricky.RTL.values():
        assert sample in text


def test_long_words_wrap_and_a_20000_character_note_is_complete(
        session_pdf: tuple[Path, str]) -> None:
    _path, text = session_pdf
    flat = text.replace("\n", "")
    assert f"long word: {tricky.LONG_WORD} end" in flat
    words = re.findall(r"w\d{5}", text)
    start = words.index("w00000")
    assert words[start:start + 3400] == [f"w{i:05d}" for i in range(3400)]


def test_star_parts_concerns_preview_and_changes_are_labelled(
        session_pdf: tuple[Path, str]) -> None:
    _path, text = session_pdf
    assert f"Situation: {tricky.SCRIPTS['greek']}" in text
    assert f"Task: {tricky.SCRIPTS['cyrillic']}" in text
    assert "Concern <b>one</b> & more" in text
    assert "Addressed — marked by" in text
    assert "Not marked as addressed in this interview." in text
    assert "1 of 5 talking points covered." in text
    assert "Post-debrief changes" in text
    flat = " ".join(text.split())
    assert "Overall recommendation" in flat and "Strong yes" in flat
    assert "Question skipped." in text
    assert "Takeaway of Дмитрий Иванов\nsecond line" in text


def test_header_footer_and_generation_time_on_every_page(
        session_pdf: tuple[Path, str]) -> None:
    path = session_pdf[0]
    pages = PdfReader(path).pages
    assert len(pages) > 3
    for i, page in enumerate(pages, 1):
        text = page.extract_text()
        assert f"Confidential — page {i} of {len(pages)}" in text
        assert "Generated 2026-05-06 08:30 UTC" in text
        if i > 1:
            assert f"{tricky.CANDIDATE} — {tricky.ROLE}" in text


def test_table_header_repeats_when_a_table_crosses_a_page(desk: Desk, tmp_path: Path) -> None:
    t = tricky.build(desk)
    # A role with many competencies makes the matrix cross a page.
    role = desk.catalog.roles.get(t.role_id)
    from interview_desk.domain.model import Competency

    role.competencies += [Competency(key=f"extra{i}", name=f"Extra competency {i}",
                                      anchors=("a", "b", "c", "d"))
                          for i in range(60)]
    # Stored into the session's own role version (the catalog would make a new version):
    # a session planned with this long role.
    desk.catalog.roles.save(role)
    out = tmp_path / "long.pdf"
    desk.reports.export_session(t.session_id, out, generated_at=FIXED_TIME)
    pages = [p.extract_text() for p in PdfReader(out).pages]
    matrix_pages = [p for p in pages if "Extra competency" in p and "Range" in p]
    assert len(matrix_pages) >= 2
    for page in matrix_pages:
        assert "Competency Weight" in page.replace("\n", " ")


def test_same_data_gives_byte_identical_pdfs_in_invariant_mode(
        desk: Desk, tmp_path: Path) -> None:
    t = tricky.build(desk)
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    desk.reports.export_session(t.session_id, a, invariant=True, generated_at=FIXED_TIME)
    desk.reports.export_session(t.session_id, b, invariant=True, generated_at=FIXED_TIME)
    assert a.read_bytes() == b.read_bytes()
    c, d = tmp_path / "c.pdf", tmp_path / "d.pdf"
    desk.reports.export_role(t.role_id, c, invariant=True, generated_at=FIXED_TIME)
    desk.reports.export_role(t.role_id, d, invariant=True, generated_at=FIXED_TIME)
    assert c.read_bytes() == d.read_bytes()


def test_export_opens_only_the_bundled_fonts_and_its_own_output(
        desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    t = tricky.build(desk)
    view = desk.debrief.view(t.session_id)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    opened: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(file, int):
            opened.append(os.fspath(file))
        return real_open(file, *args, **kwargs)

    def spy_os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        opened.append(os.fspath(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    # Start from a process that has not loaded the fonts, so their opening is seen too.
    monkeypatch.setattr(fonts, "_registered", False)
    from interview_desk.reports import render_session_report

    render_session_report(view, out_dir / "r.pdf", generated_at=FIXED_TIME)
    monkeypatch.undo()
    font_dir = fonts.fonts_dir().resolve()
    assert opened, "the spy saw nothing"
    for path in opened:
        p = Path(path).resolve()
        assert p.parent == font_dir or p.parent == out_dir.resolve(), path
    assert any(Path(p).parent.resolve() == font_dir for p in opened)
    assert not any("passwd" in p or "example.com" in p for p in opened)


def test_characters_no_font_can_draw_are_listed_in_a_warning(
        desk: Desk, tmp_path: Path) -> None:
    t = tricky.build(desk, with_undrawable=True)
    result = desk.reports.export_session(t.session_id, tmp_path / "r.pdf")
    assert "U+13000" in result.warning
    assert result.missing_characters == {tricky.UNDRAWABLE}
    assert result.path.exists()


def test_a_failed_export_leaves_no_partial_file_and_keeps_the_old_one(
        desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    t = tricky.build(desk)
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the previous report")

    def broken(self: ReportDoc, story: list[Any]) -> None:
        self.filename.write(b"%PDF-1.4 half a report")
        raise RuntimeError("disk full")

    monkeypatch.setattr(ReportDoc, "render", broken)
    with pytest.raises(RuntimeError):
        desk.reports.export_session(t.session_id, out)
    assert out.read_bytes() == b"the previous report"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_panelist_scorecard_report_shows_only_that_panelist(desk: Desk, tmp_path: Path) -> None:
    t = tricky.build(desk)
    out = tmp_path / "card.pdf"
    desk.reports.export_scorecard(t.session_id, t.panelist_ids[1], out,
                                  generated_at=FIXED_TIME)
    text = _text(out)
    assert "Дмитрий Иванов" in text
    assert f"Evidence from {tricky.PANEL[1]}: <b>technical_depth</b> & \"so on\"" in text
    assert f"Evidence from {tricky.PANEL[0]}" not in text
    assert "Amended <evidence> & why" in " ".join(text.split())
    assert tricky.SCRIPTS["korean"] in text  # his note
    assert "not red" not in text  # the lead's note is not his


def test_role_comparison_lists_the_held_interviews_of_the_role_as_the_page_does(
        demo_desk: Desk, tmp_path: Path) -> None:
    role = demo_desk.catalog.roles.all()[0]
    out = tmp_path / "role.pdf"
    demo_desk.reports.export_role(role.id, out, generated_at=FIXED_TIME)
    text = _text(out)
    rows = {r.candidate: r.status for r in demo_desk.sessions.overview()}
    for name, status in rows.items():
        assert (name in text) == (status != "planned"), name
    assert "held interviews only" in text
    assert "Hire" in text
    assert "Decided\n3 of 3\nscorecards" in text


def test_a_session_with_nothing_recorded_yet_still_exports(
        demo_desk: Desk, tmp_path: Path) -> None:
    planned = next(r for r in demo_desk.sessions.overview() if r.status == "planned")
    out = tmp_path / "planned.pdf"
    result = demo_desk.reports.export_session(planned.id, out, generated_at=FIXED_TIME)
    assert result.warning == ""
    text = " ".join(_text(out).split())
    assert planned.candidate in text
    assert "No decision recorded yet" in text
    # Nobody has submitted: the panel is sealed and the report says it is interim.
    assert "INTERIM — the panel is sealed: 0 of 3 scorecards are in." in text
    assert text.count("INTERIM — not the panel's final record") == len(PdfReader(out).pages)
    assert "Sealed: the ratings stay hidden until every panelist has submitted." in text
    assert "No notes were taken." in text
    assert "No questions from the candidate were recorded." in text
    assert "0 of 5 talking points covered." in text


def test_empty_evidence_and_takeaways_are_marked_not_dropped(
        desk: Desk, tmp_path: Path) -> None:
    t = tricky.build(desk)
    desk.db.execute("UPDATE ratings SET evidence = ''")
    desk.db.execute("UPDATE scorecards SET takeaways = ''")
    out = tmp_path / "empty.pdf"
    desk.reports.export_session(t.session_id, out, generated_at=FIXED_TIME)
    text = _text(out)
    assert text.count("(no evidence written)") == 18  # 6 competencies × 3 panelists
    assert text.count("(no takeaways written)") == 3
