"""What waits for a window's first paint runs after it, the one set later first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from interview_desk.ui.first_paint import after_first_paint


class _Paints(QObject):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QLabel):
            self.log.append("label painted")
        return False


def test_callbacks_run_once_the_whole_window_has_painted_the_later_set_first(
        qtbot: QtBot) -> None:
    log: list[str] = []
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("a child", window)
    QVBoxLayout(window).addWidget(label)
    spy = _Paints(log)
    label.installEventFilter(spy)
    after_first_paint(window, lambda: log.append("first set"))
    after_first_paint(window, lambda: log.append("second set"))

    window.show()
    qtbot.waitUntil(lambda: "first set" in log)

    assert log[:3] == ["label painted", "second set", "first set"]
    after_first_paint(window, lambda: log.append("after a later paint"))  # painted before
    window.update()
    qtbot.waitUntil(lambda: "after a later paint" in log)
    assert log.count("first set") == 1


def test_the_window_alone_is_watched_not_every_object_of_the_app(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # An application-wide filter per caller was asked about every event of every object:
    # ~1,300 calls into Python before the app's first paint (issue 13).
    from interview_desk.ui import first_paint

    asked: list[QObject] = []
    real = first_paint._FirstPaint.eventFilter
    monkeypatch.setattr(first_paint._FirstPaint, "eventFilter",
                        lambda self, watched, event: asked.append(watched)
                        or real(self, watched, event))
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for n in range(20):
        layout.addWidget(QLabel(f"label {n}", window))
    other = QWidget()
    qtbot.addWidget(other)
    ran: list[str] = []
    after_first_paint(window, lambda: ran.append("window"))

    other.show()
    qtbot.waitExposed(other)
    assert ran == []  # another window's paint is not this one's
    window.show()
    qtbot.waitUntil(lambda: ran == ["window"])

    assert asked and all(watched is window for watched in asked)
