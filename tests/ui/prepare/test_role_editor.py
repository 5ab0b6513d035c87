"""Drive the role editor as a user would, then read what the database holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.prepare.role_editor import RolesPage
from tests.ui.ops_support import runner_for
from tests.ui.prepare.dialogs import answer, show_active

B = QMessageBox.StandardButton


def _page(qtbot: QtBot, desk: Desk) -> RolesPage:
    page = RolesPage(desk.catalog, runner_for(desk))
    qtbot.addWidget(page)
    page.resize(1200, 740)
    show_active(qtbot, page)
    return page


def _type(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_new_role_typed_in_full_is_stored(qtbot: QtBot, desk: Desk) -> None:
    page = _page(qtbot, desk)
    ed = page.role_editor
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    _type(qtbot, ed.name, "Product Designer")
    for name, weight in (("Craft", 3), ("Collaboration", 1)):
        qtbot.mouseClick(ed.competencies.add_button, Qt.MouseButton.LeftButton)
        ed.c_name.selectAll()
        _type(qtbot, ed.c_name, name)
        ed.c_weight.setValue(weight)
        for i, box in enumerate(ed.anchors):
            _type(qtbot, box, f"{name} level {i + 1}")
    share = ed.comp_model.data(ed.comp_model.index(0, 2))
    assert share == "75%"
    qtbot.keyClick(ed.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ed.banner.text() == ""
    assert not ed.is_dirty()
    [role] = desk.catalog.list_roles()
    assert role.name == "Product Designer"
    assert [(c.name, c.weight, c.key) for c in role.competencies] == [
        ("Craft", 3.0, "craft"), ("Collaboration", 1.0, "collaboration")]
    assert role.competencies[1].anchors[3] == "Collaboration level 4"
    assert page.model.rowCount() == 1


def test_missing_anchor_refuses_save_and_names_the_competency(
        qtbot: QtBot, desk: Desk) -> None:
    page = _page(qtbot, desk)
    ed = page.role_editor
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    _type(qtbot, ed.name, "Analyst")
    qtbot.mouseClick(ed.competencies.add_button, Qt.MouseButton.LeftButton)
    ed.c_name.selectAll()
    _type(qtbot, ed.c_name, "Numeracy")
    for box in ed.anchors[:3]:
        _type(qtbot, box, "something")
    assert ed.comp_model.data(ed.comp_model.index(0, 3)) == "missing 4"
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    assert ed.banner.isVisible()
    assert "Numeracy" in ed.banner.text() and "4" in ed.banner.text()
    assert desk.catalog.list_roles() == []
    assert ed.is_dirty()
    assert ed.anchors[3].hasFocus()
    _type(qtbot, ed.anchors[3], "excellent")
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    assert not ed.banner.isVisible()
    assert desk.catalog.list_roles()[0].competencies[0].anchors[3] == "excellent"


def test_reorder_by_keyboard_and_edit_weight_in_place(qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    ed = page.role_editor
    names = [c.name for c in demo_desk.catalog.list_roles()[0].competencies]
    view = ed.competencies.view
    view.setFocus()
    ed.competencies.select(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert ed.competencies.current_row() == 2
    # type a new weight into the cell: select the Weight column, F2, type, Enter
    view.setCurrentIndex(ed.comp_model.index(2, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "4")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view closes its editor on the next loop
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    stored = demo_desk.catalog.list_roles()[0].competencies
    assert [c.name for c in stored] == [names[1], names[2], names[0], *names[3:]]
    assert stored[2].weight == 4.0


def test_drop_moves_a_competency(qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    m = page.role_editor.comp_model
    first = m.item(0).name
    mime = m.mimeData([m.index(0, 0)])
    m.dropMimeData(mime, Qt.DropAction.MoveAction, 4, 0, m.index(-1, -1))
    assert m.item(3).name == first
    page.role_editor.save()
    assert demo_desk.catalog.list_roles()[0].competencies[3].name == first


def test_switching_away_with_unsaved_changes_asks(qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    ed = page.role_editor
    original = ed.name.text()
    _type(qtbot, ed.name, " (draft)")
    asked = answer(B.Cancel)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert asked.texts and "unsaved" in asked.texts[0]
    assert ed.name.text() == original + " (draft)"  # still there after Cancel
    answer(B.Discard)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert ed.name.text() == ""
    assert demo_desk.catalog.list_roles()[0].name == original
    # an untouched new role leaves without a question
    page.select_id(demo_desk.catalog.list_roles()[0].id)
    assert ed.name.text() == original
    # Save from the question stores the draft
    _type(qtbot, ed.name, " II")
    answer(B.Save)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert demo_desk.catalog.list_roles()[0].name == original + " II"


def test_revert_restores_and_cancel_keeps(qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    ed = page.role_editor
    original = ed.name.text()
    _type(qtbot, ed.name, "!!")
    qtbot.mouseClick(ed.revert_button, Qt.MouseButton.LeftButton)
    assert ed.name.text() == original and not ed.is_dirty()


def test_delete_role_in_use_is_refused_and_unused_deleted_after_confirm(
        qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    answer(B.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "session" in page.role_editor.banner.text()
    assert len(demo_desk.catalog.list_roles()) == 1
    page.new_item()
    ed = page.role_editor
    _type(qtbot, ed.name, "Spare")
    ed.save()
    assert len(demo_desk.catalog.list_roles()) == 2
    answer(B.No)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(demo_desk.catalog.list_roles()) == 2
    answer(B.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in demo_desk.catalog.list_roles()] == ["Senior Backend Engineer"]


def test_models_pass_the_model_tester(qtmodeltester, qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    qtmodeltester.check(page.role_editor.comp_model)
    qtmodeltester.check(page.model)


def test_new_role_from_a_kit_adopts_its_competencies(qtbot: QtBot, desk: Desk) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    page = _page(qtbot, desk)

    def pick_first() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            dialog.accept()
        else:
            QTimer.singleShot(10, pick_first)

    QTimer.singleShot(0, pick_first)
    qtbot.mouseClick(page.from_kit_button, Qt.MouseButton.LeftButton)
    ed = page.role_editor
    kit = desk.catalog.list_kits()[0]
    assert [c.name for c in ed.role.competencies] == [c.name for c in kit.competencies]  # type: ignore[union-attr]
    assert ed.is_dirty()  # a prefilled draft is not stored until Save
    assert desk.catalog.list_roles() == []
    _type(qtbot, ed.name, "Platform Engineer")
    assert ed.save()
    [role] = desk.catalog.list_roles()
    assert [c.key for c in role.competencies] == [c.key for c in kit.competencies]
    assert role.competencies[0].anchors == kit.competencies[0].anchors


def test_editing_a_used_role_warns_first_then_makes_a_new_version_and_says_so(
        qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    ed = page.role_editor
    v1 = demo_desk.catalog.list_roles()[0]
    decided = next(s for s in demo_desk.sessions.sessions.all() if s.status == "decided")
    before = demo_desk.debrief.view(decided.id).post
    assert ed.version.text().startswith("1 — used by 3 session")
    assert "saving your changes makes version 2" in ed.version.text()
    ed.competencies.select(0)
    ed.c_weight.setValue(3.0)
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    assert "Saved as version 2" in ed.banner.text()
    assert "3 sessions planned with version 1 keep" in ed.banner.text()
    v2 = demo_desk.catalog.list_roles()[0]
    assert (v2.version, v2.family_id) == (2, v1.family_id) and v2.id != v1.id
    assert v2.competencies[0].weight == 3.0
    assert demo_desk.catalog.get_role(v1.id).competencies[0].weight == \
        v1.competencies[0].weight
    assert demo_desk.debrief.view(decided.id).post == before
    assert page.current_id() == v2.id and ed.role is not None and ed.role.id == v2.id
    assert "not used" in ed.version.text()
    # a second edit changes version 2 in place
    ed.c_weight.setValue(2.5)
    assert ed.save()
    assert [r.version for r in demo_desk.catalog.role_versions(v1.family_id)] == [1, 2]


def test_the_override_rule_is_set_in_the_role_and_a_bad_one_refused(
        qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    ed = page.role_editor
    assert (ed.hire_below.value(), ed.no_hire_above.value()) == (2.75, 3.25)  # the demo's
    ed.hire_below.setValue(3.5)  # above the no-hire threshold: every decision would override
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be below the hire threshold" in ed.banner.text())
    assert demo_desk.catalog.list_roles()[0].hire_below == 2.75
    ed.hire_below.setValue(3.0)
    ed.no_hire_above.setValue(0.0)  # "no rule"
    assert ed.no_hire_above.text() == "no rule"
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    stored = demo_desk.catalog.list_roles()[0]
    assert (stored.version, stored.hire_below, stored.no_hire_above) == (2, 3.0, None)
