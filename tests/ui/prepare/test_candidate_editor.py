"""Drive the candidate dossier as a user would, then read what the database holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.prepare.candidate_editor import CandidatesPage
from tests.ui.ops_support import runner_for
from tests.ui.prepare.dialogs import answer, show_active, type_text

B = QMessageBox.StandardButton


def _page(qtbot: QtBot, desk: Desk) -> CandidatesPage:
    page = CandidatesPage(desk.catalog, runner_for(desk))
    qtbot.addWidget(page)
    page.resize(1196, 740)
    show_active(qtbot, page)
    return page


def _type(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _names(page: CandidatesPage) -> list[str]:
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def test_new_dossier_with_concerns_linked_to_questions(qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    ed = page.candidate_editor
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert ed.name.hasFocus()
    type_text(qtbot, ed.name, "Zoë Adébáyọ̀ <&>")
    _type(qtbot, ed.email, "zoe@example.com")
    _type(qtbot, ed.phone, "+1 555 0100")
    ed.role.setCurrentIndex(1)
    ed.role.activated.emit(1)
    ed.stage.setCurrentText("second interview")
    _type(qtbot, ed.summary, "Strong on Kafka; vague on testing.")
    qtbot.mouseClick(ed.concerns.add_button, Qt.MouseButton.LeftButton)
    ed.c_text.selectAll()
    _type(qtbot, ed.c_text, "Testing discipline")
    ed.c_question.setCurrentIndex(3)
    ed.c_question.activated.emit(3)
    linked = ed.c_question.currentData()
    qtbot.mouseClick(ed.concerns.add_button, Qt.MouseButton.LeftButton)
    ed.c_text.selectAll()
    _type(qtbot, ed.c_text, "Notice period")
    ed.c_lead_only.setFocus()
    qtbot.keyClick(ed.c_lead_only, Qt.Key.Key_Space)
    # reorder: the notice period first
    ed.concerns.view.setFocus()
    qtbot.keyClick(ed.concerns.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(ed.c_text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not ed.is_dirty(), ed.banner.text()
    [cand] = demo_desk.catalog.list_candidates("Zoë")
    assert cand.name == "Zoë Adébáyọ̀ <&>"
    assert (cand.email, cand.phone, cand.stage) == (
        "zoe@example.com", "+1 555 0100", "second interview")
    assert cand.role_id == demo_desk.catalog.list_roles()[0].id
    assert cand.first_round_summary == "Strong on Kafka; vague on testing."
    assert [(c.text, c.question_id, c.lead_only) for c in cand.concerns] == [
        ("Notice period", None, True), ("Testing discipline", linked, False)]
    assert "Zoë Adébáyọ̀ <&>" in _names(page)


def test_search_by_name_role_and_text(qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    everyone = _names(page)
    assert len(everyone) == 3
    page.search.setFocus()
    type_text(qtbot, page.search, everyone[1].split()[0])
    assert _names(page) == [everyone[1]]
    page.search.clear()
    qtbot.keyClicks(page.search, "Backend Engineer")  # the role
    assert _names(page) == everyone
    page.search.clear()
    qtbot.keyClicks(page.search, "Parcelo")  # first-round summary text
    assert _names(page) == ["Amara Okonkwo"]
    page.search.clear()
    qtbot.keyClicks(page.search, "no such words")
    assert _names(page) == []


def test_typing_then_switching_candidate_asks_and_cancel_keeps_text(
        qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    ed = page.candidate_editor
    first = ed.name.text()
    ed.summary.setFocus()
    qtbot.keyClick(ed.summary, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ed.summary, " Extra note.")
    answer(B.Cancel)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert ed.name.text() == first
    assert ed.summary.toPlainText().endswith(" Extra note.")
    assert page.current_id() == demo_desk.catalog.list_candidates(first)[0].id
    answer(B.Save)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert ed.name.text() != first
    saved = demo_desk.catalog.list_candidates(first)[0]
    assert saved.first_round_summary.endswith(" Extra note.")


def test_remove_concern_then_revert_restores_it(qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    ed = page.candidate_editor
    count = ed.concern_model.rowCount()
    ed.concerns.select(0)
    qtbot.mouseClick(ed.concerns.remove_button, Qt.MouseButton.LeftButton)
    assert ed.concern_model.rowCount() == count - 1
    qtbot.mouseClick(ed.revert_button, Qt.MouseButton.LeftButton)
    assert ed.concern_model.rowCount() == count


def test_candidate_with_sessions_is_not_deleted(qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    answer(B.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "session" in page.editor.banner.text()
    assert len(demo_desk.catalog.list_candidates()) == 3


def test_candidate_models_pass_the_model_tester(
        qtmodeltester, qtbot: QtBot, demo_desk: Desk) -> None:
    page = _page(qtbot, demo_desk)
    qtmodeltester.check(page.candidate_editor.concern_model)
    qtmodeltester.check(page.model)
