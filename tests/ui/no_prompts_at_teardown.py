"""A UI test's teardown never waits on a question: while its fixtures close windows, any
message box that opens (an editor's unsaved changes, notes not written) is answered at once
with the choice that lets the window go — Discard, else Close, else the box's Esc answer.

Without it a test that fails while an editor holds unsaved input hangs in teardown: closing
the window asks Save / Discard / Cancel and nobody is there to click. The hook is taken into
``tests/ui/conftest.py``; only the teardown phase is affected, so tests that exercise the
questions themselves still see them."""

from __future__ import annotations

import sys
from collections.abc import Generator

import pytest

#: How often teardown looks for an open message box.
POLL_MS = 5


def _answer_open_box() -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        return
    Button = QMessageBox.StandardButton
    for choice in (Button.Discard, Button.Close):
        button = box.button(choice)
        if button is not None:
            button.click()
            return
    box.reject()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, None, None]:
    if "PySide6.QtWidgets" not in sys.modules:  # no Qt in this test
        yield
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        yield
        return
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(_answer_open_box)
    timer.start()  # fires inside the box's own event loop, while close() waits on it
    try:
        yield
    finally:
        timer.stop()
