"""The Debrief as it is used: no outcome chosen for the user, a keyboard path to the decision,
readable tints in a light and a dark palette, a changed cell blue as the legend says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import SessionStatus
from interview_desk.services.desk import Desk
from interview_desk.ui.debrief_view import DebriefView, MatrixModel
from interview_desk.ui.look import Tone, colours
from tests.ui.ops_support import runner_for


def _sid(desk: Desk, status: str) -> str:
    return next(s.id for s in desk.sessions.overview() if s.status == SessionStatus(status))


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def dark_palette() -> QPalette:
    """A dark palette as a dark desktop theme hands it to the app."""
    p = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6"),
                         (QPalette.ColorRole.Highlight, "#3d6fb4"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff")):
        p.setColor(role, QColor(colour))
    return p


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(before)


def test_tinted_cells_carry_a_readable_text_colour(palette: str, demo_desk: Desk) -> None:
    model = MatrixModel()
    model.set_data(demo_desk.debrief.view(_sid(demo_desk, "decided")))
    tinted = 0
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            bg = model.data(index, Qt.ItemDataRole.BackgroundRole)
            if bg is None:
                continue
            tinted += 1
            fg = model.data(index, Qt.ItemDataRole.ForegroundRole)
            assert fg is not None, f"cell {r},{c}: a tint without its own text colour"
            assert _contrast(bg.color(), fg.color()) >= 4.5, (palette, r, c)
    assert tinted, "the demo's decided session has cells to discuss"


def test_a_changed_cell_is_blue_even_in_a_disagreement_column(demo_desk: Desk) -> None:
    model = MatrixModel()
    model.set_data(demo_desk.debrief.view(_sid(demo_desk, "decided")))
    changed_bg = colours(Tone.CHANGED)[0]
    disagree_bg = colours(Tone.DISAGREE)[0]
    n = len(model.data_.competencies)
    for r in range(model.rowCount()):
        p = model.panelist_at(r)
        for c in range(n):
            cid = model.data_.competencies[c].id
            bg = model.data(model.index(r, c), Qt.ItemDataRole.BackgroundRole)
            if p is not None and p.changed(cid):
                assert bg is not None and bg.color() == changed_bg
            elif bg is not None:
                assert bg.color() == disagree_bg


def test_no_outcome_is_chosen_for_the_user(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _sid(demo_desk, "live")
    lead = demo_desk.scorecards.panel(sid)[0]
    demo_desk.scorecards.unseal(sid, lead.id, "moving fast")
    view = DebriefView(demo_desk, runner_for(demo_desk), sid)
    qtbot.addWidget(view)
    view.show()
    assert view.outcome.currentData() is None
    qtbot.keyClicks(view.rationale, "Strong on delivery")
    qtbot.mouseClick(view.save_decision, Qt.MouseButton.LeftButton)
    assert view.decision_status.text() == "Choose an outcome first."
    assert demo_desk.debrief.view(sid).decision is None


def test_the_decision_is_reached_by_keys(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _sid(demo_desk, "decided")
    view = DebriefView(demo_desk, runner_for(demo_desk), sid)
    qtbot.addWidget(view)
    with qtbot.waitActive(view):  # shortcuts only reach the active window
        view.show()
        view.activateWindow()
    view.tabs.setCurrentIndex(0)
    view.tabs.setFocus()

    def press(key: Qt.Key) -> None:  # where the keyboard focus is, as a person would
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key, Qt.KeyboardModifier.AltModifier)

    press(Qt.Key.Key_D)
    assert view.tabs.currentWidget() is view.decision_page
    press(Qt.Key.Key_O)
    assert view.outcome.hasFocus()
    press(Qt.Key.Key_A)
    assert view.rationale.hasFocus()
