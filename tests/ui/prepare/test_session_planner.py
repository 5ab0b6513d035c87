"""Drive the session planner as a user would, then read the stored plan."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import Candidate, Concern
from interview_desk.domain.placeholders import question_placeholders
from interview_desk.services.desk import Desk
from interview_desk.ui.prepare.session_planner import SessionPlannerDialog
from tests.helpers import dump
from tests.ui.ops_support import runner_for
from tests.ui.prepare.dialogs import answer, show_active

B = QMessageBox.StandardButton


def _dialog(qtbot: QtBot, desk: Desk, session_id: str | None = None) -> SessionPlannerDialog:
    dialog = SessionPlannerDialog(desk, runner_for(desk), session_id)
    # a failed test must not leave a dirty dialog that asks (and waits) while closing
    qtbot.addWidget(dialog, before_close_func=lambda d: d.editor._set_dirty(False))
    show_active(qtbot, dialog)
    return dialog


def _planned(desk: Desk) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == "planned")


def test_plan_a_new_session_with_keyboard_assignments(qtbot: QtBot, demo_desk: Desk) -> None:
    cand = demo_desk.catalog.save_candidate(Candidate(
        name="Noor Haddad", role_id=demo_desk.catalog.list_roles()[0].id,
        concerns=[Concern(text="Never led a team")]))
    dialog = _dialog(qtbot, demo_desk)
    ed = dialog.editor
    ed.candidate.setCurrentIndex(ed.candidate.findData(cand.id))
    ed.candidate.activated.emit(ed.candidate.currentIndex())
    ed.date.setDate(QDate(2026, 12, 3))
    ed.time.setTime(QTime(9, 30))
    ed.location.setFocus()
    qtbot.keyClicks(ed.location, "Room Kestrel")
    assert ed.minutes.value() == 60
    # the lead exists already: name her, then add a peer
    ed.p_name.setFocus()
    qtbot.keyClicks(ed.p_name, "Ingrid")
    qtbot.mouseClick(ed.panel.add_button, Qt.MouseButton.LeftButton)
    assert ed.p_name.hasFocus()
    qtbot.keyClicks(ed.p_name, "Kwame")
    # select every question, give them all to panelist 1, then the first two to panelist 2
    ed.questions.setFocus()
    ed.questions.selectAll()
    qtbot.keyClick(ed.questions, Qt.Key.Key_1)
    assert "have no panelist" not in ed.warning_text()
    ed.questions.clearSelection()
    ed.questions.selectRow(0)
    ed.questions.selectionModel().select(
        ed.question_model.index(1, 0),
        ed.questions.selectionModel().SelectionFlag.Select
        | ed.questions.selectionModel().SelectionFlag.Rows)
    qtbot.keyClick(ed.questions, Qt.Key.Key_2)
    ed.questions.clearSelection()
    ed.questions.selectRow(2)
    qtbot.keyClick(ed.questions, Qt.Key.Key_0)
    assert "1 question has no panelist" in ed.warning_text()
    assert "Never led a team" in ed.warning_text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    row = next(r for r in demo_desk.sessions.overview() if r.candidate == "Noor Haddad")
    plan = demo_desk.sessions.get_plan(row.id)
    assert plan.session.scheduled_at == "2026-12-03T09:30"
    assert plan.session.location == "Room Kestrel"
    assert plan.session.planned_minutes == 60
    assert [(p.name, p.panel_role, p.is_lead) for p in plan.panel] == [
        ("Ingrid", "Hiring manager", True), ("Kwame", "Peer", False)]
    kit = demo_desk.catalog.get_kit(plan.session.kit_id)
    qs = kit.questions()
    assert plan.assignments[qs[0].id] == plan.panel[1].id
    assert plan.assignments[qs[1].id] == plan.panel[1].id
    assert qs[2].id not in plan.assignments
    assert all(plan.assignments[q.id] == plan.panel[0].id for q in qs[3:])


def test_short_slot_warns_and_share_out_assigns_everything(
        qtbot: QtBot, demo_desk: Desk) -> None:
    dialog = _dialog(qtbot, demo_desk, _planned(demo_desk))
    ed = dialog.editor
    ed.minutes.setValue(45)
    assert "the slot is 45 min" in ed.warning_text()
    qtbot.mouseClick(ed.spread_button, Qt.MouseButton.LeftButton)
    assert "have no panelist" not in ed.warning_text()
    assert ed.save()
    plan = demo_desk.sessions.get_plan(_planned(demo_desk))
    assert plan.session.planned_minutes == 45
    kit = demo_desk.catalog.get_kit(plan.session.kit_id)
    assert set(plan.assignments) == {q.id for q in kit.questions()}


def test_removing_a_panelist_unassigns_their_questions(qtbot: QtBot, demo_desk: Desk) -> None:
    ident = _planned(demo_desk)
    before = demo_desk.sessions.get_plan(ident)
    dialog = _dialog(qtbot, demo_desk, ident)
    ed = dialog.editor
    ed.panel.select(1)
    gone = ed.panel_model.item(1)
    qtbot.mouseClick(ed.panel.remove_button, Qt.MouseButton.LeftButton)
    assert ed.save()
    after = demo_desk.sessions.get_plan(ident)
    assert gone.id not in {p.id for p in after.panel}
    assert gone.id not in after.assignments.values()
    assert len(after.assignments) == len(
        [q for q, p in before.assignments.items() if p != gone.id])


def test_cancel_with_changes_asks_and_keeps_nothing(
        qtbot: QtBot, demo_desk: Desk) -> None:
    ident = _planned(demo_desk)
    dialog = _dialog(qtbot, demo_desk, ident)
    ed = dialog.editor
    before = dump(demo_desk.path)  # type: ignore[arg-type]
    ed.location.setFocus()
    qtbot.keyClicks(ed.location, " (moved)")
    answer(B.Cancel)
    qtbot.mouseClick(ed.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and ed.location.text().endswith(" (moved)")
    answer(B.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dump(demo_desk.path) == before  # type: ignore[arg-type]


def test_closing_with_changes_can_save(qtbot: QtBot, demo_desk: Desk) -> None:
    ident = _planned(demo_desk)
    dialog = _dialog(qtbot, demo_desk, ident)
    ed = dialog.editor
    ed.location.setFocus()
    ed.location.selectAll()
    qtbot.keyClicks(ed.location, "Video call")
    answer(B.Save)
    dialog.close()
    assert demo_desk.sessions.get_plan(ident).session.location == "Video call"


def test_planner_models_pass_the_model_tester(
        qtmodeltester, qtbot: QtBot, demo_desk: Desk) -> None:
    dialog = _dialog(qtbot, demo_desk, _planned(demo_desk))
    qtmodeltester.check(dialog.editor.panel_model)
    qtmodeltester.check(dialog.editor.question_model)


def test_planned_session_keeps_its_kit_version_after_the_kit_changes(
        qtbot: QtBot, demo_desk: Desk) -> None:
    kit = demo_desk.catalog.list_kits()[0]
    kit.sections[0].questions[0].text = "Changed opener"
    v2 = demo_desk.catalog.save_kit(kit)
    assert v2.version == 2
    dialog = _dialog(qtbot, demo_desk, _planned(demo_desk))
    ed = dialog.editor
    assert "as planned" in ed.kit_choice.currentText()
    assert ed.question_model.item(0).text != "Changed opener"
    assert ed.save()
    assert demo_desk.sessions.get_plan(_planned(demo_desk)).session.kit_id != v2.id


def test_the_panel_shows_each_panelists_digit_and_alt_p_adds_one(
        qtbot: QtBot, demo_desk: Desk) -> None:
    dialog = _dialog(qtbot, demo_desk, _planned(demo_desk))
    ed = dialog.editor
    model = ed.panel_model
    key = model.columnCount() - 1
    assert model.headerData(key, Qt.Orientation.Horizontal) == "Key"
    assert [model.data(model.index(r, key)) for r in range(model.rowCount())] == [
        str(n) for n in range(1, model.rowCount() + 1)]
    before = model.rowCount()
    ed.panel.view.setFocus()
    qtbot.keyClick(ed.panel.view, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: model.rowCount() == before + 1)  # a mnemonic animates its click
    ed._set_dirty(False)


def test_share_out_keeps_one_voice_per_section(qtbot: QtBot, demo_desk: Desk) -> None:
    dialog = _dialog(qtbot, demo_desk, _planned(demo_desk))
    ed = dialog.editor
    assert ed.plan is not None
    ed.plan.assignments = {}
    qtbot.mouseClick(ed.spread_button, Qt.MouseButton.LeftButton)
    voices: dict[str, set[str]] = {}
    for q in ed.question_model.items():
        voices.setdefault(q.section_id, set()).add(ed.plan.assignments[q.id])
    assert all(len(v) == 1 for v in voices.values())
    assert len(set().union(*voices.values())) == len(ed.plan.panel)  # everyone asks
    ed._set_dirty(False)


def test_a_required_question_nobody_asks_is_named(qtbot: QtBot, demo_desk: Desk) -> None:
    ident = _planned(demo_desk)
    plan = demo_desk.sessions.get_plan(ident)
    kit = demo_desk.catalog.kits.get(plan.session.kit_id)
    required = [q for q in kit.questions() if q.required]
    assert required
    dialog = _dialog(qtbot, demo_desk, ident)
    ed = dialog.editor
    assert "Required, but nobody asks it" not in ed.warning_text()
    ed.panel.select(1)  # its questions go back to "unassigned"
    qtbot.mouseClick(ed.panel.remove_button, Qt.MouseButton.LeftButton)
    ed.panel.select(0)
    qtbot.mouseClick(ed.panel.remove_button, Qt.MouseButton.LeftButton)
    assert "Required, but nobody asks it" in ed.warning_text()
    assert required[0].text[:40] in ed.warning_text()


def test_the_kit_s_blanks_are_asked_for_before_the_session(
        qtbot: QtBot, demo_desk: Desk) -> None:
    ident = _planned(demo_desk)
    kit = demo_desk.catalog.kits.get(demo_desk.sessions.get_plan(ident).session.kit_id)
    blanks = [b for q in kit.questions() for b in question_placeholders(q)]
    assert "[read the one-line mission]" in blanks  # the demo uses the shipped kit's wording
    dialog = _dialog(qtbot, demo_desk, ident)
    text = dialog.editor.warning_text()
    assert "Fill in before the session" in text
    assert all(b in text for b in blanks)


def test_a_missing_candidate_and_role_are_made_without_leaving_the_planner(
        qtbot: QtBot, demo_desk: Desk) -> None:
    dialog = _dialog(qtbot, demo_desk)
    ed = dialog.editor
    # Alt+W: a new candidate, in the Candidates page's editor
    qtbot.keyClick(ed.candidate, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: ed.new_item_dialog is not None and ed.new_item_dialog.isVisible())
    made = ed.new_item_dialog
    assert made is not None
    qtbot.waitUntil(made.editor.name.hasFocus)
    qtbot.keyClicks(made.editor.name, "Lina Ortiz")
    with qtbot.waitSignal(made.finished):
        qtbot.keyClick(made.editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ed.candidate.currentText() == "Lina Ortiz"
    lina = next(c for c in demo_desk.catalog.list_candidates() if c.name == "Lina Ortiz")
    assert ed.candidate.currentData() == lina.id
    # a new role, then the plan is saved for both
    qtbot.mouseClick(ed.new_role_button, Qt.MouseButton.LeftButton)
    made = ed.new_item_dialog
    assert made is not None
    qtbot.keyClicks(made.editor.name, "Data engineer")
    with qtbot.waitSignal(made.finished):
        qtbot.mouseClick(made.editor.save_button, Qt.MouseButton.LeftButton)
    assert ed.role.currentText() == "Data engineer"
    role = next(r for r in demo_desk.catalog.list_roles() if r.name == "Data engineer")
    ed.p_name.setFocus()
    qtbot.keyClicks(ed.p_name, "Ingrid")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    row = next(r for r in demo_desk.sessions.overview() if r.candidate == "Lina Ortiz")
    plan = demo_desk.sessions.get_plan(row.id)
    assert (plan.session.candidate_id, plan.session.role_id) == (lina.id, role.id)


def test_cancelling_a_new_candidate_makes_nothing(qtbot: QtBot, demo_desk: Desk) -> None:
    dialog = _dialog(qtbot, demo_desk)
    ed = dialog.editor
    before = dump(demo_desk.path)
    chosen = ed.candidate.currentData()
    qtbot.mouseClick(ed.new_candidate_button, Qt.MouseButton.LeftButton)
    made = ed.new_item_dialog
    assert made is not None
    with qtbot.waitSignal(made.finished):
        qtbot.mouseClick(made.cancel_button, Qt.MouseButton.LeftButton)
    assert ed.candidate.currentData() == chosen
    assert ed.new_item_dialog is None
    assert dump(demo_desk.path) == before


def test_alt_c_and_alt_r_still_reach_the_candidate_and_role_boxes(
        qtbot: QtBot, demo_desk: Desk) -> None:
    ed = _dialog(qtbot, demo_desk).editor
    ed.location.setFocus()
    qtbot.keyClick(ed.location, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(ed.role.hasFocus)
    qtbot.keyClick(ed.role, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(ed.candidate.hasFocus)
