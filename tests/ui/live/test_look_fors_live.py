"""Look-fors ticked live with Alt+1..8 without leaving the note, stamped with the session
clock, stored, offered as evidence on the scorecard and marked in the report; a required
question not yet asked is named before the session ends."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from interview_desk.domain.live import LookForTick
from interview_desk.services.desk import Desk
from interview_desk.ui.live.live_view import LiveView
from interview_desk.ui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(qtbot: QtBot, key: Qt.Key,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)


@pytest.fixture
def window(qtbot: QtBot, demo_desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _ticks_on_disk(desk: Desk) -> list[tuple[object, ...]]:
    assert desk.path is not None
    conn = sqlite3.connect(desk.path)  # a second connection: what is really stored
    try:
        return conn.execute("SELECT question_id, look_for, elapsed_seconds, panelist_id "
                            "FROM look_for_ticks ORDER BY look_for").fetchall()
    finally:
        conn.close()


def _to_question_with_look_fors(qtbot: QtBot, view: LiveView) -> None:
    for _ in range(len(view._agenda)):
        q = view.current.question if view.current else None
        if q is not None and len(q.look_fors) >= 2 and q.competency_keys:
            return
        _key(qtbot, Qt.Key.Key_Down, ALT)
    raise AssertionError("the demo kit has look-fors")


def test_alt_digit_ticks_a_look_for_and_it_becomes_evidence(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "planned")
    view = window.open_session(sid)
    _to_question_with_look_fors(qtbot, view)
    q = view.current.question  # type: ignore[union-attr]
    assert q is not None
    assert view.question_panel.look_fors.isVisible()
    assert q.look_fors[1] in view.question_panel.look_fors.text()
    note = view.current_editor()
    qtbot.keyClicks(_focus(), "Chose the queue ")
    view.stopwatch = type(view.stopwatch)(125)  # the session clock at 2:05
    _key(qtbot, Qt.Key.Key_2, ALT)
    _key(qtbot, Qt.Key.Key_1, ALT)
    _key(qtbot, Qt.Key.Key_1, ALT)  # again: taken back
    assert _focus() is note  # the keys never left the note
    qtbot.keyClicks(_focus(), "over the cron job")
    assert note.toPlainText() == "Chose the queue over the cron job"
    assert "2:05" in view.question_panel.look_fors.text()
    view.autosave.flush()
    qtbot.waitUntil(lambda: len(_ticks_on_disk(demo_desk)) == 1, timeout=5000)
    assert _ticks_on_disk(demo_desk) == [(q.id, q.look_fors[1], 125, view.state.panelist.id)]
    # a number past this question's look-fors changes nothing and says so
    assert len(q.look_fors) < 8
    _key(qtbot, Qt.Key.Key_8, ALT)
    assert len(view.state.look_for_ticks) == 1 and "no look-for 8" in view.notice.text()
    assert _focus() is note
    # the scorecard offers it as evidence for the question's competencies
    role = demo_desk.live.open(sid).role
    comp = next(c for c in role.competencies if c.key == q.competency_keys[0])
    options = demo_desk.scorecards.evidence_options(sid, view.state.panelist.id, comp)
    assert any(o.text == f"☑ {q.look_fors[1]} (2:05)" and o.tagged for o in options)


def test_a_ticked_look_for_is_marked_in_the_report(demo_desk: Desk, tmp_path: Path) -> None:
    row = next(r for r in demo_desk.sessions.overview() if r.status == "decided")
    state = demo_desk.live.open(row.id)
    q = next(i.question for i in state.agenda() if i.question and i.question.look_fors
             and i.id in state.notes)
    assert q is not None
    demo_desk.live.set_look_for(LookForTick(row.id, state.panelist.id, q.id, q.look_fors[0],
                                            elapsed_seconds=754), True)
    out = tmp_path / "r.pdf"
    demo_desk.reports.export_session(row.id, out)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert f"{q.look_fors[0]} (12:34)" in text


def test_ending_names_a_required_question_not_asked(
        qtbot: QtBot, window: MainWindow, demo_desk: Desk) -> None:
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "planned")
    view = window.open_session(sid)
    required = [i for i in view._agenda if i.question is not None and i.question.required]
    assert required
    _key(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    assert view.end_bar.isVisible()
    assert "Required, not asked yet" in view.end_bar.text()
    assert required[-1].text[:30] in view.end_bar.text()
    _key(qtbot, Qt.Key.Key_Escape)
    assert not view.end_bar.isVisible() and _focus() is view.editors["text"]
