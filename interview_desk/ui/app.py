"""Starting the GUI: the QApplication, the database, the first window."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

from interview_desk.cli import db_path
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import StorageError
from interview_desk.ui import settings, single_instance
from interview_desk.ui.error_hook import BugReporter
from interview_desk.ui.first_paint import after_first_paint
from interview_desk.ui.i18n import use_language
from interview_desk.ui.main_window import MainWindow

#: Set to 1 to quit once the first window is on screen (tests/benchmarks/bench_startup.py).
EXIT_AFTER_SHOW_ENV = "INTERVIEW_DESK_EXIT_AFTER_SHOW"
SHOWN_MARKER = "interview-desk: window shown"
#: Names a script of keys to type into the window, for the crash harness (tests/crash_harness.py).
TYPING_SCRIPT_ENV = "INTERVIEW_DESK_TYPING_SCRIPT"


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Interview Desk")
    # Wayland and the task bar match the window to packaging/interview-desk.desktop by this.
    app.setDesktopFileName("interview-desk")
    use_language(app, settings.get(settings.LANGUAGE))
    return app


def open_desk(args: argparse.Namespace) -> Desk:
    if args.demo:
        # Only --demo needs it (and sqlite-utils, whose migrations build the new file).
        from interview_desk.services.demo import create_demo

        folder = Path(tempfile.mkdtemp(prefix="interview-desk-demo-"))
        return create_demo(folder / "demo.sqlite3")
    return Desk.open(db_path(args))


def start_window(args: argparse.Namespace) -> tuple[Desk, MainWindow] | int:
    """Open the database and show the first window (the live view with ``--session``)."""
    application()
    try:
        desk = open_desk(args)
    except StorageError as exc:
        from interview_desk.ui.app_icon import use_app_icon
        from interview_desk.ui.recovery import recover  # a damaged file: rare, not every start

        use_app_icon()
        recovered = recover(db_path(args), exc)
        if recovered is None:
            return 1
        desk = recovered
    window = MainWindow(desk)
    if getattr(args, "session", None):
        try:
            window.open_session(args.session, getattr(args, "panelist", None))
        except StorageError as exc:
            # A command-line switch: the answer goes where it was typed, as one line.
            print(f"interview-desk: error: {exc}", file=sys.stderr)
            window.ops.close()  # its writer thread stops before the window goes
            window.deleteLater()
            desk.close()
            return 1
    elif getattr(args, "panelist", None):
        print("interview-desk: error: --panelist needs --session", file=sys.stderr)
        window.ops.close()
        window.deleteLater()
        desk.close()
        return 2
    window.show()
    window.activateWindow()
    return desk, window


def run_gui(args: argparse.Namespace) -> int:
    """Own the database (or hand the request to the app that does), then run the window."""
    reporter = BugReporter(application())
    reporter.install()
    _quit_on_termination_signals()
    database = None if args.demo else db_path(args)
    request = single_instance.HandoverRequest.from_args(args)
    if database is None:
        return _run_window(args, database, request, reporter)
    claimed = single_instance.claim(database, request)
    if isinstance(claimed, int):  # handed over to the app that has it, or refused
        return claimed
    with claimed:  # released after the database is closed: the next owner finds it whole
        return _run_window(args, database, request, reporter)


def _run_window(args: argparse.Namespace, database: Path | None,
                request: single_instance.HandoverRequest, reporter: BugReporter) -> int:
    started = start_window(args)
    if isinstance(started, int):
        return started
    desk, window = started
    reporter.window = window
    if request.files:
        single_instance.carry_out(
            window, single_instance.HandoverRequest(files=request.files), to_front=False)
    after_first_paint(window, _use_app_icon)
    if database is not None:
        # Later launches are served once the window has painted: they wait for the server
        # (hand_over retries), and the window need not wait for QtNetwork.
        after_first_paint(window, lambda: single_instance.serve(database))
    if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
        # set last, so it runs first: what runs after the paint is not counted as start-up
        after_first_paint(window, lambda: _announce_shown_and_quit())
    if script := os.environ.get(TYPING_SCRIPT_ENV):
        from interview_desk.ui.scripted_typing import start_typing

        start_typing(Path(script))
    code = application().exec()
    desk.close()
    return code


def _quit_on_termination_signals() -> None:
    """SIGTERM and SIGINT (a logout, a `kill`, Ctrl+C) end the app as Quit does.

    Without this the default handler ended the process at once: the notes of the last moment
    unwritten and the WAL left beside the file. Python runs a signal handler only when it gets
    control, which a Qt event loop may not give it for a long while, so the signal's number is
    written to a pipe (a socket on Windows) that Qt watches (``signal.set_wakeup_fd``).
    """
    if threading.current_thread() is not threading.main_thread():
        return
    receiver, sender, drain = _wake_up_pair()
    app = application()
    notifier = QSocketNotifier(receiver, QSocketNotifier.Type.Read, app)

    def on_signal() -> None:
        with contextlib.suppress(OSError):
            drain()
        app.quit()

    notifier.activated.connect(on_signal)
    signal.set_wakeup_fd(sender)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_args: None)  # the wake-up pipe does the work


def _wake_up_pair() -> tuple[int, int, Callable[[], object]]:
    """A non-blocking pair of descriptors for ``set_wakeup_fd`` (read end, write end) and
    what empties the read end.

    A pipe where there are pipes: the socket module (with selectors) cost ~2.5 ms of every
    start (issue 13); Windows takes only a socket. They live as long as the app: the notifier
    and the wake-up fd refer to them.
    """
    if os.name == "posix":
        receiver, sender = os.pipe()
        os.set_blocking(receiver, False)
        os.set_blocking(sender, False)
        return receiver, sender, lambda: os.read(receiver, 64)
    import socket

    pair = socket.socketpair()
    for end in pair:
        end.setblocking(False)
    _WAKE_UP_SOCKETS[:] = pair
    return pair[0].fileno(), pair[1].fileno(), lambda: pair[0].recv(64)


_WAKE_UP_SOCKETS: list[Any] = []  # Windows: the socket pair, kept open


def _use_app_icon() -> None:
    from interview_desk.ui.app_icon import use_app_icon

    use_app_icon()


def _announce_shown_and_quit() -> None:
    print(SHOWN_MARKER, flush=True)
    application().quit()
