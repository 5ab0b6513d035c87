"""Test hook: type a script of keys into the focused widget and log when each one went in.

Loaded only when ``INTERVIEW_DESK_TYPING_SCRIPT`` names a script (see ``ui/app.py``); the crash
harness (``tests/crash_harness.py``) uses it to know exactly what was typed, and when, before it
kills the app. The script is JSON: ``{"log": PATH, "keys": [[delay_ms, char], ...]}``; typing
starts once a widget has the keyboard. The log gets one line per key, ``MONOTONIC_NS CODE_POINT``,
written and flushed as soon as the key event has been handled (a kill -9 loses at most the line
of the key being typed), preceded by ``focus OBJECT_NAME`` whenever the widget with the keyboard
changes (an empty name: no widget had it, the key went nowhere).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

FOCUS_POLL_MS = 20


class ScriptedTyping(QObject):
    """Replays the keys of a script, one timer shot per key, into whatever has the focus."""

    def __init__(self, script: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data = json.loads(script.read_text(encoding="utf-8"))
        self._keys: list[tuple[int, str]] = [(int(d), str(c)) for d, c in data["keys"]]
        self._log: TextIO = Path(data["log"]).open("a", encoding="utf-8")  # noqa: SIM115
        self._next = 0
        self._focus: str | None = None  # the object name last logged

    def start(self) -> None:
        QTimer.singleShot(0, self._wait_for_focus)

    def _wait_for_focus(self) -> None:
        if QApplication.focusWidget() is None:  # the window is not active yet
            QTimer.singleShot(FOCUS_POLL_MS, self._wait_for_focus)
            return
        self._schedule()

    def _schedule(self) -> None:
        if self._next < len(self._keys):
            QTimer.singleShot(self._keys[self._next][0], self._type_one)
        else:
            self._write("done")

    def _type_one(self) -> None:
        """Type the next key; every key of the script gets its line, typed or not."""
        char = self._keys[self._next][1]
        self._next += 1
        target = QApplication.focusWidget()
        name = target.objectName() if target is not None else ""
        if name != self._focus:
            self._write(f"focus {name}")
            self._focus = name
        if target is not None:
            # Real key events carrying their text: QTest.keyClicks knows only ASCII.
            key = ord(char.upper()) if char.isascii() else 0
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
        self._write(f"{time.monotonic_ns()} {ord(char)}")
        self._schedule()

    def _write(self, line: str) -> None:
        self._log.write(line + "\n")
        self._log.flush()


def start_typing(script: Path) -> None:
    """Type ``script`` into the app once its first window has the keyboard."""
    app = QApplication.instance()
    assert app is not None, "start the QApplication first"
    ScriptedTyping(script, app).start()
