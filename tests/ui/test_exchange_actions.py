"""File → Export for panel / Export my return file / Import…, and files dropped on the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import Note
from interview_desk.exchange.signing import load_key
from interview_desk.services.desk import Desk
from interview_desk.storage.repositories import NoteRepository
from interview_desk.ui import settings
from interview_desk.ui.actions import ActionId
from interview_desk.ui.exchange_actions import ImportSummaryDialog, SessionPicker
from interview_desk.ui.main_window import MainWindow, TablePage
from interview_desk.ui.models import ID_ROLE
from tests.exchange_support import Planned, do_panelist_work, plan_session
from tests.helpers import dump


@pytest.fixture
def planned(desk: Desk) -> Planned:
    return plan_session(desk)


def _window(qtbot: QtBot, desk: Desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _returns(tmp_path: Path, desk: Desk, p: Planned, ratings: dict[str, int]) -> list[Path]:
    """Return files from panelists' laptops (separate databases)."""
    panel = desk.exchange.export_panel(p.session_id, tmp_path / "panel.json")
    out = []
    for n, (name, rating) in enumerate(ratings.items()):
        pid = {"bob": p.bob_id, "carol": p.carol_id}[name.split("-")[0]]
        laptop = Desk.open(tmp_path / f"{name}.sqlite3")
        laptop.exchange.import_paths([panel])
        do_panelist_work(laptop, p, pid, name, rating=rating, concern=n % 2)
        out.append(laptop.exchange.export_return(p.session_id, pid, tmp_path / f"{name}.json"))
        laptop.close()
    return out


def test_import_from_the_file_menu_shows_a_summary(qtbot: QtBot, desk: Desk, planned: Planned,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    files = _returns(tmp_path, desk, planned, {"bob": 2, "carol": 4})
    window = _window(qtbot, desk)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(f) for f in files], ""))
    assert window.registry[ActionId.IMPORT_FILES] in window.menuBar().actions()[0].menu().actions()
    with qtbot.waitSignal(window.exchange.imported, timeout=10_000) as got:
        window.registry[ActionId.IMPORT_FILES].trigger()
    report = got.args[0]
    assert (report.added, report.conflicts) == (14, [])
    summary = window.exchange.summary
    assert isinstance(summary, ImportSummaryDialog)
    qtbot.waitUntil(summary.isVisible)
    assert summary.headline.text().startswith("14 added, 0 updated, 0 unchanged")
    assert summary.table.rowCount() == 2
    assert summary.table.item(0, 1).text().startswith("return file: ")
    assert not summary.conflicts.isVisible()
    notes = NoteRepository(desk.db).for_session(planned.session_id)  # the UI's connection
    assert len(notes) == 4
    summary.accept()


def test_conflicts_are_listed_in_the_summary(qtbot: QtBot, desk: Desk, planned: Planned,
                                             tmp_path: Path) -> None:
    first, second = _returns(tmp_path, desk, planned, {"bob-laptop": 2, "bob-spare": 3})
    window = _window(qtbot, desk)
    with qtbot.waitSignal(window.exchange.imported, timeout=10_000):
        window.exchange.import_paths([first])
    assert window.exchange.summary is not None
    window.exchange.summary.accept()
    with qtbot.waitSignal(window.exchange.imported, timeout=10_000):
        window.exchange.import_paths([second])
    summary = window.exchange.summary
    assert summary is not None
    qtbot.waitUntil(summary.isVisible)
    assert "1 conflict needs you" in summary.headline.text()
    assert summary.conflicts.isVisible()
    assert "Bob Peer submitted two different scorecards" in summary.conflicts.toPlainText()
    summary.resize(1366 * 2 // 3, 420)
    summary.grab().save(str(tmp_path / "summary.png"))
    summary.accept()


def test_a_refused_file_shows_why_and_changes_nothing(qtbot: QtBot, desk: Desk,
                                                      planned: Planned, tmp_path: Path) -> None:
    (bob,) = _returns(tmp_path, desk, planned, {"bob": 3})
    data = json.loads(bob.read_text(encoding="utf-8"))
    data["payload"]["notes"][0]["text"] = "edited by hand"
    bob.write_text(json.dumps(data), encoding="utf-8")
    before = dump(desk.path)  # type: ignore[arg-type]
    window = _window(qtbot, desk)
    with qtbot.waitSignal(window.exchange.failed, timeout=10_000) as got:
        window.exchange.import_paths([bob])
    assert "checksum does not match" in got.args[0]
    box = window.exchange.message
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "Nothing was imported" in box.text()
    box.accept()
    assert dump(desk.path) == before  # type: ignore[arg-type]


# PySide6 marks the QPoint constructor of QDragEnterEvent deprecated but offers no other.
@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_files_dropped_on_the_window_are_imported(qtbot: QtBot, desk: Desk, planned: Planned,
                                                  tmp_path: Path) -> None:
    files = _returns(tmp_path, desk, planned, {"bob": 3})
    window = _window(qtbot, desk)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.exchange.imported, timeout=10_000) as got:
        QApplication.sendEvent(window, drop)
    assert got.args[0].added == 7
    assert window.exchange.summary is not None
    window.exchange.summary.accept()


