"""The debrief, role comparison and overdue pages, driven through their widgets."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import Outcome, Rating, Recommendation
from interview_desk.services.desk import Desk
from interview_desk.ui import settings
from interview_desk.ui.debrief_pages import (
    OverduePage,
    RoleComparisonPage,
)
from interview_desk.ui.debrief_view import DebriefView, MatrixModel
from interview_desk.ui.main_window import MainWindow
from interview_desk.ui.scorecard_pane import ScorecardPane
from interview_desk.ui.settings_dialog import SettingsDialog, SettingsTab
from tests.ui.ops_support import runner_for


def _sid(desk: Desk, status: str) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == status)


def _fill_and_submit(qtbot: QtBot, pane: ScorecardPane, values: list[int]) -> None:
    for i, v in enumerate(values):
        pane.list.setCurrentRow(i)
        pane.evidence.setPlainText(f"evidence {i}")
        qtbot.mouseClick(pane.rating_group.button(v), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pane.rec_buttons[Recommendation.YES], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pane.scorecard_submitted):
        qtbot.mouseClick(pane.submit_button, Qt.MouseButton.LeftButton)


def test_seal_holds_until_the_last_submission(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _sid(demo_desk, "live")
    view = DebriefView(demo_desk, runner_for(demo_desk), sid)
    qtbot.addWidget(view)
    view.show()
    panel = demo_desk.scorecards.panel(sid)
    pane = ScorecardPane(demo_desk, runner_for(demo_desk), sid, panel[0].id)
    qtbot.addWidget(pane)
    pane.show()
    ratings = [[3, 3, 4, 2, 3, 4], [4, 3, 3, 4, 3, 3], [3, 3, 4, 4, 3, 4]]
    for i, p in enumerate(panel):
        pane.switcher.setCurrentIndex(i)
        pane.switcher.activated.emit(i)
        assert pane.panelist_id == p.id
        view.refresh()
        assert view.stack.currentIndex() == 0, f"open after {i} submissions"
        assert view.matrix_model.rowCount() == 0
        _fill_and_submit(qtbot, pane, ratings[i])
        assert "submitted" in pane.status_label.text().lower()
    view.refresh()
    assert view.stack.currentIndex() == 1
    model = view.matrix_model
    assert model.rowCount() == 5  # three panelists, the panel, the spread
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == \
        [p.name for p in panel]
    assert [model.data(model.index(0, c)) for c in range(6)] == ["3", "3", "4", "2", "3", "4"]
    # collaboration (column 3) spans 2..4: a highlighted disagreement
    assert model.data(model.index(4, 3)).startswith("2 ")
    assert model.data(model.index(0, 3), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "alpha" in view.agreement.text().lower()
    assert [e.action for e in demo_desk.scorecards.seal_events(sid)] == ["opened"]


def test_unsealing_is_recorded(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _sid(demo_desk, "live")
    lead = next(p for p in demo_desk.scorecards.panel(sid) if p.is_lead)
    demo_desk.scorecards.set_pin(lead.id, "9999")
    view = DebriefView(demo_desk, runner_for(demo_desk), sid)
    qtbot.addWidget(view)
    view.show()
    assert view.stack.currentIndex() == 0
    assert "0 of 3" in view.seal_label.text()
    qtbot.keyClicks(view.unseal_reason, "Aisha is away until Monday")
    qtbot.mouseClick(view.unseal_button, Qt.MouseButton.LeftButton)
    assert view.stack.currentIndex() == 0 and "PIN" in view.unseal_error.text()
    assert demo_desk.scorecards.seal_events(sid) == []
    qtbot.keyClicks(view.unseal_pin, "9999")
    with qtbot.waitSignal(view.unsealed):
        qtbot.mouseClick(view.unseal_button, Qt.MouseButton.LeftButton)
    assert view.stack.currentIndex() == 1
    row = demo_desk.sessions.sessions.row(sid)
    assert row["unsealed_by"] == lead.name and row["unsealed_at"]
    events = demo_desk.scorecards.seal_events(sid)
    assert [(e.action, e.by_name, e.reason) for e in events] == [
        ("unsealed", lead.name, "Aisha is away until Monday")]
    assert "Unsealed early by " + lead.name in view.agreement.text()


def test_matrix_cell_shows_evidence_and_changes(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _sid(demo_desk, "decided")
    panel = demo_desk.scorecards.panel(sid)
    comps = demo_desk.scorecards.competencies(sid)
    collab = next(i for i, c in enumerate(comps) if c.key == "collaboration_communication")
    demo_desk.scorecards.amend(sid, panel[1].id, reason="heard the whole story",
                               competency_id=comps[collab].id, rating=3, evidence="revised")
    view = DebriefView(demo_desk, runner_for(demo_desk), sid)
    qtbot.addWidget(view)
    view.resize(1196, 700)
    view.show()
    model = view.matrix_model
    assert model.data(model.index(1, collab)) == "2 → 3"
    rect = view.matrix.visualRect(model.index(1, collab))
    qtbot.mouseClick(view.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = view.evidence.toPlainText()
    assert "revised" in text and "Before the debrief: 2" in text
    assert "heard the whole story" in text
    assert "heard the whole story" in view.changes.toPlainText()
    changes = view.changes.toPlainText()
    assert "addressed by Ingrid Solberg" in changes and "addressed by Rahul Mehta" in changes


def test_models_pass_the_qt_model_tester(qtmodeltester, qtbot: QtBot,  # type: ignore[no-untyped-def]
                                         demo_desk: Desk) -> None:
    model = MatrixModel()
    model.set_data(demo_desk.debrief.view(_sid(demo_desk, "decided")))
    qtmodeltester.check(model)
    page = RoleComparisonPage(demo_desk, runner_for(demo_desk))
    qtbot.waitUntil(lambda: not page.loading)  # the rows are read in the background
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)
    page.deleteLater()


def test_decision_recorded_from_the_view(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _sid(demo_desk, "live")
    lead = demo_desk.scorecards.panel(sid)[0]
    demo_desk.scorecards.unseal(sid, lead.id, "moving fast")
    view = DebriefView(demo_desk, runner_for(demo_desk), sid)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentWidget(view.decision_page)
    view.outcome.setCurrentIndex(view.outcome.findData(Outcome.ADDITIONAL_ASSESSMENT.value))
    qtbot.mouseClick(view.save_decision, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "rationale" in view.decision_status.text(), timeout=5000)
    assert demo_desk.debrief.view(sid).decision is None
    qtbot.keyClicks(view.rationale, "Ask for a take-home on reconciliation")
    view.told.setChecked(True)
    with qtbot.waitSignal(view.decision_recorded):
        qtbot.mouseClick(view.save_decision, Qt.MouseButton.LeftButton)
    d = demo_desk.debrief.view(sid)
    assert d.decision is not None and d.decision.outcome is Outcome.ADDITIONAL_ASSESSMENT
    assert d.decision.decided_by == lead.name and d.decision.candidate_informed_at
    assert d.status.value == "decided"


def test_role_comparison_sorts_by_value(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _sid(demo_desk, "live")
    for p, values in zip(demo_desk.scorecards.panel(sid), ([1, 2, 1, 2, 1, 2],) * 3,
                         strict=True):
        card = demo_desk.scorecards.card(sid, p.id)
        for c, v in zip(demo_desk.scorecards.competencies(sid), values, strict=True):
            card.ratings[c.id] = Rating(c.id, rating=v, evidence="e")
        card.recommendation = Recommendation.NO
        demo_desk.scorecards.submit(card)
    page = RoleComparisonPage(demo_desk, runner_for(demo_desk))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading)  # read off the UI thread
    proxy = page.proxy
    page.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    names = [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]
    assert names == ["Amara Okonkwo", "Tomasz Wiśniewski"]
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert proxy.data(proxy.index(0, 0)) == "Tomasz Wiśniewski"
    assert proxy.data(proxy.index(0, 3)) == "No ×3"
    assert proxy.data(proxy.index(0, 2)) == "unchanged"  # nothing changed in a debrief
    page.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # days since: numbers, not text
    assert proxy.data(proxy.index(0, 0)) == "Amara Okonkwo"


def test_overdue_thresholds_come_from_settings(qtbot: QtBot, demo_desk: Desk,
                                               on_demo_day: datetime) -> None:
    # The demo's live session "started" today; pretend it ended two days ago.
    sid = _sid(demo_desk, "live")
    ended = on_demo_day - timedelta(days=2)
    demo_desk.sessions.sessions.update_fields(
        sid, started_at=(ended - timedelta(hours=1)).isoformat(), ended_at=ended.isoformat())
    page = OverduePage(demo_desk)
    qtbot.addWidget(page)
    page.show()
    rows = [page.model.rows[i] for i in range(page.model.rowCount())]
    assert sorted(r.kind for r in rows if r.session_id == sid) == [
        "decision", "scorecard", "scorecard", "scorecard"]
    # the decided demo candidate has not been told yet
    assert [r.kind for r in rows if r.session_id != sid] == ["candidate_told"]
    # the thresholds are on the Settings dialog's Follow-up tab
    dialog = SettingsDialog(demo_desk, runner_for(demo_desk), SettingsTab.FOLLOW_UP, page)
    assert dialog.tabs.currentIndex() == SettingsTab.FOLLOW_UP
    dialog.hours.setValue(24 * 3)
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.get(settings.SCORECARD_OVERDUE_HOURS) == 72
    page.refresh()
    assert sorted(page.model.rows[i].kind for i in range(page.model.rowCount())) == [
        "candidate_told", "decision"]


def test_sessions_page_opens_debrief_and_scorecard(qtbot: QtBot, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    sessions = window.page("sessions")
    sid = _sid(demo_desk, "decided")
    row = next(r for r in range(sessions.model.rowCount())
               if sessions.model.row_object(r).id == sid)
    sessions.view.selectRow(row)
    bar = sessions.session_actions
    qtbot.mouseClick(bar.debrief_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page("debrief")
    assert window.page("debrief").view.session_id == sid
    qtbot.mouseClick(bar.scorecard_button, Qt.MouseButton.LeftButton)
    # the scorecard page, as Ctrl+6 shows it, not a separate window
    assert not [w for w in QApplication.topLevelWidgets()
                if w is not window and w.isVisible() and w.findChild(ScorecardPane)]
    pane = window.page("scorecard")
    assert window.stack.currentWidget() is pane and isinstance(pane, ScorecardPane)
    lead = next(p for p in demo_desk.scorecards.panel(sid) if p.is_lead)
    assert pane.panelist_id == lead.id and pane.locked


def test_page_actions_open_the_new_pages(qtbot: QtBot, demo_desk: Desk) -> None:
    from interview_desk.ui.actions import ActionId

    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    for ident, key in ((ActionId.SHOW_DEBRIEF, "debrief"),
                       (ActionId.SHOW_ROLE_COMPARISON, "role_comparison"),
                       (ActionId.SHOW_OVERDUE, "overdue")):
        window.registry[ident].trigger()
        assert window.stack.currentWidget() is window.page(key)


def test_scorecard_docks_beside_another_view(qtbot: QtBot, demo_desk: Desk) -> None:
    from PySide6.QtWidgets import QMainWindow, QPlainTextEdit

    from interview_desk.ui.scorecard_pane import ScorecardDock

    host = QMainWindow()
    qtbot.addWidget(host)
    host.setCentralWidget(QPlainTextEdit(host))  # stands in for the live view
    sid = _sid(demo_desk, "live")
    dock = ScorecardDock(demo_desk, runner_for(demo_desk), sid,
                         demo_desk.scorecards.panel(sid)[0].id, host)
    host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    host.resize(1366, 768)
    host.resizeDocks([dock], [480], Qt.Orientation.Horizontal)
    host.show()
    qtbot.waitUntil(lambda: dock.pane.width() < 600)
    assert dock.pane.isVisible() and dock.pane.columns.direction().name == "TopToBottom"


def test_a_planned_session_stays_shown_after_unsealing_it(qtbot: QtBot, demo_desk: Desk) -> None:
    # A return file can bring a scorecard in before the planned interview is marked started;
    # unsealing then must not swap the debrief over to another candidate.
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    sid = _sid(demo_desk, "planned")
    window.show_page("debrief")
    page = window.page("debrief")
    page.show_session(sid)
    qtbot.keyClicks(page.view.unseal_reason, "Claire is away until next week")
    with qtbot.waitSignal(page.view.unsealed):
        qtbot.mouseClick(page.view.unseal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.stack.currentIndex() == 1)
    page.refresh()
    assert page.chooser.currentData() == sid
    assert page.view.session_id == sid


def test_narrow_matrix_titles_break_between_words_and_no_cell_is_cut(
        qtbot: QtBot, demo_desk: Desk) -> None:
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyle

    view = DebriefView(demo_desk, runner_for(demo_desk), _sid(demo_desk, "decided"))
    qtbot.addWidget(view)
    view.resize(720, 500)  # the Debrief page at 150 % on 1366×768, in logical pixels
    view.show()
    qtbot.waitExposed(view)
    matrix, model = view.matrix, view.matrix_model
    header = matrix.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for c in range(model.columnCount()):
        width = matrix.columnWidth(c)
        title = str(model.headerData(c, Qt.Orientation.Horizontal))
        # "Collaboration" is never "Collaborati/on" (a line may break after a slash)
        for word in filter(None, re.split(r"\s+|(?<=/)", title)):
            assert header.fontMetrics().horizontalAdvance(word) + 2 * margin <= width, word
        for r in range(model.rowCount()):
            text = model.data(model.index(r, c))
            font = model.data(model.index(r, c), Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else matrix.font())
            if text:  # "2 (disagree)" whole, not "2 (disagr…"
                assert metrics.horizontalAdvance(text) < width, (text, width)
    disagree = [model.data(model.index(model.rowCount() - 1, c))
                for c in range(model.columnCount())]
    assert any("(disagree)" in str(t) for t in disagree)
    assert header.length() <= matrix.viewport().width()  # and it still fits: no scrolling
