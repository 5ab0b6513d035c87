"""A blank the shipped kit leaves (“[names and roles]”) is marked in the reports, not printed
as though it were the question the panel asked."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from interview_desk.domain.placeholders import placeholders
from interview_desk.reports.layout import BLANK_NOTE
from interview_desk.services.desk import Desk

FIXED_TIME = "2026-05-06T08:30:00.000000+00:00"


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def test_the_demo_report_marks_each_blank_of_the_shipped_kit(
        demo_desk: Desk, tmp_path: Path) -> None:
    held = [r for r in demo_desk.sessions.overview() if r.status != "planned"]
    out = tmp_path / "report.pdf"
    demo_desk.reports.export_session(held[0].id, out, generated_at=FIXED_TIME)
    text = _text(out)
    blanks = placeholders(text)
    # the demo's questions use the shipped kit's wording
    assert "[project from the dossier]" in blanks
    for blank in blanks:
        assert f"{blank} ({BLANK_NOTE})" in text, blank
    # The note is ours, said only after a blank: the rest of the wording is left as it was.
    assert text.count(f"({BLANK_NOTE})") == sum(text.count(b) for b in blanks)


def test_the_panelist_report_marks_the_blanks_too(demo_desk: Desk, tmp_path: Path) -> None:
    held = next(r for r in demo_desk.sessions.overview() if r.status != "planned")
    panelist = demo_desk.scorecards.panel(held.id)[0]
    out = tmp_path / "card.pdf"
    demo_desk.reports.export_scorecard(held.id, panelist.id, out, generated_at=FIXED_TIME)
    text = _text(out)
    assert placeholders(text)
    for blank in placeholders(text):
        assert f"{blank} ({BLANK_NOTE})" in text, blank
