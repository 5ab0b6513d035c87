"""Screenshots of every page, and what of each page lies outside the window or is squeezed.

Run in its own process (``python -m tests.ui.look_shots OUT PALETTE [LANGUAGE]``) because the
screen's size and scale (QT_SCALE_FACTOR) are fixed when the QApplication starts. It prints one JSON
object: the PNGs written and the geometry problems found. The caller sets the platform (an
offscreen screen of 1366×768, see tests/ui/test_look.py) and the scale.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)

#: A dark palette as a dark desktop theme hands it to the app (Fusion draws with it).
DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
    QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#8a8a8a",
    QPalette.ColorRole.BrightText: "#ffffff", QPalette.ColorRole.Link: "#8ab4f8",
}


def _hidden_by_a_scroll_area(widget: QWidget, window: QWidget) -> bool:
    """Content of a scroll area may be larger than its viewport: that is what it is for."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _minimum(widget: QWidget) -> QSize:
    """The smallest size a layout would give ``widget`` (Qt's own rule, qSmartMinSize)."""
    hint = widget.minimumSizeHint()
    policy = widget.sizePolicy()
    width = widget.minimumWidth() or (
        0 if policy.horizontalPolicy() == QSizePolicy.Policy.Ignored
        or not hint.isValid() else hint.width())
    height = widget.minimumHeight() or (
        0 if policy.verticalPolicy() == QSizePolicy.Policy.Ignored
        or not hint.isValid() else hint.height())
    return QSize(width, height)


def _name(widget: QWidget) -> str:
    text = ""
    for attr in ("text", "title", "windowTitle"):
        getter = getattr(widget, attr, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                text = value[:40]
                break
    return f"{type(widget).__name__}#{widget.objectName() or '-'} “{text}”"


def header_problems(header: QHeaderView, page: str) -> list[str]:
    """Column titles cut at their section's edges ("blem solvin…" at 150 %)."""
    from interview_desk.ui.wrapping_header import WRAP_FLAGS, WrappingHeader

    out: list[str] = []
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return out
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        place = QRect(0, 0, header.sectionSize(section), header.height())
        if isinstance(header, WrappingHeader):
            room = header.text_rect(place)
            needs = metrics.boundingRect(QRect(room.topLeft(), QSize(room.width(), 10_000)),
                                         WRAP_FLAGS, text)
            fits = needs.width() <= room.width() and needs.height() <= room.height()
        else:
            fits = all(metrics.horizontalAdvance(line) <= place.width()
                       for line in text.splitlines())
        if not fits:
            out.append(f"{page}: the column title “{text}” is cut off in its section "
                       f"{place.width()}×{place.height()} of {_name(header.parentWidget())}")
    return out


def geometry_problems(window: QWidget, page: str) -> list[str]:
    """Visible widgets outside the window, or smaller than the least their layout allows."""
    out: list[str] = []
    bounds = window.rect()
    for area in window.findChildren(QScrollArea):
        inner = area.widget()
        if (area.isVisibleTo(window) and inner is not None
                and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                and inner.width() > area.viewport().width() + 1):
            out.append(f"{page}: {_name(inner)} is {inner.width()} wide in a scroll area "
                       f"{area.viewport().width()} wide without a horizontal scroll bar: its "
                       "right edge is cut off")
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QHeaderView):  # a table's own header sits inside its scroll area
            out.extend(header_problems(widget, page))
        if _hidden_by_a_scroll_area(widget, window):
            continue
        place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not bounds.contains(place):
            out.append(f"{page}: {_name(widget)} at {place.getRect()} lies outside the "
                       f"window {bounds.getRect()}")
        # a stack or a tab widget shows one page; its minimum is the largest page's; a tab
        # bar's scroll buttons are sized by the bar; a spin box or an editable combo box
        # lays out its own line edit
        if isinstance(widget.parentWidget(), QStackedWidget | QTabWidget | QTabBar
                      | QAbstractSpinBox | QComboBox):
            continue
        least = _minimum(widget)
        if widget.width() + 1 < least.width() or widget.height() + 1 < least.height():
            out.append(f"{page}: {_name(widget)} is {widget.width()}×{widget.height()}, "
                       f"squeezed below its {least.width()}×{least.height()}")
        # A wrapped label's minimum is one short line; at its real width it needs the height
        # its lines take, and less cuts the text off at the bottom (the live view's question).
        if (isinstance(widget, QLabel) and widget.wordWrap() and widget.text()
                and widget.height() + 1 < widget.heightForWidth(widget.width())):
            out.append(f"{page}: {_name(widget)} is {widget.height()} high, its text needs "
                       f"{widget.heightForWidth(widget.width())} at its width "
                       f"{widget.width()}: the last lines are cut off")
    return out


