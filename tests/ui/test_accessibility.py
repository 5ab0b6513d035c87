"""#15 item 5: what a screen reader is told. Every control the keyboard can reach has a name in
the accessibility tree (its own, or its label's through a buddy), on every page of the real
window over the demo and in the main dialogs; and Tab walks each page in reading order."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.main_window import MainWindow

PAGES = ("sessions", "candidates", "roles", "kits", "welcome", "live", "scorecard", "debrief",
         "role_comparison", "overdue", "calibration")


def _focusable(widget: QWidget) -> bool:
    if widget.isWindow() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    # the line edit inside a spin box or combo box is the same control as its parent
    return not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)


def _described(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}#{widget.objectName() or '-'}" + (
        f" “{shown}”" if shown else "")


def unnamed(root: QWidget) -> list[str]:
    """The controls under ``root`` (its own window only) a screen reader gets no name for."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window() and widget is not root:
            continue
        if not _focusable(widget):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.replace("&", "").strip():
            out.append(_described(widget))
    return out


@pytest.fixture
def window(qtbot: QtBot, demo_desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "live")
    view = w.open_session(sid)
    w.open_scorecard(sid, view.state.panelist.id)
    decided = next(s for s in demo_desk.sessions.overview() if s.status == "decided")
    w.page("debrief").show_session(decided.id)  # type: ignore[attr-defined]
    yield w
    w.close()


def _dialogs(window: MainWindow, desk: Desk) -> Iterator[tuple[str, QDialog]]:
    from interview_desk.ui.find import FindDialog
    from interview_desk.ui.purge_dialog import PurgeDialog
    from interview_desk.ui.settings_dialog import SettingsDialog, SettingsTab
    from interview_desk.ui.signing_codes import SigningCodesDialog
    from interview_desk.ui.tell_candidate import TellCandidateDialog

    yield "settings", SettingsDialog(desk, window.ops, SettingsTab.GENERAL, window)
    yield "find", FindDialog(desk, window)
    yield "purge", PurgeDialog(desk, window.ops, window)
    yield "signing codes", SigningCodesDialog(desk, window.ops, window)
    decided = next(s for s in desk.sessions.overview() if s.status == "decided")
    yield "tell the candidate", TellCandidateDialog(desk, window.ops, decided.id, window)


def test_every_focusable_control_has_an_accessible_name(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    missing: dict[str, list[str]] = {}
    for key in PAGES:
        window.show_page(key)
        page = window.page(key)
        tabs = page.findChildren(QTabWidget)
        for tab in tabs:  # every tab of the debrief and the others, as the user sees them
            for index in range(tab.count()):
                tab.setCurrentIndex(index)
        if found := unnamed(page):
            missing[key] = found
    if found := unnamed(window.nav):
        missing["navigation"] = found
    for title, dialog in _dialogs(window, demo_desk):
        qtbot.addWidget(dialog)
        dialog.show()
        for tab in dialog.findChildren(QTabWidget):
            for index in range(tab.count()):
                tab.setCurrentIndex(index)
        if found := unnamed(dialog):
            missing[title] = found
        dialog.reject()
    assert not missing, "controls without an accessible name:\n" + "\n".join(
        f"{page}: {', '.join(names)}" for page, names in missing.items())


def _tab_stops(page: QWidget) -> list[QWidget]:
    """The widgets Tab visits on ``page``, in order, from its first control round to it."""
    stops: list[QWidget] = []
    first = page.nextInFocusChain()
    widget = first
    for _ in range(2000):
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None):
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is first:
            break
    return stops


def _out_of_order(page: QWidget, stops: list[QWidget]) -> list[str]:
    """Pairs of consecutive tab stops where the second comes before the first in reading
    order: above it (and not beside it), or to its left on the same line."""
    out = []
    for before, after in pairwise(stops):
        a = before.mapTo(page, QPoint(0, 0))
        b = after.mapTo(page, QPoint(0, 0))
        a_bottom = a.y() + before.height()
        b_bottom = b.y() + after.height()
        same_line = b.y() < a_bottom and a.y() < b_bottom
        side_by_side_columns = b.x() >= a.x() + before.width()  # the next column starts higher
        if (not same_line and b_bottom <= a.y() and not side_by_side_columns) or (
                same_line and b.x() + after.width() <= a.x()):
            out.append(f"{_described(before)} → {_described(after)}")
    return out


def _each_tab(root: QWidget) -> Iterator[str]:
    """Show each tab of each tab widget under ``root`` in turn (one pass if there is none)."""
    yield ""
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield f" ({tabs.tabText(index).replace('&&', '+').replace('&', '')})"


def test_tab_follows_reading_order_on_every_page(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    wrong: dict[str, list[str]] = {}
    for key in PAGES:
        window.show_page(key)
        QApplication.processEvents()
        page = window.page(key)
        for tab in _each_tab(page):
            if found := _out_of_order(page, _tab_stops(page)):
                wrong[key + tab] = found
    for title, dialog in _dialogs(window, demo_desk):
        qtbot.addWidget(dialog)
        dialog.show()
        for tab in _each_tab(dialog):
            if found := _out_of_order(dialog, _tab_stops(dialog)):
                wrong[title + tab] = found
        dialog.reject()
    assert not wrong, "Tab goes back against reading order:\n" + "\n".join(
        f"{page}: {'; '.join(pairs)}" for page, pairs in wrong.items())
