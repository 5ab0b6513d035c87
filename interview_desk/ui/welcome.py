"""First run: a welcome page with *Try the demo* and a short guided path to a first interview.

With nothing in the database the app opened on an empty Sessions table and no word of what
to do. This page says it in four steps (role → kit → candidate → plan); each step shows
whether it is done and has a button that goes where that piece is made, so a missing piece is
created from where it is needed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from interview_desk.services.changes import Changes
from interview_desk.services.desk import Desk
from interview_desk.ui.i18n import arg
from interview_desk.ui.look import Tone, text_style, tint
from interview_desk.ui.ops import ShowsStoredData


@dataclass(frozen=True)
class Step:
    """One step of the path: what it is, whether it is done, where to do it."""

    title: str
    explain: str
    button: str
    done: Callable[[Desk], bool]
    go: Callable[[], None]


def is_empty(desk: Desk) -> bool:
    """Nothing of the user's own yet: no candidate and no session (the shipped kit aside)."""
    return not desk.catalog.list_candidates() and not desk.sessions.overview()


class WelcomePage(QWidget, ShowsStoredData):
    """The welcome and the guided path; the steps are given by the window (they open its
    pages and dialogs)."""

    demo_started = Signal()

    def __init__(self, desk: Desk, steps: list[Step], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.steps = steps
        heading = QLabel(arg("<h1>%1</h1>", self.tr("Welcome to Interview Desk")), self)
        intro = QLabel(self.tr(
            "Notes, scorecards and the debrief for panel interviews, on this laptop. Look "
            "around a sample database first, or prepare your own first interview: four "
            "steps, each made from here."), self)
        intro.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("&Try the demo"), self)
        self.demo_button.setObjectName("try_demo")
        self.demo_button.setToolTip(self.tr("Opens a second window on a sample database; "
                                            "yours is not touched"))
        self.demo_button.clicked.connect(self.try_demo)
        self.prepare_button = QPushButton(self.tr("P&repare my first interview"), self)
        self.prepare_button.setObjectName("prepare_first")
        self.prepare_button.clicked.connect(self.next_step)
        self.demo_note = QLabel(self)
        self.demo_note.setWordWrap(True)
        self.demo_note.hide()
        grid = QGridLayout()
        self.marks: list[QLabel] = []
        self.buttons: list[QPushButton] = []
        for row, step in enumerate(steps):
            mark = QLabel(self)
            text = QLabel(f"<b>{row + 1}. {step.title}</b><br>{step.explain}", self)
            text.setWordWrap(True)
            button = QPushButton(step.button, self)
            button.setObjectName(f"welcome_step_{row + 1}")
            button.clicked.connect(step.go)
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.marks.append(mark)
            self.buttons.append(button)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.demo_note)
        layout.addSpacing(12)
        layout.addWidget(self.prepare_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.refresh()

    def _done_style(self) -> str:
        return text_style(Tone.GOOD, self, bold=True)

    def refresh(self) -> None:
        done = [step.done(self.desk) for step in self.steps]
        for mark, finished in zip(self.marks, done, strict=True):
            mark.setText("✓" if finished else "○")
            tint(mark, self._done_style if finished else None)
        first_open = next((i for i, d in enumerate(done) if not d), None)
        self.prepare_button.setEnabled(first_open is not None)
        self.prepare_button.setText(
            self.tr("P&repare my first interview") if first_open is not None
            else self.tr("Your first interview is planned"))

    def refresh_for(self, changes: Changes) -> None:
        if changes:
            self.refresh()

    def showEvent(self, event: object) -> None:
        self.refresh()  # an editor saved meanwhile
        super().showEvent(event)  # type: ignore[arg-type]

    def next_step(self) -> None:
        """Go to the first step not yet done."""
        for step in self.steps:
            if not step.done(self.desk):
                step.go()
                return

    def try_demo(self) -> None:
        """A second app on a fresh sample database, in a folder of its own."""
        started = QProcess.startDetached(sys.executable, ["-m", "interview_desk", "--demo"])
        ok = started[0] if isinstance(started, tuple) else bool(started)
        self.demo_note.setText(
            self.tr("The demo opens in a window of its own; close it when you are done.")
            if ok else self.tr("The demo could not be started. From a terminal: "
                               "interview-desk --demo"))
        self.demo_note.show()
        self.demo_started.emit()