def main(out: Path, palette: str, language: str = "en") -> None:
    from datetime import UTC, datetime

    from interview_desk.ui.i18n import use_language

    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Interview Desk")
    use_language(app, language)  # German words are longer: they must fit too
    if palette == "dark":
        app.setStyle("Fusion")  # the platform style may ignore a palette; Fusion never does
        dark = QPalette()
        for role, colour in DARK.items():
            dark.setColor(role, QColor(colour))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText):  # greyed controls look greyed
            dark.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
        app.setPalette(dark)
    from interview_desk.services.demo import create_demo
    from interview_desk.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="look-"))
    desk = create_demo(folder / "demo.sqlite3", now=datetime(2026, 11, 22, 10, 20, tzinfo=UTC))
    window = MainWindow(desk)  # as the app starts it: sized (or maximised) for the screen
    window.show()
    shots: list[str] = []
    problems: list[str] = []
    scale = window.devicePixelRatioF()
    tag = f"{palette}-{round(scale * 100)}" + ("" if language == "en" else f"-{language}")

    def look(page: str) -> None:
        # a page that reads in the background (the role comparison) is looked at with its rows
        shown = window.page(page) if page in window_pages else None
        deadline = time.monotonic() + 20
        while getattr(shown, "loading", False) and time.monotonic() < deadline:
            QTest.qWait(10)
        for _ in range(3):
            app.processEvents()
        target = out / f"{tag}-{page}.png"
        window.grab().save(str(target))
        shots.append(target.name)
        problems.extend(geometry_problems(window, page))
        editor = getattr(window.page(page), "editor", None) if page in (
            "candidates", "roles", "kits") else None
        if scale == 1 and isinstance(editor, QWidget) and editor.parentWidget() is not None:
            # at 100 % a preparation editor needs no sideways scrolling, in any language
            room = editor.parentWidget().width()
            if editor.minimumSizeHint().width() > room:
                problems.append(f"{page}: the editor needs {editor.minimumSizeHint().width()} "
                                f"pixels of its {room}: it scrolls sideways")

    screen = window.screen().availableGeometry()
    if not screen.contains(window.frameGeometry()):
        problems.append(f"window {window.frameGeometry().getRect()} larger than the screen "
                        f"{screen.getRect()}")
    window_pages = ("sessions", "candidates", "roles", "kits", "debrief", "role_comparison",
                    "overdue")
    for key in window_pages:
        window.show_page(key)
        look(key)
    live = next(s for s in desk.sessions.overview() if s.status == "live")
    window.open_session(live.id)
    look("live")
    if not screen.contains(window.frameGeometry()):
        problems.append(f"with the live view the window {window.frameGeometry().getRect()} is "
                        f"larger than the screen {screen.getRect()}")
    decided = next(s for s in desk.sessions.overview() if s.status == "decided")
    window.open_scorecard(decided.id, desk.scorecards.panel(decided.id)[0].id)
    look("scorecard")
    debrief = window.page("debrief")
    debrief.show_session(decided.id)  # type: ignore[attr-defined]
    window.show_page("debrief")
    look("debrief-decided")
    from interview_desk.ui.prepare.session_planner import SessionPlannerDialog

    planned = next(s for s in desk.sessions.overview() if s.status == "planned")
    planner = SessionPlannerDialog(desk, window.ops, planned.id, window)
    planner.show()
    for _ in range(3):
        app.processEvents()
    planner.grab().save(str(out / f"{tag}-planner.png"))
    shots.append(f"{tag}-planner.png")
    if planner.width() > screen.width() or planner.height() > screen.height():
        problems.append(f"the planner {planner.width()}×{planner.height()} is larger than the "
                        f"screen {screen.width()}×{screen.height()}")
    problems.extend(geometry_problems(planner, "planner"))
    planner.reject()
    window.ops.close()
    desk.close()
    print(json.dumps({"shots": shots, "problems": problems}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], *sys.argv[3:4])