def test_a_new_laptop_imports_the_panel_file_and_lists_the_session(
        qtbot: QtBot, desk: Desk, planned: Planned, tmp_path: Path) -> None:
    panel = desk.exchange.export_panel(planned.session_id, tmp_path / "panel.json")
    laptop = Desk.open(tmp_path / "new-laptop.sqlite3")
    window = _window(qtbot, laptop)
    sessions = window.page("sessions")
    assert isinstance(sessions, TablePage) and sessions.model.rowCount() == 0
    with qtbot.waitSignal(window.exchange.imported, timeout=10_000):
        window.exchange.import_paths([panel])
    assert sessions.model.rowCount() == 1  # refreshed from the change
    assert sessions.model.data(sessions.model.index(0, 0)) == "Zoë Ångström"
    assert window.exchange.summary is not None
    window.exchange.summary.accept()
    laptop.close()


def test_export_for_panel_uses_the_selected_session(qtbot: QtBot, desk: Desk, planned: Planned,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, desk)
    window.show_page("sessions")
    page = window.page("sessions")
    assert isinstance(page, TablePage)
    page.view.selectRow(0)
    assert page.model.data(page.model.index(0, 0), ID_ROLE) == planned.session_id
    (tmp_path / "out").mkdir()
    asked: list[tuple[str, str]] = []

    def save_as(_parent: object, _title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append((Path(suggested).name, filters))
        return str(tmp_path / "out" / "for-bob"), ""  # typed without an extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(window.exchange.exported, timeout=10_000):
        window.registry[ActionId.EXPORT_PANEL].trigger()
    ((suggested, filters),) = asked
    assert suggested.startswith("panel – ") and suggested.endswith(".idpanel")
    assert filters == "Panel files (*.idpanel)"
    target = tmp_path / "out" / "for-bob.idpanel"
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "interview-desk-panel"
    assert data["payload"]["session"]["id"] == planned.session_id
    assert window.exchange.message is not None
    window.exchange.message.accept()


def test_export_my_return_file_asks_who_i_am(qtbot: QtBot, desk: Desk, planned: Planned,
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    do_panelist_work(desk, planned, planned.carol_id, "Carol")
    window = _window(qtbot, desk)
    asked: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(Path(suggested).name)
        return str(tmp_path / "carol.json"), ""  # the old extension is kept as typed

    target = tmp_path / "carol.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.registry[ActionId.EXPORT_RETURN].trigger()
    picker = window.exchange.picker
    assert isinstance(picker, SessionPicker)
    qtbot.waitUntil(picker.isVisible)
    assert picker.panelists.count() == 3
    picker.panelists.setFocus()
    picker.panelists.setCurrentIndex(picker.panelists.findData(planned.carol_id))
    picker.resize(1366 // 2, 200)
    picker.grab().save(str(tmp_path / "picker.png"))
    with qtbot.waitSignal(window.exchange.exported, timeout=10_000):
        qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and asked[0].startswith("return – Carol")
    assert asked[0].endswith(".idreturn")
    payload = json.loads(target.read_text(encoding="utf-8"))["payload"]
    assert payload["panelist_id"] == planned.carol_id
    assert settings.get(settings.LAST_PANELIST)[planned.session_id] == planned.carol_id
    assert payload["scorecard"]["takeaways"] == "Carol takeaways"
    assert window.exchange.message is not None
    window.exchange.message.accept()


# --- the shared-folder inbox -----------------------------------------------------------------


def test_a_watched_folder_imports_files_as_they_appear(qtbot: QtBot, desk: Desk,
                                                       planned: Planned, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (bob,) = _returns(tmp_path, desk, planned, {"bob": 3})
    shared = tmp_path / "shared"
    shared.mkdir()
    window = _window(qtbot, desk)
    inbox = window.exchange.inbox
    inbox.timer.setInterval(50)  # the settle time, shortened for the test
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(shared))
    window.exchange.watch_action.trigger()
    assert window.exchange.watch_action.isChecked() and inbox.folder == shared
    # A sync tool delivers half the file first: refused, reported, retried once it changes.
    text = bob.read_bytes()
    (shared / "bob.idreturn").write_bytes(text[: len(text) // 2])
    with qtbot.waitSignal(inbox.imported, timeout=10_000) as first:
        pass
    assert first.args[0].refused and "truncated" in first.args[0].refused[0]
    assert NoteRepository(desk.db).for_session(planned.session_id) == []
    (shared / "bob.idreturn").write_bytes(text)
    with qtbot.waitSignal(inbox.imported, timeout=10_000) as second:
        inbox.scan()  # as the poll timer would
    assert second.args[0].added == 7 and not second.args[0].refused
    assert len(NoteRepository(desk.db).for_session(planned.session_id)) == 2
    summary = window.exchange.summary
    assert summary is not None and summary.isVisible() and not summary.isModal()
    summary.accept()
    # Nothing new: a scan imports nothing and says nothing.
    with qtbot.assertNotEmitted(inbox.imported, wait=200):
        inbox.scan()
    qtbot.waitUntil(lambda: not inbox.busy())


def test_the_watched_folder_is_remembered(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    first = _window(qtbot, desk)
    first.exchange.inbox.watch(shared)
    first.exchange.inbox.watch(shared)  # choosing it again is harmless
    second = _window(qtbot, desk)
    assert second.exchange.inbox.folder == shared
    assert second.exchange.watch_action.isChecked()
    second.exchange.watch_action.trigger()  # unchecking stops watching
    assert second.exchange.inbox.folder is None
    assert second.exchange.inbox.watcher.directories() == []
    third = _window(qtbot, desk)
    assert third.exchange.inbox.folder is None


def test_export_for_panel_without_a_selection_asks_which_session(
        qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, demo_desk)
    target = tmp_path / "panel.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.selected_session_id() is None
    action = window.registry[ActionId.EXPORT_PANEL]
    assert action.shortcut().toString() == "Ctrl+Alt+P"
    # Shortcuts do not reach actions on the offscreen platform (no focus window); trigger.
    action.trigger()
    picker = window.exchange.picker
    assert isinstance(picker, SessionPicker)
    qtbot.waitUntil(picker.isVisible)
    assert picker.sessions.count() == 3 and not picker.panelists.isVisible()
    planned = next(r for r in demo_desk.sessions.overview() if r.status == "planned")
    picker.sessions.setCurrentIndex(picker.sessions.findData(planned.id))
    with qtbot.waitSignal(window.exchange.exported, timeout=10_000):
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert json.loads(target.read_text("utf-8"))["payload"]["session"]["id"] == planned.id
    assert window.exchange.message is not None
    window.exchange.message.accept()


# --- signed files: the waiting list and the codes ----------------------------------------------


def _bobs_return(tmp_path: Path, desk: Desk, p: Planned, words: str) -> Path:
    """Bob's return file from his own laptop, signed with his own key."""
    panel = desk.exchange.export_panel(p.session_id, tmp_path / "panel.json")
    laptop = Desk.open(tmp_path / "bob.sqlite3", key_path=tmp_path / "bob.key")
    if laptop.sessions.sessions.panel(p.session_id):  # a later file: one more note
        NoteRepository(laptop.db).save(Note(session_id=p.session_id, panelist_id=p.bob_id,
                                            question_id=p.question_ids[0], text=words))
    else:
        laptop.exchange.import_paths([panel])
        do_panelist_work(laptop, p, p.bob_id, words)
    path = laptop.exchange.export_return(p.session_id, p.bob_id, tmp_path / f"{words}.json")
    laptop.close()
    return path


def test_a_watched_folder_keeps_a_file_from_an_unknown_sender_waiting(
        qtbot: QtBot, desk: Desk, planned: Planned, tmp_path: Path) -> None:
    bob = _bobs_return(tmp_path, desk, planned, "first")
    bob_code = load_key(tmp_path / "bob.key").code
    shared = tmp_path / "shared"
    shared.mkdir()
    window = _window(qtbot, desk)
    inbox = window.exchange.inbox
    (shared / "bob.json").write_bytes(bob.read_bytes())
    with qtbot.waitSignal(inbox.imported, timeout=10_000) as seen:
        inbox.watch(shared)
    report = seen.args[0]
    assert not report.files and [w.code for w in report.waiting] == [bob_code]
    assert NoteRepository(desk.db).for_session(planned.session_id) == []
    summary = window.exchange.summary
    assert summary is not None and summary.isVisible() and not summary.isModal()
    waiting = summary.findChild(QTableWidget, "waiting_files")
    assert waiting.item(0, 0).text() == "bob.json"
    assert waiting.item(0, 1).text() == "return file of Bob Peer — Zoë Ångström"
    assert waiting.item(0, 2).text() == bob_code
    # Looking again does not import it behind the user's back, nor list it again.
    with qtbot.assertNotEmitted(inbox.imported, wait=200):
        inbox.scan()
    qtbot.waitUntil(lambda: not inbox.busy())
    # Accepted: imported, and Bob's key is pinned for this session.
    with qtbot.waitSignal(inbox.imported, timeout=10_000) as accepted:
        summary.findChild(QPushButton, "accept_waiting").click()
    imported = accepted.args[0]
    assert imported.added and imported.files[0].first_use and not imported.waiting
    assert len(NoteRepository(desk.db).for_session(planned.session_id)) == 2
    second = window.exchange.summary
    assert second is not summary and second.table.item(0, 2).text() == (
        f"{bob_code}\n(not confirmed, first file)")
    second.accept()
    # Bob's next file comes in by itself: his key is known for this session now.
    later = _bobs_return(tmp_path, desk, planned, "later")
    (shared / "bob.json").write_bytes(later.read_bytes())
    with qtbot.waitSignal(inbox.imported, timeout=10_000) as again:
        inbox.scan()
    assert again.args[0].changed and not again.args[0].waiting
    window.exchange.summary.accept()
    qtbot.waitUntil(lambda: not inbox.busy())


def test_the_codes_dialog_shows_my_code_and_marks_a_sender_confirmed(
        qtbot: QtBot, desk: Desk, planned: Planned, tmp_path: Path) -> None:
    bob = _bobs_return(tmp_path, desk, planned, "bob")
    desk.exchange.import_paths([bob])
    window = _window(qtbot, desk)
    assert window.registry[ActionId.SIGNING_CODES] in \
        window.menuBar().actions()[0].menu().actions()
    window.registry[ActionId.SIGNING_CODES].trigger()
    codes = window.exchange.codes
    assert codes is not None
    qtbot.waitUntil(codes.isVisible)
    assert desk.exchange.own_code() in codes.own.text()
    assert codes.table.rowCount() == 1
    assert [codes.table.item(0, c).text() for c in range(4)] == [
        "Zoë Ångström", "Bob Peer", load_key(tmp_path / "bob.key").code, "not yet"]
    assert not codes.confirm_button.isEnabled()
    codes.table.selectRow(0)
    with qtbot.waitSignal(codes.confirmed, timeout=10_000):
        codes.confirm_button.click()
    assert codes.table.item(0, 3).text() == "yes" and not codes.confirm_button.isEnabled()
    assert desk.exchange.signer_pins()[0].confirmed
    codes.reject()


def test_the_import_summary_fits_its_width_with_long_file_names(qtbot: QtBot) -> None:
    from interview_desk.exchange.panel_file import FileKind
    from interview_desk.services.exchange import FileReport, ImportReport

    long = "return-Zoë Ångström-2026-11-20-bob-Peer-Engineering.interview-desk-return.json"
    files = [FileReport(source=long.replace("bob", who), kind=FileKind.RETURN,
                        description=f"{who} Peer — Zoë Ångström", added=7, updated=1,
                        signer_code="J4E7-X6SG", signed_by=who, first_use=True)
             for who in ("bob", "carol")]
    summary = ImportSummaryDialog(ImportReport(files=files))
    qtbot.addWidget(summary)
    summary.resize(860, 300)  # as shown at 1366×768; at 150 % the same in logical pixels
    summary.show()
    qtbot.waitExposed(summary)
    table = summary.table
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()  # nothing off the side
    assert not table.horizontalScrollBar().isVisible()
    metrics = table.fontMetrics()
    for c in range(2, table.columnCount()):  # codes and counts whole, never elided
        for r in range(table.rowCount()):
            for line in table.item(r, c).text().splitlines():
                assert metrics.horizontalAdvance(line) < table.columnWidth(c), (r, c, line)
    assert table.item(0, 0).toolTip() == files[0].source  # the whole name, when elided
    assert table.rowHeight(0) > metrics.height() * 1.5  # wrapped rows grow
