"""The live view's shared look: its two quiet colours, and escaping user text for rich labels."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from interview_desk.ui.look import Tone, quiet_colour, text_colour

#: Below this available width (logical pixels) the live view's columns take their least widths,
#: so the question and the note get the rest (a 1366 screen at 150 % is 911 wide).
ROOMY_SCREEN_WIDTH = 1200


def roomy(widget: QWidget) -> bool:
    screen = widget.screen()
    return screen is None or screen.availableGeometry().width() >= ROOMY_SCREEN_WIDTH


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
