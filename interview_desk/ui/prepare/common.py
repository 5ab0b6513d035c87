"""What every preparation editor shares: a draft with a dirty flag, save/revert, the
"unsaved changes" question, an orderable list with its buttons, and the list-plus-editor page.

Saves and deletes run on the window's op runner, off the UI thread; the editor waits for the
answer (painting, timers and autosave go on meanwhile) because "Save" in the unsaved-changes
question must know whether it worked before the page moves on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.ui.actions import ActionId, page_action
from interview_desk.ui.i18n import arg
from interview_desk.ui.look import Tone, banner_style, tint
from interview_desk.ui.models import ID_ROLE, Column, RowsModel
from interview_desk.ui.ops import OpError, OpRunner, ShowsStoredData
from interview_desk.ui.prepare.models import DraftListModel

Button = QMessageBox.StandardButton


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before something that cannot be undone; No is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.Yes | Button.No, parent)
    box.setDefaultButton(Button.No)
    return box.exec() == Button.Yes


def tell(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


class Banner(QLabel):
    """An inline message above a form (errors in red, notes in amber); hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, Tone.ERROR)

    def show_note(self, text: str) -> None:
        self._show(text, Tone.WARNING)

    def _show(self, text: str, tone: Tone) -> None:
        tint(self, lambda: banner_style(tone, self))
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def table_view(model: Any, parent: QWidget, *, reorderable: bool = False,
               stretch_column: int = 0, object_name: str = "") -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setObjectName(object_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    if reorderable:
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
    return view


class OrderedList(QWidget):
    """A draft list with Add / Remove / Move up / Move down (buttons and Alt+↑/Alt+↓)."""

    current_changed = Signal(int)  # row, -1 for none
    added = Signal(int)  # row of a new item: editors move the focus to its first field

    def __init__(self, model: DraftListModel, make: Callable[[], Any], parent: QWidget,
                 *, add_text: str, list_name: str, stretch_column: int = 0,
                 object_name: str = "") -> None:
        super().__init__(parent)
        self.model = model
        self._make = make
        self.view = table_view(model, self, reorderable=True, stretch_column=stretch_column,
                               object_name=object_name)
        # a screen reader names the list by what it holds, as the Add button does (whole
        # phrases from the editor: a language may decline the noun)
        self.view.setAccessibleName(list_name)
        self.add_button = QPushButton(add_text, self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.undo_button = QPushButton(self.tr("Undo remove"), self)
        self.undo_button.setToolTip(self.tr("Put back what was removed last (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self._removed: list[tuple[int, Any]] = []  # (row, item), newest last
        self.up_button = QPushButton("▲", self)
        self.down_button = QPushButton("▼", self)
        self.up_button.setToolTip(self.tr("Move up (Alt+Up, or drag)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down, or drag)"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        for b in (self.up_button, self.down_button):
            b.setFixedWidth(b.fontMetrics().horizontalAdvance("▲") + 24)
        all_buttons = (self.add_button, self.remove_button, self.undo_button, self.up_button,
                       self.down_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in all_buttons:
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_current)
        self.undo_button.clicked.connect(self.undo_remove)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        # Only while the table has focus, so Alt+arrows stay free elsewhere.
        for ident, step in ((ActionId.MOVE_UP, -1), (ActionId.MOVE_DOWN, +1)):
            action = page_action(ident, self.view, Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, s=step: self.move_current(s))
        page_action(ActionId.REMOVE_ROW, self.view, Qt.ShortcutContext.WidgetShortcut
                    ).triggered.connect(self.remove_current)
        page_action(ActionId.UNDO_REMOVE, self.view, Qt.ShortcutContext.WidgetShortcut
                    ).triggered.connect(self.undo_remove)
        # a new draft (reset) starts with nothing to undo
        model.modelReset.connect(self._forget_removed)
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.current_changed.emit(cur.row()))
        model.modelReset.connect(lambda: self.current_changed.emit(self.current_row()))
        model.rowsMoved.connect(lambda *_: self.current_changed.emit(self.current_row()))

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.view.selectionModel().clearCurrentIndex()
            self.current_changed.emit(-1)

    def add(self) -> None:
        row = self.current_row()
        row = self.model.insert(row + 1 if row >= 0 else self.model.rowCount(), self._make())
        self.select(row)
        self.view.setFocus()
        self.added.emit(row)

    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self._removed.append((row, self.model.remove(row)))
        self.undo_button.setEnabled(True)
        self.select(min(row, self.model.rowCount() - 1))

    def undo_remove(self) -> None:
        """Put the last removed item back where it was (removals stay undoable until Save)."""
        if not self._removed:
            return
        row, item = self._removed.pop()
        self.select(self.model.insert(row, item))
        self.undo_button.setEnabled(bool(self._removed))

    def _forget_removed(self) -> None:
        self._removed.clear()
        self.undo_button.setEnabled(False)

    def move_current(self, step: int) -> None:
        row = self.current_row()
        if row >= 0 and self.model.move(row, row + step):
            self.select(row + step)


class DraftEditor(QWidget):
    """An editor over one draft; nothing is stored until Save, and nothing typed is lost:
    leaving with unsaved changes asks Save / Discard / Cancel."""

    saved = Signal(str)  # id of what was stored
    dirty_changed = Signal(bool)

    def __init__(self, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._dirty = False
        self._loading = False
        self._stored_id: str | None = None  # what the draft was loaded from; None when new
        self.banner = Banner(self)
        self.button_bar: QWidget | None = None  # made by button_row()
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        save = page_action(ActionId.SAVE, self)
        save.triggered.connect(self.save)

    def button_row(self, *extra: QWidget) -> QHBoxLayout:
        """Revert and Save in a bar (``button_bar``) that a page may keep in view."""
        bar = self.button_bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        for w in extra:
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        outer = QHBoxLayout()
        outer.addWidget(bar)
        return outer

    # dirty flag
    def is_dirty(self) -> bool:
        return self._dirty

    def touch(self, *_: Any) -> None:
        """Connected to every edit signal; ignored while a draft is being loaded."""
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.save_button.setEnabled(dirty)
            self.revert_button.setEnabled(dirty)
            self.dirty_changed.emit(dirty)

    # to implement
    def has_draft(self) -> bool:
        raise NotImplementedError

    def write(self) -> Callable[[Desk], Any]:
        """The save, prepared on the UI thread: a function of the writer's desk that sends the
        draft to its service (off the UI thread; the draft is not edited meanwhile)."""
        raise NotImplementedError

    def written(self, value: Any) -> str:
        """Back on the UI thread after the write worked: return the stored id."""
        raise NotImplementedError

    def write_refused(self, error: OpError) -> None:
        """Back on the UI thread after the write failed (the banner shows why)."""

    def changes(self) -> Changes:
        """What a save changes, for the other pages."""
        raise NotImplementedError

    def load(self, ident: str) -> None:
        """Make a draft of the stored record ``ident``."""
        raise NotImplementedError

    def _clear(self) -> None:
        """Show no draft."""
        raise NotImplementedError

    def reload(self) -> None:
        """Load the stored state of the current draft again (or clear)."""
        if self._stored_id:
            self.load(self._stored_id)
        else:
            self._clear()

    def subject(self) -> str:
        """What is being edited, for the unsaved-changes question."""
        return ""

    # save / revert / leave
    def save(self) -> bool:
        if not self.has_draft():
            return False
        self.commit_pending_edits()
        if not self._dirty and self._stored_id:
            # Nothing changed: storing again would, for a kit in use, mint an empty version.
            return True
        write = self.write()
        op = self.ops.run(lambda desk, _report: write(desk), changes=self.changes())
        self.ops.wait(op)
        if op.error is not None:
            self.write_refused(op.error)
            self.banner.show_error(op.error.message)
            return False
        ident = self.written(op.value)
        self.banner.clear_message()
        self._set_dirty(False)
        self.saved.emit(ident)
        return True

    def commit_pending_edits(self) -> None:
        """Close any open in-place editor so its text reaches the draft before saving."""
        editor = QApplication.focusWidget()
        if editor is None:
            return
        for view in self.findChildren(QTableView):
            # An in-place editor is a child of the viewport and has the focus while open.
            if view.state() == QAbstractItemView.State.EditingState \
                    and editor.parentWidget() is view.viewport():
                view.commitData(editor)
                view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def refresh_choices(self) -> None:
        """Reload lists offered by combo boxes (roles, kits...) that other pages may change."""

    def forget(self) -> None:
        """The stored item is gone (deleted): drop the draft."""
        self._stored_id = None
        self.revert()

    def revert(self) -> None:
        self.banner.clear_message()
        self.reload()
        self._set_dirty(False)

    def maybe_leave(self) -> bool:
        """True when it is safe to show something else (saved, discarded or clean)."""
        self.commit_pending_edits()
        if not self._dirty:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
            arg(self.tr("%1 has unsaved changes. Save them?"),
                self.subject() or self.tr("This item")),
            Button.Save | Button.Discard | Button.Cancel, self)
        box.setDefaultButton(Button.Save)
        answer = box.exec()
        if answer == Button.Save:
            return self.save()
        if answer == Button.Discard:
            self.revert()
            return True
        return False


class MasterDetailPage(QWidget, ShowsStoredData):
    """A searchable list of stored items beside the editor of the selected one."""

    changed = Signal()  # something was stored or deleted
    shows: tuple[Aggregate, ...] = ()  # what a write elsewhere must change to reload the list

    def __init__(self, title: str, columns: Sequence[Column],
                 load: Callable[[str], Sequence[Any]], editor: DraftEditor,
                 parent: QWidget | None = None, *, search: bool = False,
                 new_text: str = "") -> None:
        super().__init__(parent)
        self.editor = editor
        self._load = load
        self._restoring = False
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setVisible(search)
        self.search.setObjectName("search")
        self.search.setAccessibleName(arg(self.tr("Search %1"), title))
        self.model = RowsModel(columns, lambda: load(self.search.text()), self)
        self.view = table_view(self.model, self, object_name="master_list")
        self.view.setAccessibleName(title)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        # names first and whole; the last column takes what is left
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(new_text or self.tr("&New"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.tools = QHBoxLayout()
        self.tools.addWidget(self.new_button)
        self.tools.addWidget(self.delete_button)
        self.tools.addStretch(1)
        self.more_tools = QHBoxLayout()  # a second row for page-specific buttons
        new_action = page_action(ActionId.NEW_ITEM, self)
        new_action.triggered.connect(self.new_item)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<h2>{title}</h2>", left)
        lv.addWidget(heading)
        lv.addWidget(self.search)
        lv.addWidget(self.view, 1)
        lv.addLayout(self.tools)
        lv.addLayout(self.more_tools)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Editor"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # scrolls sideways rather than cut the form's right edge off on a narrow (or 150 %)
        # screen
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(editor)
        editor_layout = editor.layout()
        if editor_layout is not None:
            editor_layout.setContentsMargins(8, 0, 4, 0)
            editor_layout.setSpacing(4)  # room for a banner at 1366×768 without scrolling
        # The banner and Save/Revert stay in view while the form scrolls: on a 768-pixel
        # screen an error banner pushed them below the fold.
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(editor.banner)
        rv.addWidget(scroll, 1)
        if editor.button_bar is not None:
            rv.addWidget(editor.button_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        splitter.setSizes([250, 950])
        left.setMinimumWidth(220)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.search.textChanged.connect(self._on_search)
        self.new_button.clicked.connect(self.new_item)
        self.delete_button.clicked.connect(self.delete_current)
        editor.saved.connect(self._on_saved)
        self._current_id: str | None = None

    def select_first(self) -> None:
        """Open the first item, or an empty editor when there is none (call once built)."""
        if self.model.rowCount():
            self.select_id(self.model.data(self.model.index(0, 0), ID_ROLE))
        else:
            self.editor.reload()

    def set_list_width(self, width: int) -> None:
        total = sum(self.splitter.sizes()) or 1200
        self.splitter.setSizes([width, max(total - width, 400)])

    # selection
    def current_id(self) -> str | None:
        return self._current_id

    def select_id(self, ident: str | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.data(self.model.index(row, 0), ID_ROLE) == ident:
                self.view.selectRow(row)
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        ident = self.model.data(current, ID_ROLE)
        if ident == self._current_id:
            return
        if not self.editor.maybe_leave():
            self._restoring = True
            self.select_id(self._current_id)
            self._restoring = False
            return
        self._current_id = ident
        self.open_item(ident)

    def _on_search(self) -> None:
        self._restoring = True
        self.model.refresh()
        self.select_id(self._current_id)
        self._restoring = False

    def _on_saved(self, ident: str) -> None:
        self._current_id = ident
        self._restoring = True
        self.model.refresh()
        self.select_id(ident)
        self._restoring = False
        self.changed.emit()

    def refresh(self) -> None:
        """Reload the list (other pages may have changed names); keep the selection."""
        self._on_search()

    def refresh_for(self, changes: Changes) -> None:
        if changes.touches(*self.shows):
            self.refresh()

    def forget_items(self, idents: set[str]) -> None:
        """Items deleted elsewhere (e.g. purged): the editor lets go of one it shows."""
        if self._current_id in idents:
            self.editor.forget()
            self._current_id = None
            self.model.refresh()
            self.select_first()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        if not self.editor.is_dirty():
            self.editor.refresh_choices()
        super().showEvent(event)

    # to implement
    def open_item(self, ident: str) -> None:
        raise NotImplementedError

    def start_new(self) -> None:
        raise NotImplementedError

    def delete_item(self, ident: str) -> Callable[[Desk], object]:
        """The delete: a function of the writer's desk."""
        raise NotImplementedError

    def describe(self, ident: str) -> str:
        return ""

    # actions
    def new_item(self) -> None:
        if not self.editor.maybe_leave():
            return
        self._restoring = True
        self.view.clearSelection()
        self.view.setCurrentIndex(QModelIndex())
        self._restoring = False
        self._current_id = None
        self.start_new()

    def delete_current(self) -> None:
        ident = self._current_id
        if ident is None:
            return
        if not confirm(self, self.tr("Delete"),
                       arg(self.tr("Delete %1? This cannot be undone."),
                           self.describe(ident))):
            return
        delete = self.delete_item(ident)
        op = self.editor.ops.run(lambda desk, _report: delete(desk),
                                 changes=self.editor.changes())
        self.editor.ops.wait(op)
        if op.error is not None:
            self.editor.banner.show_error(op.error.message)
            return
        self.editor.forget()
        self._current_id = None
        self.model.refresh()
        self.changed.emit()
        self.select_first()

    def maybe_leave(self) -> bool:
        return self.editor.maybe_leave()


class EditorDialog(QDialog):
    """A dialog around one ``DraftEditor``: closing it (Esc, the window's ×, Cancel) with
    unsaved changes asks Save / Discard / Cancel first, so typing is never lost."""

    editor: DraftEditor

    def reject(self) -> None:
        if self.editor.maybe_leave():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor.maybe_leave():
            event.accept()
        else:
            event.ignore()
