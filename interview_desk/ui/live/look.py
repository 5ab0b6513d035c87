"""The live view's shared look: its two quiet colours, and escaping user text for rich labels."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

CALM_AMBER = "#9a6200"  # over time or behind: a cue, never an alarm
QUIET = "#6b6b6b"


def heading(text: str, parent: QWidget) -> QLabel:
    return QLabel(f"<b>{esc(text)}</b>", parent)


def esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))
