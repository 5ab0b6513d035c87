"""The statistics-first Debrief page: the composite first, the agenda in the lead's speaking
order with its timer, the structure profile, and the override asked for at the decision."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from interview_desk.domain import clock
from interview_desk.domain.model import Outcome, Recommendation
from interview_desk.services.desk import Desk
from interview_desk.ui.debrief_view import DebriefView
from tests.panel_support import PanelistSpec, PanelSpec, Stored, store_panel
from tests.ui.ops_support import runner_for

SPEC = PanelSpec((PanelistSpec((1, 2, 3, 2, 2, 2), Recommendation.NO),
                  PanelistSpec((4, 2, 2, 2, 2, 2), Recommendation.YES),
                  PanelistSpec((2, 2, 3, 2, 2, 2), Recommendation.NO)))


def _stored(desk: Desk) -> Stored:
    kit = desk.catalog.kits.latest_versions()[0]
    role = desk.catalog.role_from_kit(kit, "Engineer")
    role.hire_below = 2.5
    return store_panel(desk, SPEC, desk.catalog.save_role(role).id, "Dana")


def _view(qtbot: QtBot, desk: Desk, sid: str) -> DebriefView:
    view = DebriefView(desk, runner_for(desk), sid)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    return view


def test_the_debrief_opens_with_the_composite_then_the_agenda(qtbot: QtBot,
                                                              desk: Desk) -> None:
    stored = _stored(desk)
    v = desk.debrief.view(stored.session_id)
    view = _view(qtbot, desk, stored.session_id)
    assert view.headline.text().startswith(
        f"Composite (weighted score of the independent ratings): {v.composite:.2f} of 4")
    assert "a hire below 2.50 needs a written override reason" in view.headline.text()
    names = [c.name for c in v.competencies]
    items = [view.agenda.items.item(i).text() for i in range(view.agenda.items.count())]
    # Spreads by competency: 3, 0, 1, 0, 0, 0 → the first, then the third, then the rest.
    assert items[0] == f"1. {names[0]} — spread 3 ⚠"
    assert items[1] == f"2. {names[2]} — spread 1"
    detail = view.agenda.detail.toPlainText()
    assert detail.index("Panelist 0 of Dana — 1") < detail.index("Panelist 1 of Dana — 4")
    assert "zq1ev0x" in detail  # each panelist's evidence beside their rating
    assert "6 of 6 competencies anchored at every point" in view.structure.toPlainText()


def test_the_lead_sets_the_speaking_order(qtbot: QtBot, desk: Desk) -> None:
    stored = _stored(desk)
    view = _view(qtbot, desk, stored.session_id)
    order = view.agenda.order
    order.insertItem(0, order.takeItem(2))  # the most junior, last on the panel, speaks first
    qtbot.mouseClick(view.agenda.save_order, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.agenda.clear_order.isEnabled(), timeout=5000)
    ids = [p.id for p in stored.panel]
    assert [p.id for p in desk.debrief.view(stored.session_id).speaking_order] == [
        ids[2], ids[0], ids[1]]
    detail = view.agenda.detail.toPlainText()
    assert detail.index("1. Panelist 2 of Dana") < detail.index("2. Panelist 0 of Dana")


def test_the_item_timer_reads_the_apps_clock(qtbot: QtBot, desk: Desk,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    stored = _stored(desk)
    view = _view(qtbot, desk, stored.session_id)
    start = datetime(2026, 3, 2, 11, 0, tzinfo=UTC)
    monkeypatch.setattr(clock, "now", lambda: start)
    view.agenda.minutes.setValue(2)
    assert view.agenda.timer_label.text() == "2:00 left on this item"
    monkeypatch.setattr(clock, "now", lambda: start + timedelta(seconds=150))
    view.agenda._show_time()  # what the one-second tick does
    assert view.agenda.timer_label.text() == "Over time: 2:30 on this item"
    view.agenda.minutes.setValue(0)
    assert view.agenda.timer_label.text() == ""


def test_a_hire_against_the_composite_asks_for_the_override(qtbot: QtBot,
                                                             desk: Desk) -> None:
    stored = _stored(desk)  # composite 2.17, below the hire threshold 2.50
    sid = stored.session_id
    view = _view(qtbot, desk, sid)
    view.tabs.setCurrentWidget(view.decision_page)
    view.outcome.setCurrentIndex(view.outcome.findData(Outcome.HIRE.value))
    assert view.override_note.isVisible() and view.override_reason.isVisible()
    assert not view.carry.isVisible()
    assert "below the role's hire threshold 2.50" in view.override_note.text()
    qtbot.keyClicks(view.rationale, "Strong systems thinking")
    qtbot.mouseClick(view.save_decision, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "write why" in view.decision_status.text(), timeout=5000)
    assert desk.debrief.view(sid).decision is None
    qtbot.keyClicks(view.override_reason, "The take-home was the best we have seen")
    with qtbot.waitSignal(view.decision_recorded):
        qtbot.mouseClick(view.save_decision, Qt.MouseButton.LeftButton)
    d = desk.debrief.view(sid).decision
    assert d is not None and d.override_reason == "The take-home was the best we have seen"
    view.outcome.setCurrentIndex(view.outcome.findData(Outcome.NO_HIRE.value))
    assert not view.override_note.isVisible() and not view.override_reason.isVisible()
    view.outcome.setCurrentIndex(view.outcome.findData(Outcome.ANOTHER_ROUND.value))
    assert view.carry.isVisible() and view.carry.isEnabled()


def test_another_round_from_the_page_plans_the_follow_up(qtbot: QtBot, desk: Desk) -> None:
    stored = _stored(desk)
    sid = stored.session_id
    view = _view(qtbot, desk, sid)
    view.tabs.setCurrentWidget(view.decision_page)
    view.outcome.setCurrentIndex(view.outcome.findData(Outcome.ANOTHER_ROUND.value))
    qtbot.keyClicks(view.rationale, "Not sure about depth yet")
    view.carry.setPlainText("Probe the on-call story\n")
    with qtbot.waitSignal(view.decision_recorded):
        qtbot.mouseClick(view.save_decision, Qt.MouseButton.LeftButton)
    assert "follow-up interview is planned" in view.decision_status.text()
    follow = desk.debrief.view(sid).follow_up_session_id
    assert follow is not None
    concerns = {c.text: c.addressed for c in desk.debrief.view(follow).concerns}
    assert concerns["Probe the on-call story"] is False
    assert not view.carry.isVisible()  # planned once: a corrected decision plans no other
