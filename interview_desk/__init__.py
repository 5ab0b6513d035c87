"""Interview Desk: an offline desk for panel interviewers."""

__version__ = "0.1.0"
