"""The live view's cue and quiet colours follow the palette: readable on a light and a dark
window alike (a fixed grey and amber were dim on a dark one)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from interview_desk.ui.live.look import calm_amber, quiet


def _luminance(colour: QColor) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def _contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _widget(qtbot, window: str, text: str) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    widget.setPalette(palette)
    return widget


def test_cue_and_quiet_text_read_on_light_and_dark_windows(qtbot) -> None:  # type: ignore[no-untyped-def]
    for window, text in (("#f0f0f0", "#000000"), ("#2b2b2b", "#e6e6e6")):
        widget = _widget(qtbot, window, text)
        background = QColor(window)
        # WCAG's 3:1 for large or secondary text; the old fixed grey had 2.3:1 on #2b2b2b
        assert _contrast(QColor(quiet(widget)), background) >= 3, window
        assert _contrast(QColor(calm_amber(widget)), background) >= 3, window
    light, dark = _widget(qtbot, "#f0f0f0", "#000000"), _widget(qtbot, "#2b2b2b", "#e6e6e6")
    assert calm_amber(light) != calm_amber(dark)
