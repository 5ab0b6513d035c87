"""#15 item 6: the PDF report follows the language it is asked for (the GUI passes its own)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from interview_desk.services.desk import Desk


def _text(path: Path) -> str:
    return " ".join("\n".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


def test_a_german_session_report_has_german_headings(demo_desk: Desk, tmp_path: Path) -> None:
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "decided")
    german = demo_desk.reports.export_session(sid, tmp_path / "de.pdf", language="de")
    english = demo_desk.reports.export_session(sid, tmp_path / "en.pdf")
    assert "Zweitgespräch — konsolidierter Bericht des Panels" in _text(german.path)
    assert "Second interview — consolidated panel report" in _text(english.path)
    assert "Zweitgespräch" not in _text(english.path)
