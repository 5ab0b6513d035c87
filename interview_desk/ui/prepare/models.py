"""Qt models over the draft an editor holds (a role's competencies, a kit's questions...).

The model adapts a Python list that belongs to the draft dataclass: edits, moves and drops go
straight into that list, so the draft is always what the service will be asked to store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from interview_desk.ui.i18n import tr
from interview_desk.ui.look import Tone, text_colour

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-interview-desk-row"


def warn_brush() -> QBrush:
    """Text of a value to fix, readable on the app's palette, light or dark."""
    return QBrush(text_colour(Tone.ERROR))


@dataclass(frozen=True)
class Field:
    """One column: how to read it and, when editable in place, how to write it."""

    title: str
    get: Callable[[Any], Any]
    put: Callable[[Any, Any], None] | None = None
    warn: Callable[[Any], bool] | None = None  # paint the cell as a warning when true
    align_right: bool = False


class DraftListModel(QAbstractTableModel):
    """Rows are the items of a draft's list; drag-and-drop and ``move`` reorder them."""

    edited = Signal()  # any change to the list or an item made through the model

    def __init__(self, fields: Sequence[Field], parent: Any = None) -> None:
        super().__init__(parent)
        self._fields = list(fields)
        self._items: list[Any] = []

    # the list
    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def items(self) -> list[Any]:
        return self._items

    def item(self, row: int) -> Any:
        return self._items[row]

    def row_of(self, item: Any) -> int:
        return next((i for i, x in enumerate(self._items) if x is item), -1)

    def insert(self, row: int, item: Any) -> int:
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> Any:
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self._items.pop(row)
        self.endRemoveRows()
        self.edited.emit()
        return item

    def move(self, src: int, dst: int) -> bool:
        """Move the item at ``src`` so that it ends up at index ``dst``."""
        n = len(self._items)
        if src == dst or not (0 <= src < n and 0 <= dst < n):
            return False
        # beginMoveRows wants the destination counted before the row is taken out.
        self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dst + 1 if dst > src else dst)
        self._items.insert(dst, self._items.pop(src))
        self.endMoveRows()
        self.edited.emit()
        return True

    def refresh_row(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._fields) - 1))

    def refresh_all(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._items) - 1, len(self._fields) - 1))

    # QAbstractTableModel
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item, f = self._items[index.row()], self._fields[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):
            value = f.get(item)
            if role == Qt.ItemDataRole.EditRole and f.put is not None:
                return value
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and f.warn is not None and f.warn(item):
            return warn_brush()
        if role == Qt.ItemDataRole.TextAlignmentRole and f.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        f = self._fields[index.column()]
        if f.put is None:
            return False
        f.put(self._items[index.row()], value)
        self.refresh_row(index.row())
        self.edited.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return tr(self._fields[section].title)
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled)
        if self._fields[index.column()].put is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # drag and drop: rows move within this model only
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ROW_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        data.setProperty("source_model_id", id(self))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME) \
                or data.property("source_model_id") != id(self):
            return False
        src = int(bytes(data.data(ROW_MIME).data()).decode() or -1)
        if not 0 <= src < len(self._items):
            return False
        before = parent.row() if parent.isValid() else (row if row >= 0 else len(self._items))
        self.move(src, before if before <= src else before - 1)
        # We moved the row ourselves; returning False stops the view from also removing
        # the "source" row as it would after a copy-style move.
        return False


class CheckListModel(QAbstractListModel):
    """A list of (key, label) with a check box each: which competencies a question measures."""

    toggled = Signal(str, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, str]] = []
        self._checked: set[str] = set()
        self._warn: set[str] = set()

    def set_entries(self, entries: list[tuple[str, str]], checked: Sequence[str],
                    warn: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._checked = set(checked)
        self._warn = set(warn)
        self.endResetModel()

    def checked(self) -> list[str]:
        return [k for k, _ in self._entries if k in self._checked]

    def key(self, row: int) -> str:
        return self._entries[row][0]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        key, label = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if key in self._checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ForegroundRole and key in self._warn:
            return warn_brush()
        if role == Qt.ItemDataRole.ToolTipRole and key in self._warn:
            return tr("No question in this kit measures this competency yet.")
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self._entries[index.row()][0]
        on = Qt.CheckState(value) == Qt.CheckState.Checked if isinstance(value, int) \
            else value == Qt.CheckState.Checked
        if on:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit(key, on)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)
