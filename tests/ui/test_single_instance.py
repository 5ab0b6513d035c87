"""One app per database: a second launch hands its request to the first and exits 0 at once."""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from interview_desk.services.demo import create_demo
from interview_desk.services.desk import Desk
from interview_desk.storage.instance_lock import acquire, holder, instance_key
from interview_desk.ui.app import EXIT_AFTER_SHOW_ENV, SHOWN_MARKER
from interview_desk.ui.live.live_view import LiveView
from interview_desk.ui.main_window import MainWindow
from interview_desk.ui.single_instance import (
    ECHO_ENV,
    ECHO_PREFIX,
    HandoverRequest,
    InstanceServer,
    carry_out,
    claim,
    hand_over,
    serve,
)
from tests.helpers import REPO_ROOT, dump, run_cli


def _live_session(desk: Desk) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == "live")


_HAND_OVER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from interview_desk.ui.single_instance import HandoverRequest, hand_over
app = QCoreApplication([])
print(hand_over(Path(sys.argv[1]), HandoverRequest.from_json(sys.argv[2])))
"""


def _second_launch(db: Path, request: HandoverRequest) -> subprocess.Popen[str]:
    """What a second launch does, in a process of its own (it blocks until answered)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO_ROOT))
    return subprocess.Popen([sys.executable, "-c", _HAND_OVER, str(db), request.to_json()],
                            stdout=subprocess.PIPE, text=True, env=env)


def test_a_request_reaches_the_owner_and_the_second_launch_is_told(qtbot: QtBot,
                                                                   db_path: Path) -> None:
    server = InstanceServer(db_path)
    assert server.listen()
    request = HandoverRequest("s-1", "p-2", ("/tmp/return ü.json",))

    with qtbot.waitSignal(server.request_received, timeout=30_000) as received:
        launch = _second_launch(db_path, request)

    assert received.args == [request]
    assert launch.communicate(timeout=30)[0] == "True\n"
    server.close()


def test_anything_but_a_request_is_dropped_and_the_server_goes_on(qtbot: QtBot,
                                                                 db_path: Path) -> None:
    server = InstanceServer(db_path)
    assert server.listen()
    stranger = QLocalSocket()
    stranger.connectToServer(instance_key(db_path))
    assert stranger.waitForConnected(5000)
    with qtbot.waitSignal(stranger.disconnected, timeout=5000):
        stranger.write(b'{"session": 42}\n')
    assert stranger.readAll().data() == b""  # no "ok": it was not accepted

    with qtbot.waitSignal(server.request_received, timeout=30_000):
        launch = _second_launch(db_path, HandoverRequest())
    assert launch.communicate(timeout=30)[0] == "True\n"
    server.close()


def test_nobody_listening_is_no_handover(db_path: Path) -> None:
    assert hand_over(db_path, HandoverRequest(), within=0.3) is False


def test_the_owner_opens_the_session_and_imports_the_file(qtbot: QtBot, demo_desk: Desk,
                                                         tmp_path: Path) -> None:
    sid = _live_session(demo_desk)
    panel = demo_desk.exchange.export_panel(sid, tmp_path / "panel.json")
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()

    with qtbot.waitSignal(window.exchange.imported, timeout=20_000) as imported:
        carry_out(window, HandoverRequest(sid, None, (str(panel),)), to_front=True)

    assert not window.isMinimized()
    live = window.page("live")
    assert isinstance(live, LiveView) and live.session_id == sid
    assert window.stack.currentWidget() is live
    assert [f.session_id for f in imported.args[0].files] == [sid]


