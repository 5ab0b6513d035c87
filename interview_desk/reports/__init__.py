"""PDF reports: plain report data in, a PDF file out (reportlab Platypus). No database, no Qt."""

from interview_desk.reports.export import (
    ExportResult,
    render_role_report,
    render_scorecard_report,
    render_session_report,
)

__all__ = ["ExportResult", "render_role_report", "render_scorecard_report",
           "render_session_report"]
