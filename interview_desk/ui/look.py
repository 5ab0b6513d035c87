"""Colours that follow the desktop's palette: one place decides what a tone looks like.

A dark desktop theme hands the app a dark palette; fixed light backgrounds then carried the
palette's light text (light on light). Every tinted background therefore comes with its own
text colour, chosen for the palette in use, and plain text uses palette roles. The app draws
with the platform's palette; when the desktop turns light or dark while it runs, ``tint`` puts
each tinted widget's colours right again.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


class Tone(Enum):
    """What a tint means; each has a light-palette and a dark-palette pair."""

    ERROR = "error"
    WARNING = "warning"  # a note to read before going on, e.g. "saving makes version 2"
    GOOD = "good"
    DISAGREE = "disagree"  # the Debrief's columns to discuss
    CHANGED = "changed"  # a figure the debrief changed
    CHOSEN = "chosen"  # the anchor of the rating given
    CUE = "cue"  # over time or behind in the live view: a calm amber, never an alarm


# (background, text) on a light palette, then on a dark one.
_TONES: dict[Tone, tuple[tuple[str, str], tuple[str, str]]] = {
    Tone.ERROR: (("#fdecea", "#b3261e"), ("#5c1f1b", "#ffdad5")),
    Tone.WARNING: (("#fff4e0", "#7a4d00"), ("#4d3800", "#ffdf9e")),
    Tone.GOOD: (("#e6f4ea", "#1e5b2a"), ("#1d3d25", "#b7f0c2")),
    Tone.DISAGREE: (("#ffe0b2", "#3e2700"), ("#6a4300", "#fff0d6")),
    Tone.CHANGED: (("#cfe8fc", "#0b2e4f"), ("#124a73", "#e3f2ff")),
    Tone.CHOSEN: (("#cfe3fa", "#0b2e4f"), ("#1f4f86", "#ffffff")),
    Tone.CUE: (("#fff4e0", "#9a6200"), ("#4d3800", "#f2b64d")),
}


def palette_of(widget: QWidget | None = None) -> QPalette:
    """The palette ``widget`` is drawn on: the nearest one set on it or around it, else the
    app's. A style sheet (a tint) recolours its own widget's palette, and a widget takes up a
    new app palette only an event later, so neither is asked."""
    while widget is not None:
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette) and not widget.styleSheet():
            return widget.palette()
        widget = widget.parentWidget()
    return QApplication.palette()


def is_dark(palette: QPalette) -> bool:
    """A palette is dark when its window background is darker than its text."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def colours(tone: Tone, widget: QWidget | None = None) -> tuple[QColor, QColor]:
    """(background, text) of ``tone`` for the palette ``widget`` (or the app) uses."""
    light, dark = _TONES[tone]
    bg, fg = dark if is_dark(palette_of(widget)) else light
    return QColor(bg), QColor(fg)


def text_colour(tone: Tone, widget: QWidget | None = None) -> QColor:
    """A text colour of ``tone`` readable on the plain window background."""
    bg, fg = colours(tone, widget)
    # on a light window the dark text of a tint reads well; on a dark one the light text does
    return fg if tone in (Tone.ERROR, Tone.WARNING, Tone.GOOD, Tone.CUE) else bg


def quiet_colour(widget: QWidget | None = None) -> QColor:
    """Secondary text (keys, section, save state): between the text and the background of
    the palette in use, so it stays readable on a dark one (a fixed grey was not)."""
    palette = palette_of(widget)
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return QColor(round(text.red() * 0.6 + window.red() * 0.4),
                  round(text.green() * 0.6 + window.green() * 0.4),
                  round(text.blue() * 0.6 + window.blue() * 0.4))


def banner_style(tone: Tone, widget: QWidget | None = None, selector: str = "QLabel") -> str:
    """A style sheet for a tinted message box whose text stays readable."""
    bg, fg = colours(tone, widget)
    return (f"{selector} {{ background: {bg.name()}; color: {fg.name()}; padding: 6px; "
            "border-radius: 4px; }")


def text_style(tone: Tone, widget: QWidget | None = None, bold: bool = False) -> str:
    weight = " font-weight: bold;" if bold else ""
    return f"color: {text_colour(tone, widget).name()};{weight}"


class _Tint(QObject):
    """Keeps one widget's style sheet made for the palette in use."""

    def __init__(self, widget: QWidget, style: Callable[[], str] | None) -> None:
        super().__init__(widget)
        self.setObjectName(_TINT)
        self.widget = widget
        self.style = style
        # A new application palette (the platform's after the desktop turned dark, or one set
        # by the app) reaches a widget with a style sheet by no event of its own: the app's
        # signal is the one place it is announced. The desktop's light/dark switch as well,
        # for a platform that tells it before (or without) a new palette.
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self.apply)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply)

    def apply(self) -> None:
        self.widget.setStyleSheet(self.style() if self.style is not None else "")


_TINT = "look_tint"


def tint(widget: QWidget, style: Callable[[], str] | None) -> None:
    """Give ``widget`` the style sheet ``style()`` makes (none for None), now and each time
    the palette changes (e.g. the desktop turns dark): a sheet made once kept the old
    palette's colours."""
    kept = widget.findChild(QObject, _TINT, Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(kept, _Tint):
        kept.style = style
        kept.apply()
        return
    _Tint(widget, style).apply()


class _Checks(QObject):
    """Keeps a list's check boxes drawn with an edge that stands out from the list's base."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self.apply)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply)

    def apply(self) -> None:
        around = palette_of(self.widget.parentWidget())
        # Fusion draws a check box's edge as the Window colour made darker: on a dark palette
        # that is near black on a near-black base, so an unticked box could not be seen. The
        # list's own Window colour is set between the palette's text and window, so the edge
        # is a mid grey; on a light palette the list keeps the palette's own Window colour.
        # Only that role is set: every other one still follows the palette around the list.
        window = (quiet_colour(self.widget.parentWidget()) if is_dark(around)
                  else around.color(QPalette.ColorRole.Window))
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Window, window)
        self.widget.setPalette(palette)


def readable_checks(widget: QWidget) -> None:
    """Make the check boxes of ``widget`` (a list with checkable rows) visible in a dark
    palette as in a light one, now and each time the palette changes."""
    _Checks(widget).apply()