def test_an_unknown_session_is_a_message_in_the_owner_not_a_crash(qtbot: QtBot,
                                                                  demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()

    carry_out(window, HandoverRequest("no-such-session"), to_front=True)

    box = window.findChild(object, "handover_error")
    assert box is not None and box.isVisible()
    assert "no-such-session" in box.text()
    assert window.isVisible()


# --- two real processes ------------------------------------------------------------------------


@pytest.fixture
def running_app(tmp_path: Path, qtbot: QtBot) -> Iterator[tuple[subprocess.Popen[str], Path,
                                                                 queue.Queue[str]]]:
    """The real app on a new database, printing each handover it receives."""
    db = tmp_path / "desk.sqlite3"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{ECHO_ENV: "1"},
               PYTHONPATH=str(REPO_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "interview_desk", "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=REPO_ROOT)
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.rstrip("\n"))

    threading.Thread(target=pump, daemon=True).start()
    try:
        qtbot.waitUntil(lambda: (h := holder(db)) is not None and h.pid == proc.pid,
                        timeout=60_000)
        yield proc, db, lines
    finally:
        proc.kill()
        proc.wait()
        assert proc.stderr is not None
        proc.stderr.close()


def _next_handover(lines: queue.Queue[str]) -> dict[str, object]:
    while True:
        line = lines.get(timeout=60)
        if line.startswith(ECHO_PREFIX):
            return dict(json.loads(line.removeprefix(ECHO_PREFIX)))


def _session_ids(db: Path, table: str = "sessions", column: str = "id") -> set[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute(f"SELECT {column} FROM {table}")}
    finally:
        conn.close()


@pytest.mark.slow
def test_second_launches_hand_over_and_writers_are_refused(
        running_app: tuple[subprocess.Popen[str], Path, queue.Queue[str]], tmp_path: Path,
        qtbot: QtBot) -> None:
    proc, db, lines = running_app
    source = create_demo(tmp_path / "source.sqlite3")
    sid = _live_session(source)
    panel = source.exchange.export_panel(sid, tmp_path / "panel.idpanel")
    source.close()

    # A double-click on a panel file (its own extension, the desktop's MIME type): the
    # running app imports it; this launch exits 0.
    opened = run_cli("--db", str(db), str(panel))
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout == ""
    assert _next_handover(lines) == {"session": None, "panelist": None,
                                     "files": [str(panel.resolve())]}
    qtbot.waitUntil(lambda: sid in _session_ids(db), timeout=60_000)

    # --session: handed over too.
    again = run_cli("--db", str(db), "--session", sid)
    assert again.returncode == 0, again.stderr
    assert _next_handover(lines) == {"session": sid, "panelist": None, "files": []}
    # The app opens it in the live view, which notes the question on screen: its own write,
    # after the handover was acknowledged. Only then is the file as the owner leaves it.
    qtbot.waitUntil(lambda: sid in _session_ids(db, "question_timeline", "session_id"),
                    timeout=60_000)

    # A CLI writer is refused and writes nothing; a reader works.
    before = dump(db)
    refused = run_cli("import", str(panel), "--db", str(db))
    assert refused.returncode == 1
    assert refused.stderr == (f"interview-desk: error: {db} is in use by Interview Desk: the "
                              f"app (process {proc.pid}). Nothing was written; close it there "
                              "(or let it finish) and try again.\n")
    listed = run_cli("sessions", "--db", str(db))
    assert listed.returncode == 0 and sid in listed.stdout
    assert dump(db) == before
    assert proc.poll() is None  # the owner runs on

    # Killed, it leaves no lock that blocks the next start.
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    restarted = run_cli("--db", str(db), QT_QPA_PLATFORM="offscreen",
                        **{EXIT_AFTER_SHOW_ENV: "1"})
    assert restarted.returncode == 0, restarted.stderr
    assert restarted.stdout.splitlines() == [SHOWN_MARKER]
    assert sid in _session_ids(db)


def test_a_holder_that_takes_no_requests_is_named_and_the_launch_refused(
        db_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))

    with acquire(db_path, "the `interview-desk import` command"):  # e.g. a long CLI import
        claimed = claim(db_path, HandoverRequest())

    assert claimed == 1
    message = (f"{db_path} is in use by Interview Desk: the `interview-desk import` command "
               f"(process {os.getpid()}). Nothing was written; close it there (or let it "
               "finish) and try again.")
    assert shown == [message]
    assert capsys.readouterr().err == f"interview-desk: error: {message}\n"


def test_a_handover_reaches_the_window_that_replaced_the_first(qtbot: QtBot,
                                                              demo_desk: Desk) -> None:
    # File → Restore from backup… closes the main window and opens a new one in this process.
    assert demo_desk.path is not None
    first = MainWindow(demo_desk)
    qtbot.addWidget(first)
    first.show()
    server = serve(demo_desk.path)
    first.close()
    second = MainWindow(demo_desk)
    qtbot.addWidget(second)
    second.show()
    sid = _live_session(demo_desk)

    with qtbot.waitSignal(server.request_received, timeout=30_000):
        launch = _second_launch(demo_desk.path, HandoverRequest(sid))

    assert launch.communicate(timeout=30)[0] == "True\n"
    qtbot.waitUntil(lambda: isinstance(second.stack.currentWidget(), LiveView), timeout=10_000)
    assert not first.isVisible()
    server.close()
    server.deleteLater()


def test_a_handover_for_the_open_session_keeps_the_keys_typed_meanwhile(
        qtbot: QtBot, demo_desk: Desk) -> None:
    """Reopening the open session flushed and reread its note while keys still arrived, and
    those keys were lost (crash harness, seed 5151). Now it is only brought forward."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    sid = _live_session(demo_desk)
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    view = window.open_session(sid)
    qid = view.current.id
    before = view.state.notes[qid].text if qid in view.state.notes else ""
    typed = "keys typed while a second launch hands over "
    pending = list(typed)
    # Keys go wherever focus is: first in this window's note, not in a window an earlier test
    # left behind (the first key went there in a full run).
    window.activateWindow()
    qtbot.waitUntil(lambda: view.isAncestorOf(QApplication.focusWidget()), timeout=5000)

    def type_one() -> None:
        widget = QApplication.focusWidget()
        if pending and widget is not None:
            qtbot.keyClicks(widget, pending.pop(0))

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(5)
    qtbot.waitUntil(lambda: len(pending) < len(typed) - 5, timeout=5000)
    carry_out(window, HandoverRequest(sid), to_front=True)
    qtbot.waitUntil(lambda: not pending, timeout=10_000)
    timer.stop()
    live = window.page("live")
    assert isinstance(live, LiveView) and live.autosave.wait_saved()
    stored = demo_desk.live.open(sid).notes[qid].text
    assert stored == before + typed
    assert live is view
