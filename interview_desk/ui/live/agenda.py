"""The live agenda: sections and their questions, each with its progress mark.

An item model built from the live state (``LiveSession.agenda()``); it holds only what it shows,
the state stays in the ``LiveSession``. Rows carry the agenda item's id under ``ITEM_ROLE``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView, QWidget

from interview_desk.domain.live import AgendaItem, LiveSession
from interview_desk.domain.model import NoteState
from interview_desk.ui.live.look import roomy

ITEM_ROLE = Qt.ItemDataRole.UserRole + 7


def progress_mark(state: LiveSession, item: AgendaItem, current: bool) -> str:
    """▶ current, ✓ asked, ↷ skipped, ✎ written in, · not yet."""
    note = state.notes.get(item.id)
    if current:
        return "▶"
    if note is not None and note.state is NoteState.ASKED:
        return "✓"
    if note is not None and note.state is NoteState.SKIPPED:
        return "↷"
    if note is not None and not note.is_empty():
        return "✎"
    return "·"


MINE = "● "  # the questions this panelist asks


def is_mine(state: LiveSession, item: AgendaItem) -> bool:
    """Asked by this panelist: assigned to them, or an ad-hoc question they added."""
    if item.adhoc is not None:
        return item.adhoc.panelist_id == state.panelist.id
    asker = state.asker(item.id)
    return asker is not None and asker.id == state.panelist.id


class AgendaModel(QStandardItemModel):
    """Sections (bold, jumping to their first question) over their questions."""

    def rebuild(self, agenda: list[AgendaItem]) -> None:
        self.clear()
        sections: dict[str, QStandardItem] = {}
        for item in agenda:
            parent = sections.get(item.section.id)
            if parent is None:
                parent = _row(item.section.title)
                f = parent.font()
                f.setBold(True)
                parent.setFont(f)
                parent.setData(item.id, ITEM_ROLE)  # Enter on a section jumps to its start
                self.appendRow(parent)
                sections[item.section.id] = parent
            child = _row("")
            child.setData(item.id, ITEM_ROLE)
            child.setToolTip(item.text)
            parent.appendRow(child)

    def refresh_marks(self, state: LiveSession, agenda: list[AgendaItem],
                      current_id: str | None) -> QModelIndex:
        """Rewrite every question's mark; returns the current question's index (or invalid)."""
        flagged = {f.question_id for f in state.flags}
        by_id = {i.id: i for i in agenda}
        found = QModelIndex()
        for s in range(self.rowCount()):
            section = self.item(s)
            for c in range(section.rowCount()):
                child = section.child(c)
                item = by_id[child.data(ITEM_ROLE)]
                current = item.id == current_id
                prefix = "＋ " if item.adhoc else ""
                # before the text: a long question is elided at its end, and the flag with it
                flag = "⚑ " if item.id in flagged else ""
                mine = MINE if is_mine(state, item) else ""
                child.setText(f"{progress_mark(state, item, current)} {mine}{flag}{prefix}"
                              f"{item.text}")
                f = child.font()
                f.setBold(current)
                child.setFont(f)
                if current:
                    found = child.index()
        return found

    def item_id(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        value = index.data(ITEM_ROLE)
        return str(value) if value else None


class AgendaTree(QTreeView):
    """The agenda's view: no header, no root decoration, long questions elided."""

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda")
        self.setAccessibleName(self.tr("Agenda"))
        self.setModel(model)
        self.setHeaderHidden(True)
        # 270 px when there is room; less beside a docked scorecard or on a 1366 screen at 150 %
        self.setMinimumWidth(150)
        self.setMaximumWidth(270)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setRootIsDecorated(False)

    def sizeHint(self) -> QSize:
        # the layout hands out the preferred width when the screen has room
        return QSize(self.maximumWidth() if roomy(self) else self.minimumWidth(),
                     super().sizeHint().height())

    def show_only(self, visible: set[str] | None) -> None:
        """Hide every question whose id is not in ``visible`` (None: show all), and the
        sections left empty."""
        model = self.model()
        assert isinstance(model, AgendaModel)
        for s in range(model.rowCount()):
            section = model.item(s)
            shown = 0
            for c in range(section.rowCount()):
                hide = visible is not None and section.child(c).data(ITEM_ROLE) not in visible
                self.setRowHidden(c, section.index(), hide)
                shown += not hide
            self.setRowHidden(s, QModelIndex(), shown == 0)

    def show_current(self, index: QModelIndex) -> None:
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)


def _row(text: str) -> QStandardItem:
    row = QStandardItem(text)
    row.setEditable(False)  # F2 flags a moment; it must never start editing a row
    return row
