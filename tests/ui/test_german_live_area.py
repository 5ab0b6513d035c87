"""#15 item 6, the live area in German: counts in German plural forms, whole sentences, the
planner's days as German writes them, and each Alt letter claimed once on the live view, the
scorecard and the dialogs of the area (the German words bring their own letters)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.main_window import MainWindow
from interview_desk.ui.prepare.kit_editor import KitEditor
from interview_desk.ui.prepare.session_planner import SessionPlannerDialog
from tests.ui.ops_support import runner_for
from tests.ui.test_mnemonics import _clashes
from tests.ui.test_translations import _live_dialogs


def test_counts_take_german_plural_forms(german: None) -> None:
    def say(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, "", n)

    used = "%1 — used by %n session(s): saving your changes makes version %2"
    assert say("KitEditor", used, 1).startswith("%1 – von 1 Sitzung verwendet")
    assert say("KitEditor", used, 3).startswith("%1 – von 3 Sitzungen verwendet")
    left = "%n question(s) left, planned %1 min; %2 to go"
    assert say("SidePanel", left, 1).startswith("Noch 1 Frage,")
    assert say("SidePanel", left, 5).startswith("Noch 5 Fragen,")


def test_english_counts_read_as_english(qapp: QApplication) -> None:
    left = "%n question(s) left, planned %1 min; %2 to go"
    assert QCoreApplication.translate("SidePanel", left, "", 1).startswith("1 question left")
    assert QCoreApplication.translate("SidePanel", left, "", 2).startswith("2 questions left")


def test_a_used_kit_says_its_version_and_sessions_in_german(
        qtbot: QtBot, german: None, demo_desk: Desk) -> None:
    editor = KitEditor(demo_desk, runner_for(demo_desk))
    qtbot.addWidget(editor)
    kit = demo_desk.catalog.list_kits()[0]
    editor.load(kit.id)
    used = demo_desk.catalog.kit_sessions(kit.id)
    assert used > 1, "the demo's kit is used by several sessions"
    assert f"von {used} Sitzungen verwendet" in editor.version.text()
    assert editor.sections.add_button.text() == "Abschnitt hinzufügen"


def test_the_planner_writes_days_as_german_does(
        qtbot: QtBot, german: None, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    dialog = SessionPlannerDialog(demo_desk, window.ops, None, window)
    qtbot.addWidget(dialog)
    day = dialog.editor.date.date()
    assert dialog.editor.date.text() == f"{day.day():02d}.{day.month():02d}.{day.year()}"
    dialog.reject()
    window.close()


def test_each_alt_letter_is_claimed_once_in_german(
        qtbot: QtBot, german: None, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "live")
    view = window.open_session(sid)
    found = {}
    if clashes := _clashes(window):
        found["live"] = clashes
    pane = window.open_scorecard(sid, view.state.panelist.id)
    if clashes := _clashes(window):
        found["scorecard"] = clashes
    for title, dialog in _live_dialogs(window, demo_desk, pane):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        if clashes := _clashes(dialog):
            found[title] = clashes
        dialog.reject()
    window.close()
    assert found == {}


def test_the_paused_clock_says_so_whole_in_german(
        qtbot: QtBot, german: None, demo_desk: Desk) -> None:
    """"(angehalten, Strg+T startet)" under the time, within the width kept for the clock."""
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    planned = next(r.id for r in demo_desk.sessions.overview() if r.status == "planned")
    view = window.open_session(planned)
    assert "angehalten" in view.clock_label.text()
    assert view.clock_label.sizeHint().width() <= view.clock_label.width()
    window.close()

