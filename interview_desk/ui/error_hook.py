"""Bugs on screen: one global exception hook logs the traceback and says where; the app goes on.

A user error is a typed exception that the code handling it turns into a clear message; an
exception that reaches this hook is a bug (a slot, a timer, a thread). It is logged with its
traceback through ``interview_desk.logs`` and a short, non-blocking message names the log file.
Nothing is closed or discarded, so whatever was typed stays on screen.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from interview_desk import logs
from interview_desk.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class BugReporter(QObject):
    """Installs ``sys.excepthook`` and ``threading.excepthook``; shows one message at a time."""

    #: the log file holding the traceback; emitted from any thread, shown on the UI thread
    bug_logged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: QWidget | None = None  # the message's parent, once there is a window
        self.box: QMessageBox | None = None
        self._previous_hooks: tuple[object, object] | None = None
        self.bug_logged.connect(self._on_bug_logged)

    def install(self) -> None:
        """Send uncaught exceptions here, and the ``interview_desk`` logger to the log file."""
        logs.setup()
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks  # type: ignore[assignment]
            self._previous_hooks = None

    def _on_exception(self, kind: type[BaseException], value: BaseException,
                      traceback: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal that started us
            sys.__excepthook__(kind, value, traceback)
            return
        self.bug_logged.emit(str(logs.log_bug(value, "unexpected error")))

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.bug_logged.emit(str(logs.log_bug(args.exc_value,
                                              f"unexpected error in thread {name}")))

    def _on_bug_logged(self, log_file: str) -> None:
        text = tr("Something went wrong — details are in %1.\n\nYour work is still open; "
                  "you can go on.").replace("%1", log_file)
        if self.box is None:
            # here, not at import: the Qt namespace's enums cost ~14 ms (see models.py), the
            # message box's class ~1 ms
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, tr("Interview Desk"), text,
                              QMessageBox.StandardButton.Ok, self._parent())
            box.setObjectName("bug_message")
            # never takes the keyboard from someone typing, never blocks the event loop
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.destroyed.connect(self._on_box_destroyed)
            self.box = box
        self.box.setText(text)
        self.box.show()

    def _parent(self) -> QWidget | None:
        # A restore from backup replaces the main window: never parent to a deleted one.
        if self.window is not None and shiboken6.isValid(self.window) \
                and self.window.isVisible():
            return self.window
        return QApplication.activeWindow()

    def _on_box_destroyed(self) -> None:
        self.box = None
