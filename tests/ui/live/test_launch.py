"""``interview-desk --session ID [--panelist ID] [--db PATH]``: straight into typing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_desk import cli
from interview_desk.services.desk import Desk
from interview_desk.ui import settings
from interview_desk.ui.app import start_window
from interview_desk.ui.live.live_view import LiveView
from tests.helpers import run_cli


def _ids(desk: Desk) -> tuple[str, list[str]]:
    sid = next(r.id for r in desk.sessions.overview() if r.status == "live")
    return sid, [p.id for p in desk.sessions.sessions.panel(sid)]


def _launch(qtbot: QtBot, *argv: str) -> tuple[Desk, LiveView]:
    started = start_window(cli.parse(list(argv)))
    assert not isinstance(started, int)
    desk, window = started
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    live = window.page("live")
    assert isinstance(live, LiveView)
    return desk, live


def test_session_switch_opens_the_live_view_with_focus_in_the_note(
        qtbot: QtBot, demo_desk: Desk) -> None:
    sid, panel = _ids(demo_desk)
    desk, live = _launch(qtbot, "--session", sid, "--db", str(demo_desk.path))
    try:
        assert live.state.panelist.id == panel[0]  # the lead, the first time
        # The window's focus widget: where keys go as soon as the window is active.
        assert live.window().focusWidget() is live.editors["text"]
        assert live.window().isVisible()
        assert QApplication.activeModalWidget() is None  # no dialog in between
    finally:
        live.window().close()
        desk.close()


def test_panelist_switch_and_the_remembered_panelist(qtbot: QtBot, demo_desk: Desk) -> None:
    sid, panel = _ids(demo_desk)
    desk, live = _launch(qtbot, "--session", sid, "--panelist", panel[2],
                         "--db", str(demo_desk.path))
    assert live.state.panelist.id == panel[2]
    live.window().close()
    desk.close()
    assert settings.get(settings.LAST_PANELIST) == {sid: panel[2]}
    desk, live = _launch(qtbot, "--session", sid, "--db", str(demo_desk.path))
    assert live.state.panelist.id == panel[2]  # remembered on this laptop
    live.window().close()
    desk.close()


def test_unknown_session_or_panelist_is_one_line_and_exit_1(demo_desk: Desk,
                                                             tmp_path: Path) -> None:
    sid, _panel = _ids(demo_desk)
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = run_cli("--session", "nope", "--db", str(demo_desk.path), **env)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == \
        "interview-desk: error: No session with id 'nope'."
    result = run_cli("--session", sid, "--panelist", "ghost", "--db", str(demo_desk.path),
                     **env)
    assert result.returncode == 1
    assert "ghost" in result.stderr.strip().splitlines()[-1]
    assert "Traceback" not in result.stderr
