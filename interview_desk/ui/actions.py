"""One registry of QActions keyed by an enum, each with its text and shortcut declared once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from interview_desk.ui.i18n import tr


class ActionId(Enum):
    QUIT = "quit"
    SHOW_SESSIONS = "show_sessions"
    SHOW_CANDIDATES = "show_candidates"
    SHOW_ROLES = "show_roles"
    SHOW_KITS = "show_kits"
    # preparation pages (page-scoped: built with page_action, not on the window)
    SAVE = "save"
    NEW_ITEM = "new_item"
    MOVE_UP = "move_up"
    MOVE_DOWN = "move_down"
    REMOVE_ROW = "remove_row"
    UNDO_REMOVE = "undo_remove"
    PLAN_SESSION = "plan_session"
    IMPORT_KIT = "import_kit"
    EXPORT_KIT = "export_kit"


@dataclass(frozen=True)
class ActionSpec:
    # A StandardKey where the platform has one; QKeySequence objects must not be built at
    # import time (before the QApplication exists), so specs hold plain values.
    text: str
    shortcut: QKeySequence.StandardKey | str = ""
    tip: str = ""
    # False: a page or editor builds it with ``page_action`` (its shortcut is live only there)
    window: bool = True


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.QUIT: ActionSpec("&Quit", QKeySequence.StandardKey.Quit),
    ActionId.SHOW_SESSIONS: ActionSpec("&Sessions", "Ctrl+1"),
    ActionId.SHOW_CANDIDATES: ActionSpec("&Candidates", "Ctrl+2"),
    ActionId.SHOW_ROLES: ActionSpec("&Roles", "Ctrl+3"),
    ActionId.SHOW_KITS: ActionSpec("&Kits", "Ctrl+4"),
    ActionId.SAVE: ActionSpec("&Save", QKeySequence.StandardKey.Save, window=False),
    ActionId.NEW_ITEM: ActionSpec("&New", QKeySequence.StandardKey.New, window=False),
    ActionId.MOVE_UP: ActionSpec("Move up", "Alt+Up", window=False),
    ActionId.MOVE_DOWN: ActionSpec("Move down", "Alt+Down", window=False),
    ActionId.REMOVE_ROW: ActionSpec("Remove", QKeySequence.StandardKey.Delete, window=False),
    ActionId.UNDO_REMOVE: ActionSpec("Undo remove", QKeySequence.StandardKey.Undo,
                                     window=False),
    ActionId.PLAN_SESSION: ActionSpec("&Plan session…", "Ctrl+Shift+N", window=False),
    ActionId.IMPORT_KIT: ActionSpec("&Import kit…", "Ctrl+I", window=False),
    ActionId.EXPORT_KIT: ActionSpec("&Export kit…", "Ctrl+E", window=False),
}


class Actions:
    """The QActions of one window, created from ``SPECS``."""

    def __init__(self, parent: QWidget) -> None:
        self._actions: dict[ActionId, QAction] = {}
        for ident, spec in SPECS.items():
            if not spec.window:
                continue
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


def page_action(ident: ActionId, parent: QWidget,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
                ) -> QAction:
    """A QAction from ``SPECS`` on a page: its shortcut works only while the page is shown."""
    spec = SPECS[ident]
    action = QAction(tr(spec.text), parent)
    if spec.shortcut:
        action.setShortcut(QKeySequence(spec.shortcut))
    action.setShortcutContext(context)
    action.setObjectName(f"action_{ident.value}")
    parent.addAction(action)
    return action
