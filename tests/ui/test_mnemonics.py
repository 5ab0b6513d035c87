"""Alt+letter keys: one letter, one control, on whatever is on screen together.

Found driving the app by keyboard: on the Roles page Alt+V (the View menu) also belonged to
"Re&vert", so Qt treated the key as ambiguous and the letter "v" landed in the role's name;
Alt+N typed "n" there the same way ("Role &name" and "&New role")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QWidget,
)
from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.main_window import MainWindow


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(root: QWidget) -> dict[str, list[str]]:
    """Alt letters claimed twice by the menu bar (a main window's) and the controls now
    visible in ``root``."""
    owners: dict[str, list[str]] = defaultdict(list)
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if (key := _mnemonic(action.text())) is not None:
                owners[key].append(f"menu {action.text()!r}")
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if (key := _mnemonic(text)) is not None:
            owners[key].append(f"{type(widget).__name__} {text!r}")
    return {key: names for key, names in owners.items() if len(names) > 1}


def _window(qtbot: QtBot, desk: Desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


@pytest.fixture
def demo_window(qtbot: QtBot, demo_desk: Desk) -> Iterator[MainWindow]:
    window = _window(qtbot, demo_desk)
    yield window
    window.close()


def test_no_alt_letter_is_claimed_twice_on_any_page(demo_window: MainWindow, desk: Desk,
                                                    qtbot: QtBot) -> None:
    found = {}
    for key in list(demo_window._pages):
        demo_window.show_page(key)
        QApplication.processEvents()  # a page fills its editor once shown
        if clashes := _clashes(demo_window):
            found[f"demo {key}"] = clashes
    first_run = _window(qtbot, desk)  # the welcome page with its "Prepare" button
    first_run.show_page("welcome")
    if clashes := _clashes(first_run):
        found["first run welcome"] = clashes
    first_run.close()
    assert found == {}

