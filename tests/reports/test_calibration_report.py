"""The calibration PDF read back: names exactly as typed, figures as the page shows them."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from interview_desk.domain.calibration import calibrate
from interview_desk.reports.export import render_calibration_report
from interview_desk.services.desk import Desk
from tests.domain.test_calibration import ANN_HIGH, Y, _view

FIXED_TIME = "2026-05-06T08:30:00.000000+00:00"
TRICKY = "<b>Ann</b> & \"Nour\" نور 🙂"


def _text(path: Path) -> str:
    return " ".join("\n".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


def test_the_report_shows_each_interviewer_with_interval_and_reading(tmp_path: Path) -> None:
    views = [_view(sid, day, {(TRICKY if name == "Ann" else name): v
                              for name, v in cards.items()}) for sid, day, cards in ANN_HIGH]
    cal = calibrate(views)
    out = tmp_path / "calibration.pdf"
    result = render_calibration_report(cal, out, generated_at=FIXED_TIME, invariant=True)
    assert result.path == out
    text = _text(out)
    assert "<b>Ann</b> & \"Nour\"" in text  # markup is text
    ann = next(i for i in cal.interviewers if i.name == TRICKY)
    assert ann.score_vs_panel.shown in text
    assert "higher than the panel" in text
    assert "Fewer than" not in text  # five sessions are enough
    assert "2026-Q1" in text and "Engineer" in text


def test_too_few_sessions_is_said_at_the_top(tmp_path: Path) -> None:
    cal = calibrate([_view("s1", "2026-01-12", {"Ann": (4, None, Y), "Bob": (2, None, Y)})])
    out = tmp_path / "few.pdf"
    render_calibration_report(cal, out, generated_at=FIXED_TIME)
    text = _text(out)
    assert "Fewer than 5 sessions" in text and "too few sessions (1 of 5 needed)" in text
    empty = tmp_path / "none.pdf"
    render_calibration_report(calibrate([]), empty, generated_at=FIXED_TIME)
    assert "nothing to calibrate" in _text(empty)


def test_the_role_report_gives_time_to_decision_as_the_page_does(
        demo_desk: Desk, tmp_path: Path) -> None:
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "decided")
    view = demo_desk.debrief.view(sid)
    demo_desk.sessions.sessions.update_fields(sid, started_at="2026-11-02T10:00:00+00:00")
    assert view.decision is not None
    demo_desk.debrief.record_decision(
        sid, view.decision.outcome, rationale=view.decision.rationale,
        decided_by=view.decision.decided_by, decided_at="2026-11-06T15:00:00+00:00",
        candidate_informed_at="2026-11-09")
    out = tmp_path / "role.pdf"
    demo_desk.reports.export_role(view.role_id, out, generated_at=FIXED_TIME)
    lines = demo_desk.calibration.time_to_decision(view.role_id).lines()
    assert lines == ["Interview to decision: median 4 days, worst 4 (1 candidate); "
                     "1 still undecided",
                     "Interview to candidate told: median 7 days, worst 7 (1 candidate)"]
    text = _text(out)
    for line in lines:
        assert line in text
