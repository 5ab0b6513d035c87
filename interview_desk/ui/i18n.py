"""One translation helper for every visible string outside QObject methods."""

from PySide6.QtCore import QCoreApplication


def tr(text: str, context: str = "InterviewDesk") -> str:
    return QCoreApplication.translate(context, text)
