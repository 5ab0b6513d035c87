"""Exporting reports from the Sessions page: off the UI thread, then an offer to open the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import Note
from interview_desk.services.desk import Desk
from interview_desk.storage.session_list import SessionSummary
from interview_desk.ui.actions import ActionId
from interview_desk.ui.main_window import MainWindow, TablePage
from interview_desk.ui.report_export import ReportExport, export_session_report


class _UrlCatcher(QObject):
    """Receives the URLs the app asks the desktop to open (Qt's own hook, no real viewer)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls() -> Iterator[list[QUrl]]:
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


def _window(qtbot: QtBot, desk: Desk) -> tuple[MainWindow, TablePage]:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("sessions")
    page = window.page("sessions")
    assert isinstance(page, TablePage)
    return window, page


def _select(qtbot: QtBot, page: TablePage, status: str) -> SessionSummary:
    row = next(r for r in range(page.model.rowCount())
               if page.model.row_object(r).status == status)
    rect = page.view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected: SessionSummary = page.model.row_object(row)
    return selected


def _button(box: QMessageBox, name: str) -> QPushButton:
    found = box.findChild(QPushButton, name)
    assert isinstance(found, QPushButton)
    return found


def test_export_action_saves_the_selected_session_and_offers_to_open_it(
        qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        opened_urls: list[QUrl]) -> None:
    window, page = _window(qtbot, demo_desk)
    action = window.registry[ActionId.EXPORT_SESSION_REPORT]
    assert not action.isEnabled()  # nothing selected yet
    row = _select(qtbot, page, "decided")
    assert action.isEnabled()
    target = tmp_path / "amara.pdf"
    suggested: list[str] = []

    def save_dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return str(target.with_suffix("")), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    action.trigger()
    export = window.report_export
    assert isinstance(export, ReportExport)
    with qtbot.waitSignal(export.exported, timeout=20000) as blocker:
        pass
    assert blocker.args[0].path == target
    assert Path(suggested[0]).name == (
        f"{row.candidate} – {row.role} – {row.scheduled_at[:10]} – interview report.pdf")
    assert row.candidate in PdfReader(target).pages[0].extract_text()
    box = export.result_box
    assert box is not None and box.isVisible()
    assert str(target) in box.text()
    qtbot.mouseClick(_button(box, "open_folder"), Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened_urls] == [str(tmp_path)]


def test_role_comparison_action_exports_the_selected_sessions_role(
        qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        opened_urls: list[QUrl]) -> None:
    window, page = _window(qtbot, demo_desk)
    _select(qtbot, page, "live")
    target = tmp_path / "role.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(target), "PDF files (*.pdf)"))
    window.registry[ActionId.EXPORT_ROLE_REPORT].trigger()
    export = window.report_export
    assert isinstance(export, ReportExport)
    with qtbot.waitSignal(export.exported, timeout=20000):
        pass
    assert "Role comparison" in PdfReader(target).pages[0].extract_text()
    assert export.result_box is not None
    qtbot.mouseClick(_button(export.result_box, "open_report"), Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened_urls] == [str(target)]


def test_a_failed_export_says_why_and_writes_nothing(
        qtbot: QtBot, demo_desk: Desk, tmp_path: Path) -> None:
    window, _page = _window(qtbot, demo_desk)
    assert demo_desk.path is not None
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "never.pdf"
    export = export_session_report(window, window.ops, "no-such-session", target=target)
    assert export is not None
    with qtbot.waitSignal(export.failed, timeout=20000) as blocker:
        pass
    assert "No session with id 'no-such-session'." in blocker.args[0]
    assert export.result_box is not None and export.result_box.isVisible()
    assert "could not be saved" in export.result_box.text()
    assert list(folder.iterdir()) == []


def test_cancelling_the_save_dialog_exports_nothing(
        qtbot: QtBot, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = _window(qtbot, demo_desk)
    _select(qtbot, page, "decided")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    window.registry[ActionId.EXPORT_SESSION_REPORT].trigger()
    assert window.report_export is None


def test_the_saved_box_lists_characters_without_a_glyph(
        qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    from tests.reports import tricky

    session_id = tricky.build(desk, with_undrawable=True).session_id
    window, _page = _window(qtbot, desk)
    assert desk.path is not None
    export = export_session_report(window, window.ops, session_id, target=tmp_path / "r.pdf")
    assert export is not None
    with qtbot.waitSignal(export.exported, timeout=20000):
        pass
    assert export.result_box is not None
    assert "U+13000" in export.result_box.informativeText()


def test_debrief_and_role_comparison_pages_export_their_pdf(
        qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        opened_urls: list[QUrl]) -> None:
    window, _page = _window(qtbot, demo_desk)
    targets = iter([tmp_path / "debrief.pdf", tmp_path / "comparison.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(next(targets)), "PDF files (*.pdf)"))
    decided = next(r for r in demo_desk.sessions.overview() if r.status == "decided")

    window.show_page("debrief")
    debrief = window.page("debrief")
    debrief.show_session(decided.id)
    qtbot.mouseClick(debrief.export_button, Qt.MouseButton.LeftButton)
    export = debrief.report_export
    assert isinstance(export, ReportExport)
    with qtbot.waitSignal(export.exported, timeout=20000):
        pass
    first_page = PdfReader(tmp_path / "debrief.pdf").pages[0].extract_text()
    assert decided.candidate in first_page

    window.show_page("role_comparison")
    comparison = window.page("role_comparison")
    qtbot.mouseClick(comparison.export_button, Qt.MouseButton.LeftButton)
    export = comparison.report_export
    assert isinstance(export, ReportExport)
    with qtbot.waitSignal(export.exported, timeout=20000):
        pass
    text = PdfReader(tmp_path / "comparison.pdf").pages[0].extract_text()
    assert "Role comparison" in text and decided.role in text


def test_a_sealed_sessions_report_is_interim_from_the_debrief_page_and_the_reports_menu(
        qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        opened_urls: list[QUrl]) -> None:
    """The one decision, both ways in: a sealed (live) session exports an INTERIM report
    with no ratings and no other panelist's notes; the box and the button say so."""
    window, page = _window(qtbot, demo_desk)
    targets = iter([tmp_path / "debrief.pdf", tmp_path / "menu.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(next(targets)), "PDF files (*.pdf)"))
    live = next(r for r in demo_desk.sessions.overview() if r.status == "live")
    panel = demo_desk.scorecards.panel(live.id)
    lead = next(p for p in panel if p.is_lead)
    other = next(p for p in panel if not p.is_lead)
    question = demo_desk.catalog.kits.get(live.kit_id).questions()[1]
    demo_desk.live.save_note(Note(live.id, other.id, question.id, text="Rahul zq-secret note"))
    others = [r["text"] for r in demo_desk.db.query(
        "SELECT text FROM notes WHERE session_id = ? AND panelist_id != ? AND text != ''",
        [live.id, lead.id])]
    assert others == ["Rahul zq-secret note"]

    window.show_page("debrief")
    debrief = window.page("debrief")
    debrief.show_session(live.id)
    assert debrief.export_button.isEnabled()
    assert debrief.export_button.text() == "Export interim report…"
    qtbot.mouseClick(debrief.export_button, Qt.MouseButton.LeftButton)
    export = debrief.report_export
    assert isinstance(export, ReportExport)
    with qtbot.waitSignal(export.exported, timeout=20000):
        pass
    assert export.result_box is not None and "INTERIM" in export.result_box.informativeText()

    window.show_page("sessions")
    _select(qtbot, page, "live")
    action = window.registry[ActionId.EXPORT_SESSION_REPORT]
    assert action.isEnabled()
    action.trigger()
    export = window.report_export
    assert isinstance(export, ReportExport)
    with qtbot.waitSignal(export.exported, timeout=20000):
        pass
    for pdf in (tmp_path / "debrief.pdf", tmp_path / "menu.pdf"):
        reader = PdfReader(pdf)
        text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
        assert text.count("INTERIM — not the panel's final record") == len(reader.pages)
        assert "Scorecard matrix" not in text
        assert [t for t in others if " ".join(t.split()) in text] == []


def test_open_report_says_so_when_no_viewer_can_be_started(
        qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = _window(qtbot, demo_desk)
    row = _select(qtbot, page, "decided")
    target = tmp_path / "report.pdf"
    export = export_session_report(window, window.ops, row.id, target=target)
    assert export is not None
    with qtbot.waitSignal(export.exported, timeout=20000):
        pass
    # the desktop has no program for PDFs (or none could be launched): openUrl says False
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    assert export.result_box is not None
    qtbot.mouseClick(_button(export.result_box, "open_report"), Qt.MouseButton.LeftButton)
    box = export.result_box
    assert box.objectName() == "open_failed" and box.isVisible()
    assert str(target) in box.text()
    box.close()


def test_save_dialogs_start_in_the_last_folder_used_with_candidate_and_date_in_the_name(
        qtbot: QtBot, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = _window(qtbot, demo_desk)
    row = _select(qtbot, page, "decided")
    offered: list[str] = []
    chosen = tmp_path / "shared" / "chosen.json"
    chosen.parent.mkdir()

    def save_dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return "", ""  # cancelled: only where the dialog starts matters here

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.exchange._ask_panel_path(row.id)
    assert Path(offered[0]).parent == Path.home()
    assert row.candidate in Path(offered[0]).name and row.scheduled_at[:10] in offered[0]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_args: ([str(chosen)], ""))
    from interview_desk.ui.file_dialogs import open_paths

    assert open_paths(window, "Import", "*.json") == [chosen]
    window.exchange._ask_panel_path(row.id)
    assert Path(offered[1]).parent == chosen.parent


def test_the_report_is_written_in_the_interface_s_language(
        qtbot: QtBot, qapp: QApplication, demo_desk: Desk, tmp_path: Path) -> None:
    """#15 item 6: with German chosen, the GUI asks for a German PDF."""
    from interview_desk.ui.i18n import use_language

    window, page = _window(qtbot, demo_desk)
    row = _select(qtbot, page, "decided")
    use_language(qapp, "de")
    try:
        export = export_session_report(window, window.ops, row.id, target=tmp_path / "de.pdf")
    finally:
        use_language(qapp, "en")
    assert export is not None
    with qtbot.waitSignal(export.exported, timeout=20000):
        pass
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "de.pdf").pages)
    assert "Zweitgespräch — konsolidierter Bericht des Panels" in text
