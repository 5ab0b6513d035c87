"""One app per database: the owner listens on a local socket, a second launch hands over.

The owner holds the database's lock (``storage/instance_lock.py``) and a ``QLocalServer``
named by ``instance_key(database)``. Launching the app again on that database — plain, with
``--session``, or with panel files to import (a double-click) — sends the request to the owner,
which brings its window to the front, opens the session and imports the files through its
File → Import path; the second launch then exits 0 at once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from interview_desk.storage.errors import StorageError
from interview_desk.storage.instance_lock import (
    DatabaseInUseError,
    InstanceLock,
    acquire,
    instance_key,
)
from interview_desk.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

    from interview_desk.ui.main_window import MainWindow

# QtNetwork is imported where a socket is made: loading it (and the Python enums PySide makes
# for it) cost ~30 ms of a start that owns its database and serves only once its window shows.

#: Set to 1 and the owner prints each request it receives (tests of the handover).
ECHO_ENV = "INTERVIEW_DESK_ECHO_HANDOVER"
ECHO_PREFIX = "interview-desk: handover "
_ACK = b"ok\n"
#: A request is one short JSON line; anything longer is not from us.
_MAX_REQUEST = 64 * 1024


@dataclass(frozen=True)
class HandoverRequest:
    """What a launch asked for: a session to open (as a panelist), files to import."""

    session: str | None = None
    panelist: str | None = None
    files: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> HandoverRequest:
        # absolute: the owner runs in another working folder
        files = tuple(str(Path(f).resolve()) for f in getattr(args, "open_files", None) or ())
        return cls(getattr(args, "session", None), getattr(args, "panelist", None), files)

    def to_json(self) -> str:
        return json.dumps({"session": self.session, "panelist": self.panelist,
                           "files": list(self.files)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> HandoverRequest:
        """Raises ValueError for anything that is not a request."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a request")
        session, panelist, files = data.get("session"), data.get("panelist"), data.get("files")
        if not (isinstance(session, str | None) and isinstance(panelist, str | None)
                and isinstance(files, list) and all(isinstance(f, str) for f in files)):
            raise ValueError("not a request")
        return cls(session, panelist, tuple(files))


class InstanceServer(QObject):
    """The owner's end: accepts requests from later launches on the same database."""

    request_received = Signal(object)  # HandoverRequest

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = instance_key(database)
        self.server = QLocalServer(self)
        # only this user may connect (the socket file is the user's alone)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        """Start listening; call only while holding the database's lock."""
        from PySide6.QtNetwork import QLocalServer

        # A killed owner leaves its socket file behind; we hold the lock, so it is no one's.
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _on_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > _MAX_REQUEST:
                socket.abort()
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace")
        try:
            request = HandoverRequest.from_json(line)
        except ValueError:
            socket.abort()
            return
        socket.write(_ACK)
        socket.flush()
        socket.disconnectFromServer()
        # carried out on the next turn of the event loop: the second launch is told first
        QTimer.singleShot(0, lambda: self.request_received.emit(request))


def claim(database: Path, request: HandoverRequest) -> InstanceLock | int:
    """Own the database (the lock), or hand the request to its owner.

    Returns the lock, or an exit code: 0 once the owner took the request, 1 if the database
    is held by something that takes no requests (a command-line import, a hung app); the
    user has been told which process that is.
    """
    database.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # first launch
    try:
        return acquire(database, "the app")
    except DatabaseInUseError:
        if hand_over(database, request):
            return 0
    try:  # the holder may have finished meanwhile (a command-line import)
        return acquire(database, "the app")
    except DatabaseInUseError as busy:
        print(f"interview-desk: error: {busy}", file=sys.stderr)
        from PySide6.QtWidgets import QMessageBox  # a refusal: not on every start's path

        from interview_desk.ui.app_icon import use_app_icon  # no window has set it yet

        use_app_icon()
        QMessageBox.critical(None, tr("Interview Desk"), str(busy))
        return 1


def hand_over(database: Path, request: HandoverRequest, *, within: float = 5.0) -> bool:
    """Send the request to the app that owns the database; True once it has accepted it.

    Retries until ``within`` seconds have passed: the owner listens only once its window is up.
    """
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + within
    name = instance_key(database)
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(request.to_json().encode() + b"\n")
            socket.waitForBytesWritten(1000)
            reply = bytes(socket.readAll().data())  # it may have come during the write
            while not reply.endswith(b"\n") and socket.waitForReadyRead(
                    max(1, int((deadline - time.monotonic()) * 1000))):
                reply += bytes(socket.readAll().data())
            reply += bytes(socket.readAll().data())
            socket.abort()
            return reply == _ACK
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)  # the owner is still starting; its server is not listening yet


def serve(database: Path) -> InstanceServer:
    """Listen for later launches on the database; what they ask is done in the open window.

    The server belongs to the application, not to a window: File → Restore from backup…
    replaces the main window, and later launches must reach the new one.
    """
    server = InstanceServer(database, QApplication.instance())
    server.request_received.connect(_on_request_received)
    server.listen()
    return server


def _on_request_received(request: HandoverRequest) -> None:
    from interview_desk.ui.main_window import MainWindow  # loaded by now: the window is up

    window = next((w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()), None)
    if window is not None:
        carry_out(window, request, to_front=True)


def carry_out(window: MainWindow, request: HandoverRequest, *, to_front: bool) -> None:
    """Bring the window forward, open the session, import the files (File → Import's path)."""
    if os.environ.get(ECHO_ENV) == "1":
        print(ECHO_PREFIX + request.to_json(), flush=True)
    if to_front:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
    if request.session:
        try:
            window.open_session(request.session, request.panelist)
        except StorageError as exc:
            # here, not at import: the Qt namespace's enums cost ~14 ms (see models.py), the
            # message box's class ~1 ms
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, tr("Interview Desk"), str(exc),
                              QMessageBox.StandardButton.Ok, window)
            box.setObjectName("handover_error")
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.show()
    if request.files:
        window.exchange.import_paths([Path(f) for f in request.files])
