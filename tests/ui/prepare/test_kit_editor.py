"""Drive the kit editor as a user would, then read what the database holds."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import QuestionType
from interview_desk.services.desk import Desk
from interview_desk.ui.prepare.kit_editor import KitsPage
from tests.helpers import dump
from tests.ui.ops_support import runner_for
from tests.ui.prepare.dialogs import answer, show_active

B = QMessageBox.StandardButton


def _page(qtbot: QtBot, desk: Desk) -> KitsPage:
    page = KitsPage(desk, runner_for(desk))
    qtbot.addWidget(page)
    page.resize(1196, 740)
    show_active(qtbot, page)
    return page


def _type(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_add_a_question_with_everything_then_save(qtbot: QtBot, desk: Desk) -> None:
    page = _page(qtbot, desk)
    ed = page.kit_editor
    ed.sections.select(2)
    section_title = ed.section_model.item(2).title
    before = len(ed.section_model.item(2).questions)
    qtbot.mouseClick(ed.questions.add_button, Qt.MouseButton.LeftButton)
    ed.q_text.selectAll()
    _type(qtbot, ed.q_text, "Tell me about a time you disagreed with your manager.")
    ed.q_type.setCurrentIndex(ed.q_type.findData(QuestionType.BEHAVIOURAL))
    ed.q_type.activated.emit(ed.q_type.currentIndex())
    ed.q_minutes.setFocus()
    ed.q_minutes.selectAll()
    qtbot.keyClicks(ed.q_minutes, "6")
    # tick "Problem solving" with the keyboard: focus the list, go to row 1, Space
    ed.q_measures.setFocus()
    ed.q_measures.setCurrentIndex(ed.measures_model.index(1, 0))
    qtbot.keyClick(ed.q_measures, Qt.Key.Key_Space)
    _type(qtbot, ed.q_probes, "What did you say?")
    qtbot.keyClick(ed.q_probes, Qt.Key.Key_Return)
    qtbot.keyClicks(ed.q_probes, "What happened next?")
    _type(qtbot, ed.q_good, "Disagrees with data, commits after.")
    _type(qtbot, ed.q_red, "Went around the manager.")
    assert ed.is_dirty()
    qtbot.keyClick(ed.q_red, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not ed.is_dirty()
    kit = desk.catalog.list_kits()[0]
    section = next(s for s in kit.sections if s.title == section_title)
    assert len(section.questions) == before + 1
    q = section.questions[1]  # added after the selected first question
    assert q.text == "Tell me about a time you disagreed with your manager."
    assert q.qtype is QuestionType.BEHAVIOURAL and q.minutes == 6
    assert q.competency_keys == [kit.competencies[1].key]
    assert q.probes == ["What did you say?", "What happened next?"]
    assert q.good == "Disagrees with data, commits after."
    assert q.red_flags == "Went around the manager."


def test_reorder_sections_and_questions_by_keyboard_and_drop(qtbot: QtBot, desk: Desk) -> None:
    page = _page(qtbot, desk)
    ed = page.kit_editor
    kit = desk.catalog.list_kits()[0]
    titles = [s.title for s in kit.sections]
    ed.sections.view.setFocus()
    ed.sections.select(0)
    qtbot.keyClick(ed.sections.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    ed.sections.select(2)  # behavioural: move its last question to the top by dropping
    m = ed.question_model
    last = m.rowCount() - 1
    moved = m.item(last).text
    m.dropMimeData(m.mimeData([m.index(last, 0)]), Qt.DropAction.MoveAction, 0, 0,
                   m.index(-1, -1))
    assert ed.save()
    back = desk.catalog.get_kit(kit.id)
    assert [s.title for s in back.sections] == [titles[1], titles[0], *titles[2:]]
    assert back.sections[2].questions[0].text == moved


def test_move_question_to_another_section_and_delete_one(qtbot: QtBot, desk: Desk) -> None:
    page = _page(qtbot, desk)
    ed = page.kit_editor
    kit = desk.catalog.list_kits()[0]
    ed.sections.select(0)
    text = ed.question_model.item(0).text
    target = ed.q_section.findText(kit.sections[-1].title)
    ed.q_section.setCurrentIndex(target)
    ed.q_section.activated.emit(target)
    assert ed.sections.current_row() == len(kit.sections) - 1
    ed.sections.select(1)
    gone = ed.question_model.item(0).text
    ed.questions.view.setFocus()
    qtbot.mouseClick(ed.questions.remove_button, Qt.MouseButton.LeftButton)
    assert ed.save()
    back = desk.catalog.get_kit(kit.id)
    assert back.sections[-1].questions[-1].text == text
    assert text not in [q.text for q in back.sections[0].questions]
    assert gone not in [q.text for q in back.questions()]
    assert len(back.questions()) == len(kit.questions()) - 1


def test_total_time_against_slot_and_unmeasured_competencies(qtbot: QtBot, desk: Desk) -> None:
    page = _page(qtbot, desk)
    ed = page.kit_editor
    kit = desk.catalog.list_kits()[0]
    assert f"{kit.total_minutes()} min" in ed.total.text()
    ed.slot.setValue(45)
    assert "over" in ed.total.toolTip()
    ed.slot.setValue(90)
    assert ed.total.toolTip() == ""
    # untick every competency of every question measuring "learning_growth"
    key = "learning_growth"
    for s_row, section in enumerate(ed.kit.sections):  # type: ignore[union-attr]
        for q_row, q in enumerate(section.questions):
            if key in q.competency_keys:
                ed.sections.select(s_row)
                ed.questions.select(q_row)
                row = [ed.measures_model.key(r) for r in range(
                    ed.measures_model.rowCount())].index(key)
                ed.measures_model.setData(ed.measures_model.index(row, 0),
                                          Qt.CheckState.Unchecked,
                                          Qt.ItemDataRole.CheckStateRole)
    assert "Learning & growth" in ed.coverage.text()


def test_editing_a_used_kit_makes_a_new_version_and_says_so(
        qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    ed = page.kit_editor
    v1 = demo_desk.catalog.list_kits()[0]
    assert "used by 3 session" in ed.version.text() and "version 2" in ed.version.text()
    ed.sections.select(0)
    ed.q_text.selectAll()
    _type(qtbot, ed.q_text, "A new opener")
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    assert "Saved as version 2" in ed.banner.text()
    v2 = demo_desk.catalog.list_kits()[0]
    assert v2.version == 2 and v2.id != v1.id
    assert v2.sections[0].questions[0].text == "A new opener"
    assert demo_desk.catalog.get_kit(v1.id).questions()[0].text == v1.questions()[0].text
    assert all(r.kit_id == v1.id for r in demo_desk.sessions.overview())
    assert page.current_id() == v2.id
    assert "not used" in ed.version.text()
    # a second edit changes version 2 in place
    _type(qtbot, ed.q_text, "!")
    assert ed.save()
    assert [k.version for k in demo_desk.catalog.kit_versions(v1.family_id)] == [1, 2]


def test_cancel_keeps_typing_and_discard_changes_nothing(
        qtbot: QtBot, desk: Desk, db_path: Path) -> None:
    page = _page(qtbot, desk)
    ed = page.kit_editor
    before = dump(db_path)
    _type(qtbot, ed.name, " draft")
    answer(B.Cancel)
    assert not page.maybe_leave()
    assert ed.name.text().endswith(" draft")
    answer(B.Discard)
    assert page.maybe_leave()
    assert not ed.name.text().endswith(" draft")
    assert dump(db_path) == before


def test_new_kit_then_delete_it_after_confirming(qtbot: QtBot, desk: Desk) -> None:
    page = _page(qtbot, desk)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    ed = page.kit_editor
    assert ed.name.hasFocus()
    qtbot.keyClicks(ed.name, "Tiny kit")
    ed.q_text.selectAll() if ed.question_model.rowCount() else None
    qtbot.mouseClick(ed.questions.add_button, Qt.MouseButton.LeftButton)
    assert ed.save()
    assert sorted(k.name for k in desk.catalog.list_kits()) == [
        "Second interview — panel", "Tiny kit"]
    answer(B.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [k.name for k in desk.catalog.list_kits()] == ["Second interview — panel"]


def test_import_csv_and_bad_file_and_export(qtbot: QtBot, desk: Desk, tmp_path: Path,
                                            db_path: Path) -> None:
    page = _page(qtbot, desk)
    bad = tmp_path / "bad.csv"
    bad.write_text("text,minutes\nOne,lots\n", encoding="utf-8")
    before = dump(db_path)
    op = page.import_file(bad)
    assert op is not None
    with qtbot.waitSignal(op.failed, timeout=10000):
        pass
    qtbot.waitUntil(lambda: page.import_button.isEnabled())
    assert "row 2, column 'minutes'" in page.editor.banner.text()
    assert dump(db_path) == before
    good = tmp_path / "team_questions.csv"
    good.write_text("section,text,minutes\nOpening,Why us?,5\n", encoding="utf-8")
    op = page.import_file(good)
    assert op is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    qtbot.waitUntil(lambda: page.import_button.isEnabled())
    assert page.kit_editor.name.text() == "team questions"
    out = tmp_path / "out.json"
    page.export_file(page.current_id(), out)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: out.exists() and page.import_button.isEnabled(), timeout=10000)
    assert "Exported to" in page.editor.banner.text()
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == "team questions"


def test_kit_models_pass_the_model_tester(qtmodeltester, qtbot: QtBot, desk: Desk) -> None:
    page = _page(qtbot, desk)
    qtmodeltester.check(page.kit_editor.section_model)
    qtmodeltester.check(page.kit_editor.question_model)
    qtmodeltester.check(page.kit_editor.measures_model)


def test_delete_key_removes_and_ctrl_z_puts_back(qtbot: QtBot, desk: Desk) -> None:
    page = _page(qtbot, desk)
    ed = page.kit_editor
    titles = [s.title for s in ed.kit.sections]  # type: ignore[union-attr]
    ed.sections.view.setFocus()
    ed.sections.select(1)
    qtbot.keyClick(ed.sections.view, Qt.Key.Key_Delete)
    qtbot.keyClick(ed.sections.view, Qt.Key.Key_Delete)
    assert [s.title for s in ed.kit.sections] == [titles[0], *titles[3:]]  # type: ignore[union-attr]
    qtbot.keyClick(ed.sections.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ed.sections.current_row() == 1
    qtbot.mouseClick(ed.sections.undo_button, Qt.MouseButton.LeftButton)
    assert not ed.sections.undo_button.isEnabled()
    assert [s.title for s in ed.kit.sections] == titles  # type: ignore[union-attr]
    assert ed.save()
    back = desk.catalog.list_kits()[0]
    assert [s.title for s in back.sections] == titles
    assert len(back.questions()) == 22


def test_add_section_type_its_title_and_a_question(qtbot: QtBot, desk: Desk) -> None:
    page = _page(qtbot, desk)
    ed = page.kit_editor
    ed.sections.select(ed.section_model.rowCount() - 1)
    qtbot.mouseClick(ed.sections.add_button, Qt.MouseButton.LeftButton)
    assert ed.s_title.hasFocus()
    qtbot.keyClicks(ed.s_title, "Case study")
    ed.s_guidance.setFocus()
    qtbot.keyClicks(ed.s_guidance, "Hand out the brief 24 h before.")
    qtbot.mouseClick(ed.questions.add_button, Qt.MouseButton.LeftButton)
    assert ed.q_text.hasFocus()
    qtbot.keyClicks(ed.q_text, "Present your plan for the migration.")
    assert "Case study" in ed.questions_label.text()
    assert ed.save()
    last = desk.catalog.list_kits()[0].sections[-1]
    assert (last.title, last.guidance) == ("Case study", "Hand out the brief 24 h before.")
    assert [q.text for q in last.questions] == ["Present your plan for the migration."]
    assert last.questions[0].minutes == 5


def test_saving_without_changes_makes_no_new_version(qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    assert page.kit_editor.save()
    qtbot.keyClick(page.kit_editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [k.version for k in demo_desk.catalog.list_kits()] == [1]


def _lines(qtbot: QtBot, box, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    for n, line in enumerate(lines):
        if n:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClicks(box, line)


def test_look_fors_and_required_typed_in_the_editor_are_stored(
        qtbot: QtBot, desk: Desk) -> None:
    page = _page(qtbot, desk)
    ed = page.kit_editor
    ed.sections.select(2)
    ed.questions.select(0)
    _lines(qtbot, ed.q_look_fors, [f"signal {n}" for n in range(1, 10)])
    before = dump(desk.path)
    qtbot.keyClick(ed.q_look_fors, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ed.is_dirty() and "at most 8 look-fors" in ed.banner.text()
    assert dump(desk.path) == before  # refused whole
    _lines(qtbot, ed.q_look_fors, ["names a trade-off", "says I, not we"])
    qtbot.keyClick(ed.q_look_fors, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Required
    qtbot.waitUntil(ed.q_required.isChecked)  # a mnemonic clicks after a short animation
    qtbot.keyClick(ed.q_look_fors, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not ed.is_dirty()
    q = desk.catalog.list_kits()[0].sections[2].questions[0]
    assert q.look_fors == ["names a trade-off", "says I, not we"] and q.required


def test_a_blank_left_in_a_question_is_flagged_until_filled_in(
        qtbot: QtBot, desk: Desk) -> None:
    page = _page(qtbot, desk)
    ed = page.kit_editor
    ed.sections.select(0)
    ed.questions.select(0)
    ed.q_text.selectAll()
    _type(qtbot, ed.q_text, "We are [names and roles]. Our mission is [read the mission].")
    assert ed.q_blanks.isVisible()
    assert "[names and roles]" in ed.q_blanks.text()
    assert "[read the mission]" in ed.q_blanks.text()
    row = ed.question_model.index(0, 0)
    assert ed.question_model.data(row, Qt.ItemDataRole.ForegroundRole) is not None
    ed.q_text.selectAll()
    _type(qtbot, ed.q_text, "We are Ingrid and Rahul. Our mission is to ship safely.")
    assert not ed.q_blanks.isVisible()
    assert ed.question_model.data(row, Qt.ItemDataRole.ForegroundRole) is None
