"""Scorecard keys that used to lose input (#14): after a rating the keys go on to Evidence,
Alt+E reaches it, F5-F8 choose the recommendation, "Go back and fix" goes to the problem, and
the docked card's Esc hands the keys back to the note. Real widgets, real key events."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import Recommendation
from interview_desk.services.desk import Desk
from interview_desk.ui.main_window import MainWindow
from interview_desk.ui.scorecard_pane import ScorecardPane
from tests.ui.ops_support import runner_for

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(qtbot: QtBot, key: Qt.Key,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _live(desk: Desk) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == "live")


def _pane(qtbot: QtBot, desk: Desk) -> ScorecardPane:
    sid = _live(desk)
    pane = ScorecardPane(desk, runner_for(desk), sid, desk.scorecards.panel(sid)[0].id)
    qtbot.addWidget(pane)
    pane.resize(1200, 740)
    with qtbot.waitActive(pane):
        pane.show()
        pane.activateWindow()
    pane.list.setFocus()
    return pane


def _settled(qtbot: QtBot, pane: ScorecardPane) -> None:
    qtbot.waitUntil(lambda: pane.ops.pending() == 0, timeout=5000)


def test_after_a_digit_the_keys_go_to_evidence_and_a_digit_there_is_text(
        qtbot: QtBot, demo_desk: Desk) -> None:
    pane = _pane(qtbot, demo_desk)
    first = pane.current_competency()
    _key(qtbot, Qt.Key.Key_3)
    assert _focus() is pane.evidence
    qtbot.keyClicks(_focus(), "TAB1 led the migration")  # the report: "TAB1" re-rated to 1
    pane.flush()
    _settled(qtbot, pane)
    stored = demo_desk.scorecards.card(pane.session_id, pane.panelist_id).ratings[first.id]
    assert (stored.rating, stored.evidence) == (3, "TAB1 led the migration")


def test_alt_e_reaches_evidence_and_f_keys_choose_the_recommendation(
        qtbot: QtBot, demo_desk: Desk) -> None:
    pane = _pane(qtbot, demo_desk)
    _key(qtbot, Qt.Key.Key_E, ALT)
    assert _focus() is pane.evidence
    for _ in pane.competencies:
        _key(qtbot, Qt.Key.Key_2, ALT)
        qtbot.keyClicks(_focus(), "seen")
        _key(qtbot, Qt.Key.Key_Down, ALT)
    _key(qtbot, Qt.Key.Key_F7)
    _settled(qtbot, pane)
    card = demo_desk.scorecards.card(pane.session_id, pane.panelist_id)
    assert card.recommendation is Recommendation.YES
    chosen = pane.rec_buttons[Recommendation.YES]
    assert chosen.isChecked() and chosen.text().startswith("✓")
    assert not pane.rec_buttons[Recommendation.NO].text().startswith("✓")
    _key(qtbot, Qt.Key.Key_F8)
    _settled(qtbot, pane)
    assert demo_desk.scorecards.card(pane.session_id, pane.panelist_id).recommendation \
        is Recommendation.STRONG_YES
    assert pane.rec_buttons[Recommendation.STRONG_YES].text().startswith("✓")


def test_go_back_and_fix_goes_to_the_first_problem(qtbot: QtBot, demo_desk: Desk) -> None:
    pane = _pane(qtbot, demo_desk)
    for n, _c in enumerate(pane.competencies):  # every one rated, the fourth without evidence
        _key(qtbot, Qt.Key.Key_3, ALT)
        if n != 3:
            qtbot.keyClicks(_focus(), "seen it")
        _key(qtbot, Qt.Key.Key_Down, ALT)
    _key(qtbot, Qt.Key.Key_F6)
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(pane.warnings.isVisible, timeout=5000)
    assert "without evidence" in pane.warnings_label.text()
    pane.findChild(QWidget, "go_back_and_fix").click()  # type: ignore[union-attr]
    assert not pane.warnings.isVisible()
    assert pane.current == 3 and _focus() is pane.evidence
    qtbot.keyClicks(_focus(), "fixed")
    assert pane.card.ratings[pane.competencies[3].id].evidence == "fixed"


@pytest.fixture
def window(qtbot: QtBot, demo_desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_the_docked_card_esc_returns_to_the_note_and_the_dock_stays_with_its_session(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    view = window.open_session(_live(demo_desk))
    note = view.editors["text"]
    note.clear()
    _key(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    dock = window.scorecard_dock
    assert dock is not None and dock.isVisible()
    assert dock.pane.isAncestorOf(_focus())
    _key(qtbot, Qt.Key.Key_Escape)
    assert _focus() is note
    qtbot.keyClicks(_focus(), "kept")  # typed after Esc: it used to vanish
    assert note.toPlainText() == "kept"
    # another page: the dock, which belongs to the live session, goes
    width = window.width()
    window.go_to_page("debrief")
    assert window.scorecard_dock is None
    assert window.width() == width  # the page list came back after the dock went, not beside
    assert not any(d.isVisible() for d in window.findChildren(type(dock)))
