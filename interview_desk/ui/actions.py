"""One registry of QActions keyed by an enum, each with its text and shortcut declared once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from interview_desk.ui.i18n import tr


class ActionId(Enum):
    QUIT = "quit"
    SHOW_SESSIONS = "show_sessions"
    SHOW_CANDIDATES = "show_candidates"
    SHOW_ROLES = "show_roles"
    SHOW_KITS = "show_kits"
    SHOW_DEBRIEF = "show_debrief"
    SHOW_ROLE_COMPARISON = "show_role_comparison"
    SHOW_OVERDUE = "show_overdue"
    EXPORT_SESSION_REPORT = "export_session_report"
    EXPORT_ROLE_REPORT = "export_role_report"
    EXPORT_PANEL = "export_panel"
    EXPORT_RETURN = "export_return"
    IMPORT_FILES = "import_files"
    WATCH_FOLDER = "watch_folder"


@dataclass(frozen=True)
class ActionSpec:
    # A StandardKey where the platform has one; QKeySequence objects must not be built at
    # import time (before the QApplication exists), so specs hold plain values.
    text: str
    shortcut: QKeySequence.StandardKey | str = ""
    tip: str = ""


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.QUIT: ActionSpec("&Quit", QKeySequence.StandardKey.Quit),
    ActionId.SHOW_SESSIONS: ActionSpec("&Sessions", "Ctrl+1"),
    ActionId.SHOW_CANDIDATES: ActionSpec("&Candidates", "Ctrl+2"),
    ActionId.SHOW_ROLES: ActionSpec("&Roles", "Ctrl+3"),
    ActionId.SHOW_KITS: ActionSpec("&Kits", "Ctrl+4"),
    ActionId.SHOW_DEBRIEF: ActionSpec("&Debrief", "Ctrl+7"),
    ActionId.SHOW_ROLE_COMPARISON: ActionSpec("Role &comparison", "Ctrl+8"),
    ActionId.SHOW_OVERDUE: ActionSpec("What is &overdue", "Ctrl+9"),
    ActionId.EXPORT_SESSION_REPORT: ActionSpec(
        "Export &report…", "Ctrl+E", "Save the selected session's consolidated report as PDF"),
    ActionId.EXPORT_ROLE_REPORT: ActionSpec(
        "Export role &comparison…", "Ctrl+Shift+E",
        "Save a PDF comparing every candidate for the selected session's role"),
    ActionId.EXPORT_PANEL: ActionSpec("&Export for panel…", "Ctrl+Shift+P",
                                      "Write the selected session as a file for the panelists"),
    ActionId.EXPORT_RETURN: ActionSpec("Export my &return file…", "Ctrl+Shift+R",
                                       "Write your notes and scorecard for the panel lead"),
    ActionId.IMPORT_FILES: ActionSpec("&Import…", "Ctrl+Shift+I",
                                      "Import panel or return files (or drop them here)"),
    ActionId.WATCH_FOLDER: ActionSpec("&Watch a shared folder…", "",
                                      "Import panel and return files as they appear in a folder"),
}


class Actions:
    """The QActions of one window, created from ``SPECS``."""

    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[ActionId, QAction] = {}
        for ident, spec in SPECS.items():
            action = QAction(tr(spec.text), parent)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.tip:
                action.setToolTip(tr(spec.tip))
            action.setObjectName(f"action_{ident.value}")
            parent.addAction(action)
            self._actions[ident] = action

    def __getitem__(self, ident: ActionId) -> QAction:
        return self._actions[ident]


class ScorecardKey(Enum):
    """Keys of the scorecard pane; live only while the pane (or a child) has focus."""

    RATE_1 = 1
    RATE_2 = 2
    RATE_3 = 3
    RATE_4 = 4
    NO_EVIDENCE = "no_evidence"
    NEXT = "next"
    PREVIOUS = "previous"


# Plain digits rate when focus is not in a text field (a text field keeps its typed digits);
# the Alt variants work everywhere in the pane, also while typing evidence.
SCORECARD_KEYS: dict[ScorecardKey, tuple[str, tuple[str, ...]]] = {
    ScorecardKey.RATE_1: ("Rate 1", ("1", "Alt+1")),
    ScorecardKey.RATE_2: ("Rate 2", ("2", "Alt+2")),
    ScorecardKey.RATE_3: ("Rate 3", ("3", "Alt+3")),
    ScorecardKey.RATE_4: ("Rate 4", ("4", "Alt+4")),
    ScorecardKey.NO_EVIDENCE: ("No evidence", ("0", "Alt+0")),
    ScorecardKey.NEXT: ("Next competency", ("Alt+Down", "Ctrl+PgDown")),
    ScorecardKey.PREVIOUS: ("Previous competency", ("Alt+Up", "Ctrl+PgUp")),
}


def pane_actions(parent: QWidget) -> dict[ScorecardKey, QAction]:
    """The scorecard pane's actions, scoped to the pane so a second pane never clashes."""
    from PySide6.QtCore import Qt

    out: dict[ScorecardKey, QAction] = {}
    for ident, (text, keys) in SCORECARD_KEYS.items():
        action = QAction(tr(text), parent)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setObjectName(f"scorecard_{ident.name.lower()}")
        parent.addAction(action)
        out[ident] = action
    return out
