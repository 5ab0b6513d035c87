"""PDF reports: plain report data in, a PDF file out (reportlab Platypus). No database, no Qt.

The names below load ``export`` (and reportlab, ~0.1 s) on first use, not on import: the app
imports this package at start-up but draws a report only when asked (PEP 562).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from interview_desk.reports.export import (
        ExportResult,
        render_calibration_report,
        render_role_report,
        render_scorecard_report,
        render_session_report,
    )

__all__ = ["ExportResult", "render_calibration_report", "render_role_report",
           "render_scorecard_report", "render_session_report"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from interview_desk.reports import export

        return getattr(export, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
