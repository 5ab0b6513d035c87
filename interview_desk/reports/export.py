"""Data in, PDF file out: the three reports, written atomically.

Each function is pure apart from writing ``path``: it takes plain report data (no database),
lays it out with reportlab Platypus into a temporary file beside ``path`` and renames it into
place, so a failed export never leaves a partial file. ``invariant=True`` gives byte-identical
PDFs from the same data (reportlab's invariant mode: no creation time or random document id).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable

from interview_desk.domain.calibration import Calibration
from interview_desk.domain.debrief import PanelView, RoleComparison
from interview_desk.files import atomic_write
from interview_desk.i18n import QT_TRANSLATE_NOOP, Words, arg
from interview_desk.reports.calibration_report import calibration_story
from interview_desk.reports.fonts import SANS_BOLD
from interview_desk.reports.layout import ReportDoc, Writer
from interview_desk.reports.role_report import role_story
from interview_desk.reports.scorecard_report import own_card, scorecard_story
from interview_desk.reports.session_report import session_story
from interview_desk.reports.text import describe_missing

Progress = Callable[[int, str], None]

Report = Words("Report")  # wording the caller shows (``say``) in its own language
#: Printed on every page of a report that is not the panel's final record.
INTERIM_STAMP = QT_TRANSLATE_NOOP("Report", "INTERIM — not the panel's final record")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    missing_characters: frozenset[str] = frozenset()
    interim: bool = False  # marked INTERIM: the panel was sealed or the interview live

    @property
    def warning(self) -> str:
        """A sentence for the user when some characters could not be drawn, else ''."""
        if not self.missing_characters:
            return ""
        return Report.tr("Some characters have no glyph in the bundled fonts and show as empty "
                         "boxes in the PDF: %1").arg(describe_missing(self.missing_characters))


def _quiet(_percent: int, _message: str) -> None:
    return None


def _write(path: str | Path, title: Callable[[Writer], str], header: Callable[[Writer], str],
           story: Callable[[Writer, float], list[Flowable]], *, landscape: bool = False,
           generated_at: str, invariant: bool, progress: Progress | None,
           stamp: str = "", language: str = "en") -> ExportResult:
    report = progress or _quiet
    target = Path(path)
    w = Writer(language)
    report(2, w.tr("Preparing the report…"))
    with atomic_write(target, "wb") as out:
        doc = ReportDoc(out, title=title(w), header_markup=header(w),
                        generated_at=generated_at, styles=w.s, writer=w,
                        landscape_pages=landscape, invariant=invariant, progress=progress,
                        stamp=w.catalog.translate("Report", stamp) if stamp else "")
        flowables = story(w, doc.width)
        report(10, w.tr("Laying out pages…"))
        doc.render(flowables)
    report(100, w.tr("Report written."))
    return ExportResult(target, frozenset(w.ink.missing), interim=bool(stamp))


def _bold(w: Writer, text: str) -> str:
    return f'<font name="{SANS_BOLD}">{w.ink(text, bold=True)}</font>'


def _candidate_header(w: Writer, candidate: str, role: str) -> str:
    # markup on both sides of the dash: "%1 — %2" keeps the order a language may change
    return arg(w.tr("%1 — %2"), _bold(w, candidate or w.tr("(no name)")),
               w.ink(role or w.tr("(no role)")))


def render_session_report(view: PanelView, path: str | Path, *, generated_at: str,
                          invariant: bool = False, progress: Progress | None = None,
                          language: str = "en") -> ExportResult:
    """The consolidated panel report for one session; an interim one says so on every page."""
    return _write(
        path, lambda w: arg(w.tr("INTERIM Interview report — %1 — %2") if view.interim
                            else w.tr("Interview report — %1 — %2"), view.candidate, view.role),
        lambda w: _candidate_header(w, view.candidate, view.role),
        lambda w, width: session_story(w, view, width),
        generated_at=generated_at, invariant=invariant, progress=progress,
        stamp=INTERIM_STAMP if view.interim else "", language=language)


def render_scorecard_report(view: PanelView, path: str | Path, *, generated_at: str,
                            invariant: bool = False, progress: Progress | None = None,
                            language: str = "en") -> ExportResult:
    """One panelist's scorecard and notes, from that panelist's own view."""
    name = own_card(view).panelist.name
    return _write(
        path, lambda w: arg(w.tr("Scorecard — %1 — %2"), name, view.candidate),
        lambda w: arg(w.tr("%1 — %2"), _candidate_header(w, view.candidate, view.role),
                      w.ink(name)),
        lambda w, width: scorecard_story(w, view, width),
        generated_at=generated_at, invariant=invariant, progress=progress,
        language=language)


def render_role_report(data: RoleComparison, path: str | Path, *, generated_at: str,
                       invariant: bool = False, progress: Progress | None = None,
                       language: str = "en") -> ExportResult:
    """All candidates interviewed for one role, side by side."""
    return _write(
        path, lambda w: arg(w.tr("Role comparison — %1"), data.role),
        lambda w: arg(w.tr("%1 — %2"), _bold(w, w.tr("Role comparison")),
                      w.ink(data.role or w.tr("(no name)"))),
        lambda w, width: role_story(w, data, width), landscape=True,
        generated_at=generated_at, invariant=invariant, progress=progress,
        language=language)


def render_calibration_report(data: Calibration, path: str | Path, *, generated_at: str,
                              invariant: bool = False, progress: Progress | None = None,
                              language: str = "en") -> ExportResult:
    """Every interviewer's calibration and the panel's agreement per role and quarter."""
    return _write(
        path, lambda w: w.tr("Interviewer calibration"),
        lambda w: _bold(w, w.tr("Interviewer calibration")),
        lambda w, width: calibration_story(w, data, width), landscape=True,
        generated_at=generated_at, invariant=invariant, progress=progress,
        language=language)
