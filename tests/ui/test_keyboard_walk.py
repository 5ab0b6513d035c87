"""#14 Build 4, the keyboard test: every page is reached by its key, every control on it by
Tab (or by a key of its own), every registry action by a key or a menu; and no live-view key
moves the keyboard out of the note unless it asks for another field. Real window, real keys."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.actions import SPECS, ActionId
from interview_desk.ui.live.live_view import LiveView
from interview_desk.ui.main_window import MainWindow

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTextEdit)
PAGES = {ActionId.SHOW_SESSIONS: "sessions", ActionId.SHOW_CANDIDATES: "candidates",
         ActionId.SHOW_ROLES: "roles", ActionId.SHOW_KITS: "kits", ActionId.SHOW_LIVE: "live",
         ActionId.SHOW_SCORECARD: "scorecard", ActionId.SHOW_DEBRIEF: "debrief",
         ActionId.SHOW_ROLE_COMPARISON: "role_comparison", ActionId.SHOW_OVERDUE: "overdue"}
# Live keys whose whole point is another field: the agenda, the ad-hoc line, the candidate's
# question, the concern list. Every other live key leaves the keyboard in the note.
ASKS_FOR_A_FIELD = {ActionId.LIVE_GO_TO, ActionId.LIVE_ADHOC, ActionId.LIVE_CANDIDATE_QUESTION,
                    ActionId.LIVE_CONCERNS}


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(qtbot: QtBot, shortcut: object) -> None:
    seq = QKeySequence(shortcut) if isinstance(shortcut, str) else QKeySequence(
        QKeySequence.StandardKey(shortcut))  # type: ignore[call-overload]
    combo = seq[0]
    qtbot.keyClick(_focus(), combo.key(), combo.keyboardModifiers())


@pytest.fixture
def window(qtbot: QtBot, demo_desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    yield w
    w.close()


def _open_live_and_scorecard(window: MainWindow, desk: Desk) -> LiveView:
    sid = next(r.id for r in desk.sessions.overview() if r.status == "live")
    view = window.open_session(sid)
    window.open_scorecard(sid, view.state.panelist.id)
    window.show_page("live")
    view.back_to_note()
    return view


def _tab_walk(qtbot: QtBot) -> set[QWidget]:
    """Every widget Tab reaches from the page's first focus, until the walk comes round
    (a table walks its cells with Tab first, then lets go)."""
    start = _focus()
    seen: set[QWidget] = {start}
    left = False
    for _ in range(600):
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
        here = _focus()
        left = left or here is not start
        if left and here is start:
            break
        seen.add(here)
    return seen


def _in_a_reached_group(widget: QWidget, reached: set[QWidget]) -> bool:
    """Buttons of one exclusive group take one Tab stop; the arrow keys move among them."""
    group = widget.group() if isinstance(widget, QAbstractButton) else None
    return group is not None and group.exclusive() and any(b in reached
                                                           for b in group.buttons())


def _own_key(widget: QWidget) -> bool:
    """A control with a key of its own (a button's shortcut or mnemonic, an action's key)."""
    if isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty():
        return True
    if isinstance(widget, QAbstractButton) and "&" in widget.text().replace("&&", ""):
        return True
    return any(not a.shortcut().isEmpty() for a in widget.actions())


def test_every_page_by_its_key_and_every_control_on_it_by_keys(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    _open_live_and_scorecard(window, demo_desk)
    missed: dict[str, list[str]] = {}
    for ident, key in PAGES.items():
        _press(qtbot, SPECS[ident].shortcut)
        page = window.page(key)
        assert window.stack.currentWidget() is page, f"{SPECS[ident].shortcut} → {key}"
        assert page.isAncestorOf(_focus()) or _focus() is page, \
            f"{key}: its key leaves the keyboard outside the page"
        reached = _tab_walk(qtbot)
        # (a table's header sorts with the mouse; the rows it sorts are reached by keys)
        controls = [w for w in page.findChildren(QWidget)
                    if isinstance(w, CONTROLS) and not isinstance(w, QHeaderView)
                    and w.isVisible() and w.isEnabled()]
        lost = [w for w in controls if w not in reached and not _own_key(w)
                and not _in_a_reached_group(w, reached)
                and w.focusProxy() not in reached
                and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]
        if lost:
            missed[key] = [f"{type(w).__name__}({w.objectName() or getattr(w, 'text', str)()})"
                           for w in lost]
    assert not missed, f"controls no key reaches: {missed}"


def test_every_registry_action_has_a_key_or_a_menu_entry(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    _open_live_and_scorecard(window, demo_desk)
    in_menus = {a for m in window.menuBar().findChildren(QMenu) for a in m.actions()}
    for ident, action in window.registry.items():
        assert not action.shortcut().isEmpty() or action in in_menus, ident.name


def test_no_live_key_moves_the_keyboard_out_of_the_note_unasked(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    view = _open_live_and_scorecard(window, demo_desk)
    notes = set(view.editors.values())
    for ident, _action in view.shortcuts.items():
        if ident in (ActionId.LIVE_END, ActionId.LIVE_SWITCH_PANELIST):
            continue  # below: ending asks first; switching writes as someone else
        view.back_to_note()
        assert _focus() in notes
        asked: list[QWidget] = []
        if ident is ActionId.LIVE_LISTEN and view.transcript.available:
            # with the [transcribe] extra, listening first asks for the candidate's consent
            # (a modal dialog): answered No, the keyboard must be back in the note
            def decline(asked: list[QWidget] = asked) -> None:
                dialog = QApplication.activeModalWidget()
                if dialog is not None:
                    asked.append(dialog)
                    dialog.close()

            QTimer.singleShot(0, decline)
        _press(qtbot, SPECS[ident].shortcut)
        if asked:
            assert view.transcript.live is None
            qtbot.waitUntil(lambda: QApplication.focusWidget() in notes, timeout=3000)
        if ident in ASKS_FOR_A_FIELD:
            assert _focus() not in notes, f"{ident.name} should open its field"
            qtbot.keyClick(_focus(), Qt.Key.Key_Escape)
        assert _focus() in notes, f"{ident.name} took the keyboard out of the note"
    _press(qtbot, SPECS[ActionId.LIVE_END].shortcut)  # once: it asks, the note keeps the keys
    assert view.end_bar.isVisible() and _focus() in notes
    qtbot.keyClick(_focus(), Qt.Key.Key_Escape)
    _press(qtbot, SPECS[ActionId.LIVE_SWITCH_PANELIST].shortcut)
    assert _focus() in set(view.editors.values())


def test_every_page_key_works_from_every_page(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    _open_live_and_scorecard(window, demo_desk)
    for start in PAGES:
        for ident, key in PAGES.items():
            _press(qtbot, SPECS[start].shortcut)
            _press(qtbot, SPECS[ident].shortcut)
            page = window.page(key)
            assert window.stack.currentWidget() is page, f"{PAGES[start]} → {key}"
            assert page.isAncestorOf(_focus()), f"{PAGES[start]} → {key}: focus outside"
