"""Whole user journeys through the real main window, driven by keys and clicks.

A panel lead prepares a second interview from nothing (role, candidate, plan), the panel runs
it on one shared laptop, each panelist rates, and the lead debriefs and exports the report.
Every step checks that what the screen shows agrees with what is stored.

Set ``JOURNEY_SHOTS=/some/folder`` to keep a 1366×768 screenshot of every step.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import (
    FlagKind,
    NoteState,
    Outcome,
    Recommendation,
    SessionStatus,
)
from interview_desk.services.desk import Desk
from interview_desk.ui.actions import ActionId
from interview_desk.ui.live.live_view import LiveView
from interview_desk.ui.main_window import MainWindow, TablePage
from interview_desk.ui.prepare.candidate_editor import CandidatesPage
from interview_desk.ui.prepare.role_editor import RolesPage
from interview_desk.ui.prepare.session_planner import SessionPlannerDialog
from interview_desk.ui.scorecard_pane import ScorecardPane

Key = Qt.Key
Mod = Qt.KeyboardModifier
CTRL, ALT, SHIFT = Mod.ControlModifier, Mod.AltModifier, Mod.ShiftModifier

# What the panelists type: markup, emoji and a non-ASCII letter must reach the PDF as typed.
SITUATION = "Release week <b>two</b> teams & one pipeline 🚀 für Kunden"
TASK = "Ship the billing fix before Friday"
ACTION = "She split the rollout & paired with QA <i>herself</i>"
RESULT = "Shipped Thursday; zero rollbacks 🎉"
FREE_NOTE = "Wants more ownership — über motivated <3"


# --- the user's hands -----------------------------------------------------------------------

def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("JOURNEY_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()  # pending layouts first: shoot what a person would see
        widget.window().grab().save(str(Path(folder) / f"{name}.png"))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Key, modifiers: Mod = Mod.NoModifier) -> None:
    """A key press where the keyboard focus is, as a person would press it."""
    qtbot.keyClick(focused(), key, modifiers)


def type_text(qtbot: QtBot, text: str, widget: QWidget | None = None) -> None:
    """Type into the focused widget; non-ASCII goes as key events carrying their text."""
    target = widget or focused()
    for ch in text:
        if ch.isascii() and ch.isprintable():
            qtbot.keyClicks(target, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, 0, Mod.NoModifier, ch))


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget} cannot be clicked"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def when_modal(handle: Callable[[QWidget], None]) -> None:
    """Answer the next modal dialog (QInputDialog, QMessageBox) when it opens."""
    tries = [0]

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            handle(modal)
            return
        tries[0] += 1
        if tries[0] < 2000:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts fire only in the active window, offscreen too."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_window(qtbot: QtBot, desk: Desk) -> MainWindow:
    window = MainWindow(desk)
    # a failed step must not leave the teardown stuck on an "unsaved changes" question
    qtbot.addWidget(window, before_close_func=lambda w: [
        p.editor._set_dirty(False) for p in w._pages.values() if hasattr(p, "editor")])
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def current_page(window: MainWindow) -> QWidget:
    return window.stack.currentWidget()


def shown_status(window: MainWindow, session_id: str) -> str:
    """The status the Sessions page shows for a session (its Status column)."""
    page = window.page("sessions")
    assert isinstance(page, TablePage)
    m = page.model
    row = next(r for r in range(m.rowCount()) if m.row_object(r).id == session_id)
    return str(m.data(m.index(row, 2)))


# --- 1. prepare from nothing ----------------------------------------------------------------

def prepare_role(qtbot: QtBot, window: MainWindow, desk: Desk) -> str:
    press(qtbot, Key.Key_3, CTRL)
    page = current_page(window)
    assert isinstance(page, RolesPage)
    shot(window, "01_roles_empty")

    def adopt_kit(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        qtbot.keyClick(dialog, Key.Key_Return)

    when_modal(adopt_kit)
    click(qtbot, page.from_kit_button)
    editor = page.role_editor
    # Offscreen has no window manager to hand activation back when a modal dialog closes.
    activate(qtbot, window)
    qtbot.waitUntil(lambda: editor.name.hasFocus())
    type_text(qtbot, "Backend engineer")
    shot(window, "02_role_from_kit")
    assert editor.comp_model.rowCount() == 6
    press(qtbot, Key.Key_S, CTRL)
    roles = desk.catalog.list_roles()
    assert [r.name for r in roles] == ["Backend engineer"]
    kit = desk.catalog.list_kits()[0]
    assert [c.name for c in roles[0].competencies] == [c.name for c in kit.competencies]
    assert page.model.rowCount() == 1  # the list shows what was stored
    assert not editor.is_dirty()
    return roles[0].id


def prepare_candidate(qtbot: QtBot, window: MainWindow, desk: Desk) -> str:
    press(qtbot, Key.Key_2, CTRL)
    page = current_page(window)
    assert isinstance(page, CandidatesPage)
    press(qtbot, Key.Key_N, CTRL)
    ed = page.candidate_editor
    assert ed.name.hasFocus()
    type_text(qtbot, "Jürgen Okafor")
    ed.email.setFocus()
    type_text(qtbot, "jurgen@example.org")
    ed.role.setFocus()
    press(qtbot, Key.Key_Down)  # from "(no role)" to the only role
    assert ed.role.currentText() == "Backend engineer"
    ed.summary.setFocus()
    type_text(qtbot, "Strong on systems; unclear how he handles conflict.")
    click(qtbot, ed.concerns.add_button)
    assert ed.c_text.hasFocus()
    type_text(qtbot, "Handles conflict? First round could not tell.")
    ed.c_question.setFocus()
    conflict = ed.c_question.findText("conflict", Qt.MatchFlag.MatchContains)
    assert conflict > 0
    for _ in range(conflict):
        press(qtbot, Key.Key_Down)
    assert "conflict" in ed.c_question.currentText()
    shot(window, "03_candidate")
    press(qtbot, Key.Key_S, CTRL)
    assert ed.banner.isHidden(), ed.banner.text()
    [cand] = desk.catalog.list_candidates()
    assert cand.name == "Jürgen Okafor" and cand.role_id
    [concern] = cand.concerns
    assert concern.question_id == ed.c_question.currentData()
    assert "conflict" in desk.catalog.kits.question(concern.question_id).text
    return cand.id


def plan_session(qtbot: QtBot, window: MainWindow, desk: Desk) -> str:
    press(qtbot, Key.Key_1, CTRL)
    press(qtbot, Key.Key_N, CTRL | SHIFT)
    dialog = window.planning.dialog
    assert isinstance(dialog, SessionPlannerDialog)
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    ed = dialog.editor
    assert ed.candidate.currentText() == "Jürgen Okafor"
    assert ed.role.currentText() == "Backend engineer"
    ed.location.setFocus()
    type_text(qtbot, "Room 4.12")
    ed.p_name.setFocus()
    type_text(qtbot, "Ana Lead")
    for name in ("Ben Peer", "Cara HR"):
        click(qtbot, ed.panel.add_button)
        assert ed.p_name.hasFocus()
        type_text(qtbot, name)
    ed.questions.setFocus()
    press(qtbot, Key.Key_A, CTRL)
    click(qtbot, ed.spread_button)
    # the behavioural conflict question goes to the lead, by key
    row = next(r for r, q in enumerate(ed.question_model.items()) if "conflict" in q.text)
    ed.questions.selectRow(row)
    ed.questions.setFocus()
    press(qtbot, Key.Key_1)
    assert "no panelist" not in ed.warning_text(), ed.warning_text()
    # the shipped kit's blanks are asked for before the day
    assert "Fill in before the session" in ed.warning_text()
    assert "[names and roles]" in ed.warning_text()
    shot(dialog, "04_planner")
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Key.Key_S, CTRL)
    [row_] = desk.sessions.overview()
    plan = desk.sessions.get_plan(row_.id)
    assert [p.name for p in plan.panel] == ["Ana Lead", "Ben Peer", "Cara HR"]
    assert plan.panel[0].is_lead
    kit = desk.catalog.get_kit(plan.session.kit_id)
    assert set(plan.assignments) == {q.id for q in kit.questions()}
    conflict_q = next(q for q in kit.questions() if "conflict" in q.text)
    assert plan.assignments[conflict_q.id] == plan.panel[0].id
    assert plan.session.location == "Room 4.12"
    activate(qtbot, window)
    sessions = current_page(window)
    assert isinstance(sessions, TablePage)
    assert sessions.model.rowCount() == 1
    assert sessions.selected().id == row_.id  # the session just planned
    assert window.registry[ActionId.EXPORT_SESSION_REPORT].isEnabled()
    metrics = sessions.view.fontMetrics()
    for column, text in ((0, "Jürgen Okafor"), (1, "Backend engineer"), (2, "Planned")):
        assert sessions.view.columnWidth(column) > metrics.horizontalAdvance(text), text
    shot(window, "05_sessions_planned")
    return str(row_.id)


def test_journey_from_nothing_to_report(qtbot: QtBot, desk: Desk, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, desk)
    prepare_role(qtbot, window, desk)
    prepare_candidate(qtbot, window, desk)
    session_id = plan_session(qtbot, window, desk)
    lead_id = run_session(qtbot, window, desk, session_id)
    score_the_panel(qtbot, window, desk, session_id, lead_id)
    pdf = debrief_and_export(qtbot, window, desk, session_id, tmp_path, monkeypatch)
    text = pdf_text(pdf)
    print(text)
    for typed in (SITUATION, TASK, ACTION, RESULT, FREE_NOTE, "Jürgen Okafor"):
        assert typed in text, typed


# --- 2. run it --------------------------------------------------------------------------------

def open_live_by_keyboard(qtbot: QtBot, window: MainWindow, session_id: str) -> LiveView:
    press(qtbot, Key.Key_1, CTRL)
    sessions = current_page(window)
    assert isinstance(sessions, TablePage)
    assert sessions.view.hasFocus(), f"Ctrl+1 left the keyboard in {focused()}"
    row = next(r for r in range(sessions.model.rowCount())
               if sessions.model.row_object(r).id == session_id)
    while sessions.view.currentIndex().row() != row:
        press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Return)
    live = current_page(window)
    assert isinstance(live, LiveView)
    assert live.session_id == session_id
    assert live.current_editor().hasFocus()
    return live


def go_to(qtbot: QtBot, live: LiveView, text: str) -> None:
    """Alt+↓ until the question containing ``text`` is on screen."""
    for _ in range(len(live._agenda)):
        if text in live.question_label.text():
            return
        press(qtbot, Key.Key_Down, ALT)
    raise AssertionError(f"never reached a question with {text!r}")


def run_session(qtbot: QtBot, window: MainWindow, desk: Desk, session_id: str) -> str:
    live = open_live_by_keyboard(qtbot, window, session_id)
    lead = live.state.panelist
    assert lead.is_lead
    press(qtbot, Key.Key_F1)  # which keys again? (beside the note, which keeps the keys)
    sheet = live.cheat_sheet
    assert sheet.isVisible() and live.current_editor().hasFocus()
    shot(window, "05b_cheat_sheet")
    press(qtbot, Key.Key_Escape)
    assert not sheet.isVisible()
    assert live.current_editor().hasFocus()  # straight back to the note
    press(qtbot, Key.Key_T, CTRL)  # the clock starts
    assert live.running
    type_text(qtbot, FREE_NOTE)
    first_q = live.current
    assert first_q is not None
    press(qtbot, Key.Key_Return, CTRL)  # asked, next
    assert live.current is not None and live.current.id != first_q.id
    press(qtbot, Key.Key_PageDown, ALT)  # next section: experience
    press(qtbot, Key.Key_PageDown, ALT)  # behavioural
    assert "conflict" in live.question_label.text(), live.question_label.text()
    conflict = live.current
    assert conflict is not None
    assert live.star_parts.isVisible()
    for key, text in ((Key.Key_S, SITUATION), (Key.Key_T, TASK), (Key.Key_A, ACTION),
                      (Key.Key_R, RESULT)):
        press(qtbot, key, ALT)
        type_text(qtbot, text)
    assert live.cue_label.text() == "STAR complete"
    press(qtbot, Key.Key_F2)  # strong signal
    press(qtbot, Key.Key_D, ALT)  # the first-round concern on conflict: addressed here
    shot(window, "06_live_star")
    # jump through the agenda: Ctrl+G, End (the last question), ↑ past the "Close" section
    # heading to the question before it, Enter
    press(qtbot, Key.Key_G, CTRL)
    assert live.agenda.hasFocus()
    press(qtbot, Key.Key_End)
    press(qtbot, Key.Key_Up)
    press(qtbot, Key.Key_Up)
    press(qtbot, Key.Key_Return)
    assert "What would you like to ask" in live.question_label.text(), live.question_label.text()
    assert live.current_editor().hasFocus()
    press(qtbot, Key.Key_C, ALT)
    type_text(qtbot, "What does success look like in this role?")
    press(qtbot, Key.Key_Return)
    type_text(qtbot, "Shipping the billing rewrite by Q3")
    press(qtbot, Key.Key_Return)
    assert live.current_editor().hasFocus()  # back to the note after the answer
    qtbot.waitUntil(lambda: live.save_label.text() == "Saved")  # the header tells the truth
    shot(window, "07_live_candidate_question")
    press(qtbot, Key.Key_E, CTRL | SHIFT)
    assert live.end_bar.isVisible()
    shot(window, "08_live_end_asked")
    press(qtbot, Key.Key_Escape)  # not yet: keep going
    assert live.end_bar.isHidden() and live.current_editor().hasFocus()
    press(qtbot, Key.Key_E, CTRL | SHIFT)
    with qtbot.waitSignal(live.session_ended):
        press(qtbot, Key.Key_E, CTRL | SHIFT)

    # what is stored is what was typed
    stored = desk.live.open(session_id, lead.id)
    assert stored.notes[first_q.id].text == FREE_NOTE
    star = stored.notes[conflict.id]
    assert (star.situation, star.task, star.action, star.result) == (
        SITUATION, TASK, ACTION, RESULT)
    assert star.state is NoteState.ASKED
    [flag] = stored.flags
    assert flag.kind is FlagKind.STRONG and flag.question_id == conflict.id
    [cq] = stored.candidate_questions
    assert (cq.text, cq.answer) == ("What does success look like in this role?",
                                    "Shipping the billing rewrite by Q3")
    [concern] = stored.visible_concerns()
    assert stored.concern_checks[concern.id].note_id == star.id
    assert desk.sessions.sessions.get(session_id).status is SessionStatus.COMPLETED
    assert shown_status(window, session_id) == "Completed"
    return lead.id


def rate_all(qtbot: QtBot, pane: ScorecardPane, ratings: list[int], evidence: str,
             recommendation: Recommendation) -> None:
    """Rate every competency by keys, with evidence typed for each, then judge overall;
    the keyboard is wherever the previous step left it (the pane, or the switcher)."""
    for n, value in enumerate(ratings):
        assert pane.current == n
        # a plain digit from the list; Alt+digit once the keyboard is in the evidence box
        press(qtbot, getattr(Key, f"Key_{value}"), ALT if n else Mod.NoModifier)
        assert pane.rating_group.checkedId() == value
        click(qtbot, pane.evidence)
        type_text(qtbot, f"{evidence} #{n + 1}")
        if n == 0:  # Tab leaves the evidence box (typing no tab) for the notes; Enter on
            # one of them quotes it into the evidence
            press(qtbot, Key.Key_Tab)
            assert pane.notes.hasFocus()
            assert pane.evidence.toPlainText() == f"{evidence} #1"
            if pane._options:
                press(qtbot, Key.Key_Return)
                assert pane.evidence.toPlainText() == f"{evidence} #1\n{pane._options[0].text}"
                assert pane.evidence.hasFocus()
        press(qtbot, Key.Key_Down, ALT)
    assert "now judge overall" in pane.rec_hint.text()
    click(qtbot, pane.rec_buttons[recommendation])
    pane.takeaways.setFocus()
    type_text(qtbot, f"{evidence}: takeaways")


def submit(qtbot: QtBot, pane: ScorecardPane, *, warned: str = "", by_key: bool = False
           ) -> None:
    with qtbot.waitSignal(pane.scorecard_submitted):
        if by_key:  # from wherever the keyboard is in the pane (here: the takeaways box)
            press(qtbot, Key.Key_Return, CTRL)
        else:
            click(qtbot, pane.submit_button)
        if warned:  # the check speaks up; the panelist decides
            qtbot.waitUntil(lambda: warned in pane.warnings_label.text(), timeout=5000)
            shot(pane, "09b_scorecard_warning")
            click(qtbot, pane.submit_anyway)
    if not warned:
        assert pane.warnings.isHidden(), pane.warnings_label.text()
    assert pane.locked


def score_the_panel(qtbot: QtBot, window: MainWindow, desk: Desk, session_id: str,
                    lead_id: str) -> dict[str, list[int]]:
    pane = current_page(window)
    assert isinstance(pane, ScorecardPane), "ending the session opens the scorecard"
    assert pane.panelist_id == lead_id
    n = len(pane.competencies)
    given = {lead_id: [3] * n}
    rate_all(qtbot, pane, given[lead_id], "Ana saw", Recommendation.YES)
    shot(window, "09_scorecard_lead")
    submit(qtbot, pane, warned="halo")
    assert "1 of 3 submitted" in pane.status_label.text()
    shot(window, "10_scorecard_lead_submitted")
    for name, values, rec in (("Ben Peer", [4, 3, 4, 3, 4, 3][:n], Recommendation.STRONG_YES),
                              ("Cara HR", [2, 3, 3, 2, 3, 3][:n], Recommendation.YES)):
        pane.switcher.setFocus()
        press(qtbot, Key.Key_Down)
        assert pane.switcher.currentText() == name
        assert pane.panelist_id != lead_id and not pane.locked
        rate_all(qtbot, pane, values, name.split()[0] + " saw", rec)
        submit(qtbot, pane, by_key=True)
        given[pane.panelist_id] = values
    shot(window, "11_scorecard_all_submitted")
    assert "open on the Debrief page (Ctrl+7)" in pane.status_label.text()
    for pid, values in given.items():
        card = desk.scorecards.card(session_id, pid)
        assert card.submitted_at
        assert [card.ratings[c.id].rating for c in pane.competencies] == values
        assert card.ratings[pane.competencies[0].id].evidence.startswith(
            ("Ana saw #1", "Ben saw #1", "Cara saw #1"))
    return given


# --- 3. debrief -------------------------------------------------------------------------------

def debrief_and_export(qtbot: QtBot, window: MainWindow, desk: Desk, session_id: str,
                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *,
                       candidate: str = "Jürgen Okafor", panel_size: int = 3) -> Path:
    from interview_desk.ui.debrief_view import DebriefPage

    press(qtbot, Key.Key_7, CTRL)
    page = current_page(window)
    assert isinstance(page, DebriefPage)
    assert page.chooser.currentData() == session_id
    view = page.view
    assert view.stack.currentIndex() == 1, view.seal_label.text()  # the seal is lifted
    assert f"{panel_size} of {panel_size} scorecards" in view.subheader.text()
    data = desk.debrief.view(session_id)
    assert view.matrix_model.rowCount() == len(data.shown) + 2
    shot(window, "12_debrief_open")

    view.tabs.setCurrentWidget(view.decision_page)
    view.outcome.setFocus()
    hire = view.outcome.findData(Outcome.HIRE.value)
    while view.outcome.currentIndex() != hire:
        press(qtbot, Key.Key_Down)
    view.rationale.setFocus()
    type_text(qtbot, "Clear STAR evidence on conflict; Ben & Cara agree 👍")
    for _ in range(8):  # Tab through the form to "Record decision", Space presses it
        if focused() is view.save_decision:
            break
        press(qtbot, Key.Key_Tab)
    assert focused() is view.save_decision, f"Tab from the rationale stopped in {focused()}"
    with qtbot.waitSignal(view.decision_recorded):
        press(qtbot, Key.Key_Space)
    decision = desk.debrief.view(session_id).decision
    assert decision is not None and decision.outcome is Outcome.HIRE
    assert decision.rationale == "Clear STAR evidence on conflict; Ben & Cara agree 👍"
    lead = next(p for p in desk.scorecards.panel(session_id) if p.is_lead)
    assert decision.decided_by == lead.name
    assert view.decision_status.text() == "Decision recorded."
    assert page.chooser.currentText().endswith("(decided)")  # not the stale "(completed)"
    assert "status decided" in view.subheader.text()
    assert shown_status(window, session_id) == "Decided"
    shot(window, "13_debrief_decided")

    target = tmp_path / "report.pdf"
    asked: list[str] = []

    def save_dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(target), _filter

    monkeypatch.setattr("interview_desk.ui.file_dialogs.QFileDialog.getSaveFileName",
                        save_dialog)
    press(qtbot, Key.Key_E, CTRL)  # Export report: on this page, the session shown
    export = page.report_export
    assert export is not None
    with qtbot.waitSignal(export.exported, timeout=30000):
        pass
    assert candidate in asked[0]
    box = export.result_box
    assert isinstance(box, QMessageBox) and str(target) in box.text()
    shot(window, "14_report_saved")
    box.close()
    return target


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


# --- focused checks of what the journey found ------------------------------------------------

def test_a_view_shortcut_puts_the_keyboard_in_the_pages_list(qtbot: QtBot,
                                                             demo_desk: Desk) -> None:
    window = open_window(qtbot, demo_desk)
    assert not window.registry[ActionId.SHOW_LIVE].isEnabled()  # nothing opened yet
    press(qtbot, Key.Key_5, CTRL)
    assert "live" not in window._pages
    press(qtbot, Key.Key_3, CTRL)
    press(qtbot, Key.Key_1, CTRL)
    sessions = current_page(window)
    assert isinstance(sessions, TablePage)
    assert sessions.view.hasFocus()  # not a button of the page, nor the navigation list
    live_row = next(r for r in range(sessions.model.rowCount())
                    if sessions.model.row_object(r).status == "live")
    for _ in range(live_row + 1):
        press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Return)
    assert isinstance(current_page(window), LiveView)
    press(qtbot, Key.Key_2, CTRL)
    candidates = current_page(window)
    assert isinstance(candidates, CandidatesPage) and candidates.view.hasFocus()


def test_the_next_panelist_starts_at_their_first_open_competency(qtbot: QtBot,
                                                                  demo_desk: Desk) -> None:
    window = open_window(qtbot, demo_desk)
    live = next(r for r in demo_desk.sessions.overview() if r.status == "live")
    first, second = demo_desk.scorecards.panel(live.id)[:2]
    pane = window.open_scorecard(live.id, first.id)
    pane.list.setFocus()
    for _ in pane.competencies:
        press(qtbot, Key.Key_Down, ALT)
    assert pane.current == len(pane.competencies) - 1
    pane.switcher.setFocus()
    press(qtbot, Key.Key_Down)
    assert pane.panelist_id == second.id
    assert pane.current == 0 and pane.list.currentRow() == 0
    pane.list.setFocus()
    press(qtbot, Key.Key_2)  # rates the first competency, not the last
    qtbot.waitUntil(lambda: pane.ops.pending() == 0, timeout=5000)
    assert demo_desk.scorecards.card(live.id, second.id).ratings[
        pane.competencies[0].id].rating == 2


# --- the demo: a session already under way, on one shared laptop ----------------------------

def test_journey_through_the_demos_live_session(qtbot: QtBot, demo_desk: Desk, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 on_demo_day: datetime) -> None:
    desk = demo_desk
    window = open_window(qtbot, desk)
    row = next(r for r in desk.sessions.overview() if r.status == "live")
    sid = row.id
    # the lead first checks what is overdue (last week's candidate has not been told) and
    # opens that debrief with Enter, so the Debrief page shows another session
    press(qtbot, Key.Key_9, CTRL)
    overdue = current_page(window)
    assert overdue.view.hasFocus()  # type: ignore[attr-defined]
    decided = next(r.id for r in desk.sessions.overview() if r.status == "decided")
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Return)
    debrief = current_page(window)
    assert debrief is window.page("debrief")
    assert debrief.chooser.currentData() == decided  # type: ignore[attr-defined]
    live = open_live_by_keyboard(qtbot, window, sid)
    panel = desk.scorecards.panel(sid)
    assert live.state.panelist.id == next(p.id for p in panel if p.is_lead)
    shot(window, "20_demo_live")
    # the peer takes over the keyboard for their own note, then hands back
    with qtbot.waitSignal(live.panelist_changed):
        press(qtbot, Key.Key_P, CTRL | SHIFT)
    peer = live.state.panelist
    assert live.panelist_box.currentText().startswith(peer.name)
    assert live.current_editor().hasFocus(), f"after switching, the keyboard is in {focused()}"
    go_to(qtbot, live, "What can you bring")
    press(qtbot, Key.Key_End, CTRL)
    type_text(qtbot, " Peer: brings <script>alert(1)</script> & Grüße 😀")
    note_q = live.current
    assert note_q is not None
    shot(window, "21_demo_peer_note")
    press(qtbot, Key.Key_E, CTRL | SHIFT)
    with qtbot.waitSignal(live.session_ended):
        press(qtbot, Key.Key_E, CTRL | SHIFT)
    peer_note = desk.live.open(sid, peer.id).notes[note_q.id].text
    assert peer_note.endswith(" Peer: brings <script>alert(1)</script> & Grüße 😀")

    pane = current_page(window)
    assert isinstance(pane, ScorecardPane)
    assert pane.panelist_id == peer.id  # whoever wrote last rates first
    press(qtbot, Key.Key_5, CTRL)  # a look back at the notes, then on to the scorecard
    assert current_page(window) is live and live.current_editor().hasFocus()
    press(qtbot, Key.Key_6, CTRL)
    assert current_page(window) is pane
    assert focused() is pane or pane.isAncestorOf(focused())
    values = [4, 3, 2, 3, 4, 3, 2, 3][:len(pane.competencies)]
    for i in range(len(panel)):
        if pane.panelist_id != panel[i].id:  # the next one takes the laptop: Home, ↓…
            pane.switcher.setFocus()
            press(qtbot, Key.Key_Home)
            for _ in range(i):
                press(qtbot, Key.Key_Down)
            assert pane.panelist_id == panel[i].id
        if not pane.locked:
            rate_all(qtbot, pane, values, pane.switcher.currentText(), Recommendation.YES)
            submit(qtbot, pane)
    assert desk.scorecards.seal_state(sid).is_open
    shot(window, "22_demo_scored")
    pdf = debrief_and_export(qtbot, window, desk, sid, tmp_path, monkeypatch,
                             candidate=row.candidate, panel_size=len(panel))
    assert "Peer: brings <script>alert(1)</script> & Grüße 😀" in pdf_text(pdf)
