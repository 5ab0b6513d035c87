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
    ActionId.EXPORT_PANEL: ActionSpec("&Export for panel…", "Ctrl+Shift+E",
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
