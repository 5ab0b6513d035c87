import pytest
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.main_window import MainWindow, TablePage
from interview_desk.ui.models import RowsModel


def _texts(page: TablePage, column: int) -> list[str]:
    m = page.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def test_main_window_opens_on_the_demo_and_shows_its_candidates(
        qtbot: QtBot, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    window.show_page("candidates")
    page = window.page("candidates")
    names = _texts(page, 0)  # type: ignore[arg-type]
    assert len(names) == 3
    assert names == sorted(c.name for c in demo_desk.catalog.candidates.find())
    sessions = window.page("sessions")
    assert isinstance(sessions, TablePage)
    assert sorted(_texts(sessions, 2)) == ["Decided", "Live", "Planned"]


def test_page_shortcuts_switch_pages(qtbot: QtBot, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("sessions")
    from interview_desk.ui.actions import ActionId

    window.registry[ActionId.SHOW_ROLES].trigger()
    assert window.stack.currentWidget() is window.page("roles")


def test_rows_model_passes_qt_model_tester(qtmodeltester, demo_desk: Desk) -> None:
    from interview_desk.ui.models import Column

    model = RowsModel([Column("Name", lambda c: c.name)], demo_desk.catalog.candidates.find)
    qtmodeltester.check(model)


def test_window_geometry_is_remembered(qtbot: QtBot, demo_desk: Desk) -> None:
    first = MainWindow(demo_desk)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width() + 11, first.minimumSizeHint().height() + 7)
    expected = first.size()
    first.close()
    second = MainWindow(demo_desk)
    qtbot.addWidget(second)
    assert second.size() == expected


def test_the_file_menus_helpers_are_made_once_the_window_has_painted(
        qtbot: QtBot, demo_desk: Desk) -> None:
    from interview_desk.ui.exchange_actions import ExchangeActions

    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    assert window.findChild(ExchangeActions) is None  # not before the first paint (issue 13)
    window.show()

    qtbot.waitUntil(lambda: window.findChild(ExchangeActions) is not None)
    assert window.backups is not None  # the hourly backups and the one at close


def test_a_helpers_action_used_before_the_first_paint_still_does_its_work(
        qtbot: QtBot, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from interview_desk.ui.actions import ActionId
    from interview_desk.ui.exchange_actions import ExchangeActions

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: asked.append("folder") or "")
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    watch = window.registry[ActionId.WATCH_FOLDER]
    assert window.findChild(ExchangeActions) is None

    watch.trigger()  # e.g. a key pressed while the window first paints

    assert asked == ["folder"]  # the exchange took it, once
    assert window.findChild(ExchangeActions) is not None
    assert not watch.isChecked()  # no folder chosen: not watching, toggled once and back


# the offscreen plugin cannot give a popup menu the keyboard
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_sessions_list_is_titled_and_its_right_click_offers_its_actions(
        qtbot: QtBot, demo_desk: Desk) -> None:
    # Its header has a model of Qt's own, and the menu is not set as the table's policy:
    # both spare the first window PySide's Qt-namespace enums (issue 13).
    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    from interview_desk.ui.actions import ActionId

    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    sessions = window.page("sessions")
    assert isinstance(sessions, TablePage)
    header = sessions.view.horizontalHeader()
    titles = [header.model().headerData(c, Qt.Orientation.Horizontal)
              for c in range(header.count())]
    assert titles == ["Candidate", "Role", "Status", "Scheduled", "Location"]
    # the table's own model answers too: screen readers read the column titles from it
    assert [sessions.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(header.count())] == titles
    assert sessions.view.columnWidth(2) >= header.sectionSizeHint(2)  # "Status" fits

    offered: list[str] = []

    def read_the_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        offered.extend(a.text() for a in menu.actions())
        menu.close()

    QTimer.singleShot(0, read_the_menu)
    inside = sessions.view.viewport().rect().center()
    QApplication.sendEvent(sessions.view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, inside, sessions.view.viewport().mapToGlobal(inside)))
    assert offered == [window.registry[ActionId.EXPORT_SESSION_REPORT].text(),
                       window.registry[ActionId.EXPORT_ROLE_REPORT].text()]
    offered.clear()
    QApplication.sendEvent(sessions, QContextMenuEvent(  # on the heading: none
        QContextMenuEvent.Reason.Mouse, QPoint(2, 2), sessions.mapToGlobal(QPoint(2, 2))))
    assert offered == []


def test_the_windows_shortcuts_work_anywhere_in_the_window(
        qtbot: QtBot, demo_desk: Desk) -> None:
    from PySide6.QtCore import Qt

    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    assert {a.shortcutContext() for _i, a in window.registry.items()} == {
        Qt.ShortcutContext.WindowShortcut}


def test_columns_fit_the_rows_on_screen_first_and_a_hundred_rows_once_painted(
        qtbot: QtBot) -> None:
    # Measuring rows nobody sees yet cost the first window ~15 ms (their text, and fallback
    # fonts for their scripts); row 80 is far below a 300-pixel-high table.
    from types import SimpleNamespace

    from interview_desk.ui.models import Column

    long_name = "A candidate whose name is longer than every other one"
    rows = [SimpleNamespace(id=str(n), name=long_name if n == 80 else f"Name {n}")
            for n in range(120)]
    page = TablePage("People", [Column("Name", lambda r: r.name), Column("Id", lambda r: r.id)],
                     lambda: rows)
    qtbot.addWidget(page)
    page.resize(500, 300)
    needed = page.view.sizeHintForColumn(0)  # every row measured: the long name's width

    page.show()  # sized as it shows, before any paint

    assert page.view.columnWidth(0) < needed
    qtbot.waitUntil(lambda: page.view.columnWidth(0) >= needed)  # once it has painted
