"""The live view's shared look: its two quiet colours, and escaping user text for rich labels."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from interview_desk.ui.look import Tone, quiet_colour, text_colour


def calm_amber(widget: QWidget) -> str:
    """Over time or behind: a cue, never an alarm; chosen for the palette in use."""
    return str(text_colour(Tone.CUE, widget).name())


def quiet(widget: QWidget) -> str:
    return str(quiet_colour(widget).name())


def heading(text: str, parent: QWidget) -> QLabel:
    return QLabel(f"<b>{esc(text)}</b>", parent)


def esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))
