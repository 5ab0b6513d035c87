"""Qt models that adapt service results; they never own the data of record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

from interview_desk.ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# ``Qt`` is named only where it is used: the first use of ``QtCore.Qt`` makes PySide create
# every enum of the Qt namespace (~90 Python enums, ~14 ms), which the first window's
# Sessions list need not wait for (issue 13). Its item roles, as the plain ints Qt defines
# (tests/ui/test_models.py checks them), are compared on every call of ``data``.
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOL_TIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
ID_ROLE = USER_ROLE + 1
SORT_ROLE = USER_ROLE + 2
AnyIndex = QModelIndex | QPersistentModelIndex
_ANSWERED = frozenset({DISPLAY_ROLE, TOOL_TIP_ROLE, SORT_ROLE, ID_ROLE})


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

    With ``batch`` the view is offered that many rows at first and more as it scrolls
    (``canFetchMore``/``fetchMore``): a view lays out, sizes and paints only what it has, and
    years of sessions are thousands of rows. With ``more`` as well, ``load()`` reads only the
    first ``batch`` rows and ``more(last_row)`` every row after them, when the view scrolls
    past them or a row or ``rows`` is asked for: reading years of sessions in full cost more
    than showing the window.
    """

    def __init__(self, columns: Sequence[Column],
                 load: Callable[[], Sequence[Any]] | None = None, parent: Any = None,
                 *, batch: int | None = None,
                 more: Callable[[Any], Sequence[Any]] | None = None) -> None:
        super().__init__(parent)
        assert more is None or batch is not None, "the first rows are a batch"
        self._columns = list(columns)
        self._load = load
        self._batch = batch
        self._more = more
        self._rows: list[Any] = []
        self._complete = True  # every row is in _rows (offered to views or not)
        self._shown = 0  # rows offered to views so far
        self.refresh()

    def refresh(self) -> None:
        if self._load is not None:
            self.set_rows(self._load())

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # a full first batch from a partial load: there may be more
        self._complete = self._more is None or len(self._rows) < (self._batch or 0)
        self._shown = min(len(self._rows), self._batch or len(self._rows))
        self.endResetModel()

    def _read_the_rest(self) -> None:
        """The rows after those a partial load gave (not yet offered to views)."""
        if not self._complete and self._more is not None:
            self._rows.extend(self._more(self._rows[-1]))
            self._complete = True

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and (self._shown < len(self._rows) or not self._complete)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        self._read_the_rest()
        self.show_up_to(self._shown + (self._batch or len(self._rows)) - 1)

    def show_up_to(self, row: int) -> None:
        """Offer views every row up to ``row`` (e.g. to select one further down)."""
        last = min(row, len(self._rows) - 1)
        if last < self._shown:
            return
        self.beginInsertRows(QModelIndex(), self._shown, last)
        self._shown = last + 1
        self.endInsertRows()

    def row_of(self, ident: Any) -> int | None:
        """The row of the object with ``ident`` (offered to views by now), if any."""
        self._read_the_rest()
        for row, obj in enumerate(self._rows):
            if obj.id == ident:
                self.show_up_to(row)
                return row
        return None

    def append_rows(self, rows: Sequence[Any]) -> None:
        """Rows that arrived later (a read in parts): added below, the view keeps its place."""
        if not rows:
            return
        self._read_the_rest()
        if self._shown < len(self._rows):  # still offered in batches: these come last
            self._rows.extend(rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._shown = len(self._rows)
        self.endInsertRows()

    @property
    def rows(self) -> list[Any]:
        """Every row (read in full now if a partial load left some unread)."""
        self._read_the_rest()
        return self._rows

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        # The role first: a view asks about seven of every cell it paints (font, colours,
        # icon…), through a proxy, and most are none of these.
        if role not in _ANSWERED:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < self._shown:
            return None
        obj = self._rows[row]
        if role == SORT_ROLE:
            column = self._columns[index.column()]
            return (column.sort_key or column.value)(obj)
        if role == ID_ROLE:
            return obj.id
        value = self._columns[index.column()].value(obj)
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY_ROLE) -> Any:
        if role == DISPLAY_ROLE and orientation == QtCore.Qt.Orientation.Horizontal:
            return tr(self._columns[section].title)
        return None
