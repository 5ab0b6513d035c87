"""Qt models that adapt service results; they never own the data of record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from interview_desk.ui.i18n import tr

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    title: str  # source text; the header shows it translated
    value: Callable[[Any], Any]
    # What a QSortFilterProxyModel on SORT_ROLE compares (numbers as numbers); default: the text
    sort_key: Callable[[Any], Any] | None = None


class RowsModel(QAbstractTableModel):
    """A read-only table over whatever ``load()`` returns; ``refresh()`` asks again.

    Without ``load`` the owner hands rows in with ``set_rows``. Each row object must have an
    ``id`` attribute or key, offered under ``ID_ROLE``.
    """

    def __init__(self, columns: Sequence[Column],
                 load: Callable[[], Sequence[Any]] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._load = load
        self._rows: list[Any] = []
        self.refresh()

    def refresh(self) -> None:
        if self._load is not None:
            self.set_rows(self._load())

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        """Rows that arrived later (a read in parts): added below, the view keeps its place."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    @property
    def rows(self) -> list[Any]:
        return self._rows

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        obj = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._columns[index.column()].value(obj)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            column = self._columns[index.column()]
            return (column.sort_key or column.value)(obj)
        if role == ID_ROLE:
            return obj.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self._columns[section].title)
        return None
