"""What the Debrief and What is overdue pages read on the way to the screen (issue 13: peak
memory after visiting every page).

The Debrief chooser: every session past planning, newest first, named "candidate — date
(status)", held as compact rows and read once when the page is built and shown (the combo box's
own items, filled twice from the full session list, were most of the page's memory on years of
data). The overdue list: computed once as the page is shown, not also when it is built."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import SessionStatus
from interview_desk.services.desk import Desk
from interview_desk.ui import dates
from interview_desk.ui.debrief_view import DebriefPage, SessionChoices, status_word
from interview_desk.ui.main_window import MainWindow
from tests.ui.ops_support import runner_for


def _list_reads(statements: list[str]) -> int:
    """How many statements read the chooser's list (or the full session list it came from)."""
    return sum("FROM sessions s JOIN candidates c" in s for s in statements)


def test_the_chooser_lists_every_held_session_newest_first(qtbot: QtBot,
                                                          demo_desk: Desk) -> None:
    page = DebriefPage(demo_desk, runner_for(demo_desk))
    qtbot.addWidget(page)
    held = [r for r in demo_desk.sessions.overview() if r.status is not SessionStatus.PLANNED]
    assert held and len(held) < len(demo_desk.sessions.overview())  # the demo has planned ones
    shown = [(page.chooser.itemData(i), page.chooser.itemText(i))
             for i in range(page.chooser.count())]
    assert shown == [(r.id, f"{r.candidate} — {dates.shown_date(r.scheduled_at)} "
                            f"({status_word(r.status)})") for r in held]
    assert page.chooser.currentData() == held[0].id
    assert page.view.session_id == held[0].id


def test_the_choices_model_is_a_sound_qt_model(qtbot: QtBot, qtmodeltester: ModelTester,
                                                demo_desk: Desk) -> None:
    model = SessionChoices(lambda r: r.candidate)
    model.set_rows(demo_desk.sessions.choices())
    qtmodeltester.check(model)
    assert model.row_of("no such session") == -1


def test_a_planned_session_shown_on_purpose_is_chosen_and_kept(qtbot: QtBot,
                                                               demo_desk: Desk) -> None:
    page = DebriefPage(demo_desk, runner_for(demo_desk))
    qtbot.addWidget(page)
    planned = next(r for r in demo_desk.sessions.overview()
                   if r.status is SessionStatus.PLANNED)
    before = page.chooser.count()
    page.show_session(planned.id)
    assert page.chooser.currentData() == planned.id and page.chooser.count() == before + 1
    page.refresh()
    assert page.chooser.currentData() == planned.id
    page.show_session("no such session")  # nothing to show: the chooser stays as it was
    assert page.chooser.currentData() == planned.id


def test_building_and_showing_the_page_reads_its_sessions_once(qtbot: QtBot,
                                                               demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []
    demo_desk.db.conn.set_trace_callback(seen.append)
    try:
        window.show_page("debrief")
        qtbot.waitUntil(lambda: window.page("debrief").isVisible())
        assert _list_reads(seen) == 1  # read in building it, not again as it is shown
        window.show_page("sessions")
        seen.clear()
        window.show_page("debrief")  # shown again: read again (another window may have written)
        assert _list_reads(seen) == 1
    finally:
        demo_desk.db.conn.set_trace_callback(None)



def test_the_overdue_list_is_computed_once_on_the_way_to_the_screen(
        qtbot: QtBot, demo_desk: Desk, on_demo_day: datetime) -> None:
    # Built and then shown, it computed the list twice and held both lists at once.
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    service = demo_desk.overdue
    computed: list[int] = []
    items = service.items

    def counted(*args: Any, **kwargs: Any) -> Any:
        found = items(*args, **kwargs)
        computed.append(len(found))
        return found

    service.items = counted  # type: ignore[method-assign]
    window.show_page("overdue")
    qtbot.waitUntil(lambda: window.page("overdue").isVisible())
    assert len(computed) == 1
    page = window.page("overdue")
    assert page.model.rowCount() == computed[0] > 0  # type: ignore[attr-defined]
    window.show_page("sessions")
    window.show_page("overdue")  # looked at again: computed again (time passes)
    assert len(computed) == 2
