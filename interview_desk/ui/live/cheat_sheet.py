"""F1: every key of the live view, read from the one action registry, shown in the right-hand
column in place of the side panel: the note stays in view and keeps the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_desk.ui.actions import LOOK_FOR_KEYS, SPECS, ActionId, Actions
from interview_desk.ui.i18n import tr

# Keys of the main window a panelist needs in the room: the scorecard beside the notes, and
# back and forth between the session and its scorecard.
WINDOW_KEYS_IN_THE_ROOM = (ActionId.SCORECARD_BESIDE_LIVE, ActionId.SHOW_LIVE,
                           ActionId.SHOW_SCORECARD)


def sheet_rows(actions: Actions) -> list[tuple[str, str]]:
    """(keys, what they do) for every live action and the window keys used in the room."""
    native = QKeySequence.SequenceFormat.NativeText
    rows = [(a.shortcut().toString(native), a.text().replace("&", ""))
            for ident, a in actions.items() if ident not in LOOK_FOR_KEYS]
    # the look-for keys are one row: a key per look-for, in the order shown
    first, last = (actions[k].shortcut().toString(native)
                   for k in (LOOK_FOR_KEYS[0], LOOK_FOR_KEYS[-1]))
    rows.append((f"{first} … {last}", tr("Tick the question's look-for 1…8 (again: untick)")))
    for ident in WINDOW_KEYS_IN_THE_ROOM:
        spec = SPECS[ident]
        rows.append((QKeySequence(spec.shortcut).toString(native),
                     tr(spec.text).replace("&", "")))
    return rows


#: The keys take at most this share of the sheet's width; what they do needs the rest.
KEYS_SHARE = 0.45


class _KeysDelegate(QStyledItemDelegate):
    """Keys may wrap after a "+": German names them at length ("Strg+Umschalt+Rücktaste")."""

    def displayText(self, value: object, locale: QLocale | QLocale.Language) -> str:
        return str(value).replace("+", "+\u200b")


class CheatSheet(QWidget):
    """A read-only table of (keys, what they do); F1 or Esc puts the side panel back."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cheat_sheet")
        rows = sheet_rows(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        for r, (keys, text) in enumerate(rows):
            for c, value in enumerate((keys, text)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(r, c, item)
        self.table.verticalHeader().setVisible(False)
        # the keys' column is as wide as its keys, up to KEYS_SHARE (see resizeEvent)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._keys_delegate = _KeysDelegate(self.table)
        self.table.setItemDelegateForColumn(0, self._keys_delegate)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Read only, never a place for the keyboard: the note keeps it while the sheet shows.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        title = QLabel(self.tr("<b>Keys</b> (F1 or Esc closes; you can go on typing)"), self)
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = int(self.table.viewport().width() * KEYS_SHARE)
        self.table.setColumnWidth(0, min(self.table.sizeHintForColumn(0), room))
        self.table.resizeRowsToContents()
