"""#15 item 5: light and dark follow the system. The app draws with the platform's palette; when
the desktop turns dark (or light) while it runs, the app's own tints (ui/look.py) turn with it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QStyle
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.look import Tone, colours
from interview_desk.ui.main_window import MainWindow
from tests.helpers import REPO_ROOT
from tests.ui.look_shots import DARK


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def window(qtbot: QtBot, demo_desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    live = next(r.id for r in demo_desk.sessions.overview() if r.status == "live")
    w.open_session(live)
    yield w
    w.close()


def _painted(label: QLabel) -> QColor:
    """The background the user sees at the left middle of ``label`` (inside its padding)."""
    QApplication.processEvents()
    return label.grab().toImage().pixelColor(3, label.height() // 2)


def _end_bar(window: MainWindow) -> QLabel:
    window.show_page("live")
    bar = window.page("live").findChild(QLabel, "end_bar")
    assert isinstance(bar, QLabel)
    bar.show()  # as Ctrl+Shift+E shows it: "end the interview?"
    return bar


def test_a_tinted_banner_turns_with_the_app_palette(
        qapp: QApplication, window: MainWindow) -> None:
    bar = _end_bar(window)
    light_bg, _ = colours(Tone.WARNING)
    assert _painted(bar) == light_bg
    before = qapp.palette()
    try:
        qapp.setPalette(_dark())  # what Qt does when the desktop's scheme turns dark
        dark_bg, dark_fg = colours(Tone.WARNING)
        assert dark_bg != light_bg
        assert _painted(bar) == dark_bg
        assert dark_fg.name() in bar.styleSheet()
    finally:
        qapp.setPalette(before)
    assert _painted(bar) == light_bg


def test_a_colour_scheme_change_retints_what_sits_on_a_dark_window(
        window: MainWindow) -> None:
    bar = _end_bar(window)
    light_bg, _ = colours(Tone.WARNING)
    # a platform that announces the scheme before, or without, a new app palette
    window.setPalette(_dark())
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    dark_bg, _ = colours(Tone.WARNING, window)
    assert dark_bg != light_bg
    assert _painted(bar) == dark_bg


def test_the_app_forces_no_style_and_no_palette(qapp: QApplication) -> None:
    """The platform's own palette (and so its light or dark) is the one the window uses."""
    script = (
        "from interview_desk.ui.app import application\n"
        "from PySide6.QtWidgets import QStyleFactory\n"
        "app = application()\n"
        "from interview_desk.services.demo import create_demo\n"
        "from interview_desk.ui.main_window import MainWindow\n"
        "import tempfile, pathlib\n"
        "desk = create_demo(pathlib.Path(tempfile.mkdtemp()) / 'demo.sqlite3')\n"
        "window = MainWindow(desk)\n"
        "print(app.palette().resolveMask(), app.style().name())\n"
        "window.ops.close(); desk.close()\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    mask, style = done.stdout.split()[-2:]
    assert mask == "0", "an application palette was set: the desktop's light/dark is lost"
    assert style == qapp.style().name()  # the platform's default, not a forced one


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(
            c.blue())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _unticked_box_contrast(concerns: QListWidget) -> float:
    """The strongest contrast between an unticked concern's check box and the list's base:
    the box's edge is what shows there is something to tick."""
    QApplication.processEvents()
    row = next(concerns.item(i) for i in range(concerns.count())
               if concerns.item(i).checkState() == Qt.CheckState.Unchecked)
    image = concerns.viewport().grab().toImage()
    place = concerns.visualItemRect(row)
    style = concerns.style()
    box = (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, concerns)
           + 2 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, concerns))
    base = concerns.palette().color(QPalette.ColorRole.Base)
    return max(_contrast(image.pixelColor(x, y), base)
               for x in range(place.left(), place.left() + box)
               for y in range(place.top(), place.bottom()))


def test_unticked_concerns_show_their_check_box_in_a_dark_palette(
        qapp: QApplication, window: MainWindow) -> None:
    window.show_page("live")
    concerns = window.page("live").findChild(QListWidget, "concerns")
    assert isinstance(concerns, QListWidget) and concerns.count()
    before = qapp.palette()
    try:
        qapp.setPalette(_dark())  # Fusion, the tests' style, draws with the palette it is given
        assert _unticked_box_contrast(concerns) >= 3  # WCAG's least for a control's edge
    finally:
        qapp.setPalette(before)
    QApplication.processEvents()
    # back on the light palette the list is drawn as the platform draws it
    assert (concerns.palette().color(QPalette.ColorRole.Window)
            == before.color(QPalette.ColorRole.Window))
