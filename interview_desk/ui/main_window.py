"""The main window composes pages and wires actions; the pages do the work."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6 import QtCore
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMetaObject,
    QModelIndex,
    QSize,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QContextMenuEvent,
    QKeySequence,
    QShowEvent,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain import clock
from interview_desk.i18n import QT_TRANSLATE_NOOP
from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import StorageError
from interview_desk.ui import settings
from interview_desk.ui.actions import ActionId, Actions
from interview_desk.ui.dates import shown_when
from interview_desk.ui.debrief_actions import install_debrief_pages
from interview_desk.ui.first_paint import after_first_paint
from interview_desk.ui.i18n import arg, tr
from interview_desk.ui.models import ID_ROLE, USER_ROLE, Column, RowsModel
from interview_desk.ui.ops import Op, OpRunner, ShowsStoredData
from interview_desk.ui.prepare.planning import SessionPlanning
from interview_desk.ui.source_lines import forget_module_sources

if TYPE_CHECKING:
    # The other pages' modules are imported where a page is built or a dialog opened, the
    # File menu's helpers' after the first paint: at start they cost more than building the
    # Sessions page (issue 13).
    from interview_desk.ui.backups import BackupScheduler
    from interview_desk.ui.candidate_export import CandidateExport
    from interview_desk.ui.exchange_actions import ExchangeActions
    from interview_desk.ui.find import FindDialog
    from interview_desk.ui.live.live_view import LiveView
    from interview_desk.ui.prepare.candidate_editor import CandidatesPage
    from interview_desk.ui.prepare.kit_editor import KitsPage
    from interview_desk.ui.prepare.role_editor import RolesPage
    from interview_desk.ui.report_export import ReportExport
    from interview_desk.ui.scorecard_pane import ScorecardDock, ScorecardPane
    from interview_desk.ui.transcribe_recording import TranscribeRecording
    from interview_desk.ui.welcome import Step

#: Rows a table offers its view at first, and more each time it scrolls to the end.
TABLE_BATCH = 400
#: Rows whose text sets the width of a table's columns once its window has painted (first,
#: only the rows on screen). Not fewer: the newest sessions are the planned ones, and 40 rows
#: sized Status to "Planned" (later rows read "Decid…").
SIZE_FROM_ROWS = 100


class TablePage(QWidget, ShowsStoredData):
    """A titled, sortable table over a service call."""

    def __init__(self, title: str, columns: Sequence[Column],
                 load: Callable[[], Sequence[Any]], parent: QWidget | None = None, *,
                 more: Callable[[Any], Sequence[Any]] | None = None) -> None:
        """``load`` reads every row, or with ``more`` the first ``TABLE_BATCH`` (see
        ``RowsModel``)."""
        super().__init__(parent)
        self.model = RowsModel(columns, load, self, batch=TABLE_BATCH, more=more)
        self.view = QTableView(self)
        self.view.setAccessibleName(title)
        # The header shows the titles from a model of Qt's own, and is hidden while the table
        # takes its model: a header over RowsModel asks it for its titles as the table is set
        # up, handing PySide a Qt.Orientation, and making that one enum makes every enum of
        # the Qt namespace (~14 ms) before the first paint (models.py). The table's model
        # still answers for its titles (screen readers ask it).
        header = self.view.horizontalHeader()
        header.setVisible(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setModel(self.model)
        self.titles = QStandardItemModel(0, len(columns), self)
        self.titles.setHorizontalHeaderLabels([tr(column.title) for column in columns])
        header.setModel(self.titles)
        header.setVisible(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAlternatingRowColors(True)
        # Column widths from the first rows, not from every row: the same widths in practice,
        # a fraction of the time on thousands of rows (see showEvent).
        self.view.horizontalHeader().setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.view.verticalHeader().setResizeContentsPrecision(SIZE_FROM_ROWS)
        self._sized = False
        heading = QLabel(f"<h2>{title}</h2>", self)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(heading)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view)

    def showEvent(self, event: QShowEvent) -> None:
        """Size the columns as the page first shows: from the rows on screen, then (once the
        window has painted) from ``SIZE_FROM_ROWS`` rows. The first paint shows only those
        rows, and measuring the others first cost ~15 ms of the start: shaping their text,
        and finding a fallback font for a script none of the rows on screen uses (~10 ms for
        Devanagari where no font has it; issue 13)."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._size_columns(0)  # Qt's "only the visible rows"
            after_first_paint(self.window(), lambda: self._size_columns(SIZE_FROM_ROWS))

    def _size_columns(self, rows: int) -> None:
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(rows)
        self.view.resizeColumnsToContents()
        # The last column stretched again now, not on a later turn of the loop: the first
        # paint showed it only as wide as its text, an empty band beside it.
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)

    def refresh(self) -> None:
        was_empty = self.model.rowCount() == 0
        # A refresh (after an import, a plan, a decision) kept neither the row nor the
        # buttons that act on it: the selected row is found again by its id.
        kept = self.view.currentIndex().data(ID_ROLE) if self.view.selectionModel(
            ).hasSelection() else None
        self.model.refresh()
        if kept is not None:
            self.select_id(kept)
        # Sized once at start, a list that began empty kept header-wide columns ("B… en…").
        # Sized only then: every refresh would cost time and undo widths the user set.
        if was_empty:
            self.view.resizeColumnsToContents()

    def refresh_for(self, changes: Changes) -> None:
        # the sessions list names candidates and roles and shows each session's status
        if changes.touches(Aggregate.SESSIONS, Aggregate.CANDIDATES, Aggregate.ROLES,
                           Aggregate.SCORECARDS, Aggregate.DECISIONS):
            self.refresh()

    def add_action_button(self, action: QAction) -> None:
        """A button beside the heading, and the same action on the table's context menu."""
        button = QToolButton(self)
        button.setDefaultAction(action)  # its text: the action has no icon
        self.buttons.addWidget(button)
        self.view.addAction(action)  # its context menu: see contextMenuEvent
        self.order_tabs()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The table's actions on a right-click (or the Menu key) in it: Qt's
        ActionsContextMenu, which the table passes up here. Not set as the table's policy:
        naming the policy before the first paint would make the Qt namespace's enums
        (see models.py)."""
        if self.view.actions() and self.view.geometry().contains(event.pos()):
            from PySide6.QtWidgets import QMenu

            QMenu.exec(self.view.actions(), event.globalPos(), None, self)
            return
        super().contextMenuEvent(event)

    def order_tabs(self) -> None:
        """Tab visits the buttons beside the heading left to right, then the table: they are
        made after it, and Tab would otherwise go from the table back up to them."""
        row: list[QWidget] = []
        for i in range(self.buttons.count()):
            item = self.buttons.itemAt(i)
            widget = item.widget() if item is not None else None
            # the buttons: asking each widget's focus policy would make the Qt namespace's
            # enums before the first paint (see models.py)
            if isinstance(widget, QAbstractButton):
                row.append(widget)
        for before, after in pairwise([*row, self.view]):
            QWidget.setTabOrder(before, after)

    def select_id(self, ident: str) -> None:
        """Select (and scroll to) the row of ``ident``, e.g. a session just planned."""
        row = self.model.row_of(ident)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def selected(self) -> Any | None:
        """The row object of the selected row, if any."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None


#: Room kept for the window's title bar and side frames, which its own size leaves out.
TITLE_BAR = 32
FRAME = 16
#: Room kept for a taskbar when the screen reports none (an X server without a panel
#: reports the whole screen as available).
TASKBAR = 48


PREFERRED_SIZE = QSize(1280, 720)


def default_size(available: QSize) -> QSize:
    """The first window's size: 1280×720 where that fits with a title bar and a taskbar,
    otherwise the screen's available area less that room (1366×768 at 100 % or 150 %)."""
    return QSize(min(PREFERRED_SIZE.width(), available.width() - FRAME),
                 min(PREFERRED_SIZE.height(), available.height() - TITLE_BAR - TASKBAR))


# The actions of the File menu's helpers (``MainWindow.make_helpers``).
_HELPERS_ACTIONS = (ActionId.EXPORT_PANEL, ActionId.EXPORT_RETURN, ActionId.IMPORT_FILES,
                    ActionId.SIGNING_CODES, ActionId.WATCH_FOLDER, ActionId.EXPORT_CANDIDATE,
                    ActionId.TRANSCRIBE_RECORDING, ActionId.RESTORE_BACKUP)


class _Helpers(NamedTuple):
    exchange: ExchangeActions
    candidate_export: CandidateExport
    transcribe_recording: TranscribeRecording
    backups: BackupScheduler | None


class MainWindow(QMainWindow):
    # on the class: events reach ``event`` while the window is still being built
    _helpers: _Helpers | None = None

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        forget_module_sources()  # the app's modules are imported by now
        self.desk = desk
        app = QCoreApplication.instance()
        if app is not None:  # a quit without a close event still writes everything first
            app.aboutToQuit.connect(self._finish_writes)
        # Every write of this window runs here, on the one writer connection, off this thread.
        self.ops = OpRunner(desk, self)
        self.ops.changed.connect(self.broadcast)
        self.ops.started.connect(self._on_op_started)
        self.ops.ended.connect(self._on_op_ended)
        # the application's display name is added by Qt ("x.db — Interview Desk"): naming it
        # here as well showed it twice
        self.setWindowTitle(str(desk.path.name if desk.path else self.tr("in memory")))
        if desk.read_only:  # chosen on the recovery screen: SQLite refuses every write
            self.setWindowTitle(arg(self.tr("%1 (read-only)"), self.windowTitle()))
            self.statusBar().addPermanentWidget(QLabel(
                self.tr("Opened read-only: nothing you change can be saved.")
                if desk.view_of is None else
                arg(self.tr("Read-only: what could still be read of the damaged %1. "
                            "Nothing you change can be saved."), desk.view_of),
                self))
        self.registry = Actions(self)  # not "actions": that is QWidget.actions()
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget(self)
        # Pages in navigation order; a page is built the first time it is shown (or asked
        # for): building all of them before the window showed cost seconds on a large file.
        self._keys: list[str] = []
        self._pages: dict[str, QWidget] = {}  # the pages built so far
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self.report_export: ReportExport | None = None
        self.scorecard_dock: ScorecardDock | None = None
        self._find_dialog: FindDialog | None = None
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.stack.currentChanged.connect(lambda _i: self._on_page_changed())
        self._build_pages()
        self._early_uses: list[tuple[QAction, QMetaObject.Connection]] = []
        self.setAcceptDrops(True)  # panel and return files: ExchangeActions takes them
        after_first_paint(self, self.make_helpers)
        self._build_menus()
        self._restore()

    # composition
    def add_page(self, key: str, title: str, page: QWidget | Callable[[], QWidget]) -> None:
        """Add a page, or a function that builds it when it is first shown or asked for."""
        if key in self._keys:  # replace in place (e.g. the live view of another session)
            self.nav.item(self._keys.index(key)).setText(title)
            self._factories.pop(key, None)
            self._put(key, page() if callable(page) else page)
            return
        self._keys.append(key)
        item = QListWidgetItem(title, self.nav)
        item.setData(USER_ROLE, key)
        if isinstance(page, QWidget):
            self._pages[key] = page
            self.stack.addWidget(page)
        else:  # an empty stand-in until the page is needed
            self._factories[key] = page
            self.stack.addWidget(QWidget(self.stack))

    def _put(self, key: str, page: QWidget) -> None:
        """Put ``page`` in the stack where ``key``'s stand-in or older page is."""
        index = self._keys.index(key)
        old = self.stack.widget(index)
        assert old is not None  # every key has its widget in the stack, at the same index
        was_current = self.stack.currentWidget() is old
        self._pages[key] = page
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        if was_current:
            self.stack.setCurrentWidget(page)

    def _build(self, key: str) -> QWidget:
        factory = self._factories.pop(key, None)
        if factory is not None:
            self._put(key, factory())
            forget_module_sources()  # a page built late may have imported more
        return self._pages[key]

    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self._build(self._keys[row])  # before it becomes current: no empty frame
        self.stack.setCurrentIndex(row)

    def open_session(self, session_id: str, panelist_id: str | None = None) -> LiveView:
        """Show a session in the live view, the keyboard in its note area."""
        from interview_desk.ui.live.live_view import LiveView

        old = self._live()
        if old is not None and old.session_id == session_id and (
                panelist_id is None or panelist_id == old.state.panelist.id):
            # Already open (a second launch handed it over, say): reopening would flush and
            # reread the note while keys still arrive, and lose those keys.
            self.show_page("live")
            return old
        if old is not None:
            old.prepare_close()  # written before the new view reads them back
        view = LiveView(self.desk, self.ops, session_id, panelist_id, self)  # may raise
        if old is not None:
            old.shutdown()
        view.session_ended.connect(self._on_session_ended)
        self._close_scorecard_dock()  # it belonged to the previous session
        # the page list says whose interview is open (first name: the list is narrow)
        self.add_page("live", arg(
            self.tr("Live: %1"), view.state.candidate.name.split()[0]
            if view.state.candidate.name.split() else self.tr("session")), view)
        self.registry[ActionId.SHOW_LIVE].setEnabled(True)
        self.registry[ActionId.SCORECARD_BESIDE_LIVE].setEnabled(True)
        self.show_page("live")
        view.back_to_note()
        return view

    def open_scorecard(self, session_id: str, panelist_id: str) -> ScorecardPane:
        """Show one panelist's scorecard for a session, ready to rate from the keyboard."""
        from interview_desk.ui.scorecard_pane import ScorecardPane

        pane = ScorecardPane(self.desk, self.ops, session_id, panelist_id, parent=self)
        pane.scorecard_submitted.connect(lambda _pid: self._on_scorecard_submitted(session_id))
        self.add_page("scorecard", self.tr("Scorecard"), pane)
        self.registry[ActionId.SHOW_SCORECARD].setEnabled(True)
        self.show_page("scorecard")
        pane.setFocus()
        return pane

    def _on_scorecard_submitted(self, session_id: str) -> None:
        """Once the panel is complete, the debrief page (Ctrl+7) is about this session, not
        whichever one it showed before."""
        debrief = self._pages.get("debrief")
        show = getattr(debrief, "show_session", None)
        if callable(show) and self.desk.scorecards.seal_state(session_id).is_open:
            show(session_id)

    def toggle_scorecard_dock(self) -> ScorecardDock | None:
        """Show or hide the live panelist's scorecard docked beside the live view."""
        live = self._live()
        if live is None:
            return None
        wanted = (live.session_id, live.state.panelist.id)
        dock = self.scorecard_dock
        if dock is not None and (dock.pane.session_id, dock.pane.card.panelist_id) == wanted:
            dock.setVisible(not dock.isVisible())
            if dock.isVisible():
                dock.pane.setFocus()
            else:
                live.back_to_note()
            return dock
        self._close_scorecard_dock()
        self.show_page("live")
        from interview_desk.ui.scorecard_pane import ScorecardDock

        dock = ScorecardDock(self.desk, self.ops, *wanted, parent=self)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.show()  # a child added to a window already on screen starts hidden
        # the notes keep most of the width; the scorecard needs only its anchors readable
        self.resizeDocks([dock], [360], QtCore.Qt.Orientation.Horizontal)
        dock.back_to_notes.connect(live.back_to_note)  # Esc: the keys go back to the note
        self.scorecard_dock = dock
        dock.pane.setFocus()
        return dock

    def _on_page_changed(self) -> None:
        """The live view gets the width of the page list; the docked scorecard belongs to the
        live session and goes when another page shows (a card docked over another
        candidate's debrief was misread as theirs)."""
        view = self._live()
        live = view is not None and self.stack.currentWidget() is view
        if not live:  # first: the page list and the dock side by side widened the window
            self._close_scorecard_dock()
        self.nav.setVisible(not live)

    def _close_scorecard_dock(self) -> None:
        if self.scorecard_dock is not None:
            self.scorecard_dock.pane.flush()
            self.removeDockWidget(self.scorecard_dock)
            self.scorecard_dock.deleteLater()
            self.scorecard_dock = None

    def _on_session_ended(self, session_id: str, panelist_id: str) -> None:
        # The scorecard moves from the dock to its own page: one pane per card, never two.
        self._close_scorecard_dock()
        self.open_scorecard(session_id, panelist_id)
        # the debrief page (Ctrl+7) is about the session just held, not the last one it showed
        debrief = self._pages.get("debrief")
        show = getattr(debrief, "show_session", None)
        if callable(show):
            show(session_id)
        sessions = self._pages.get("sessions")
        if isinstance(sessions, TablePage):
            sessions.refresh()

    def _close_without_saving(self, live: LiveView) -> bool:
        """Typed words are never dropped silently: closing with unsaved notes is asked."""
        from PySide6.QtWidgets import QMessageBox  # see _on_session_activated

        answer = QMessageBox.warning(
            self, self.tr("Notes not saved"),
            self.tr("Some notes could not be written to the database (%1). They are still on "
                    "screen. Close anyway and lose them?").replace(
                "%1", live.autosave.last_error),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Close

    def _on_session_activated(self, index: QModelIndex) -> None:
        page = self._pages["sessions"]
        assert isinstance(page, TablePage)
        if not index.isValid():
            return
        try:
            self.open_session(page.model.data(index, ID_ROLE))
        except StorageError as exc:  # e.g. deleted meanwhile by another window or an import
            # imported here: the class (and its enums) cost ~1 ms before the first paint
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Interview Desk"), str(exc))

    def _live(self) -> LiveView | None:
        """The live view, once a session has been opened (a purge leaves a note in its place)."""
        page = self._pages.get("live")
        if page is None:
            return None
        from interview_desk.ui.live.live_view import LiveView

        return page if isinstance(page, LiveView) else None

    def _scorecard(self) -> ScorecardPane | None:
        """The scorecard page's pane, once one has been opened (or a purge's note)."""
        page = self._pages.get("scorecard")
        if page is None:
            return None
        from interview_desk.ui.scorecard_pane import ScorecardPane

        return page if isinstance(page, ScorecardPane) else None

    def _showing(self, key: str) -> bool:
        """Whether the page under ``key`` is built and on screen."""
        page = self._pages.get(key)
        return page is not None and self.stack.currentWidget() is page

    def page(self, key: str) -> QWidget:
        """The page under ``key``, built now if it has not been shown yet."""
        return self._build(key)

    def has_page(self, key: str) -> bool:
        """Whether the navigation has ``key`` (built or not yet)."""
        return key in self._keys

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self._keys.index(key))

    def go_to_page(self, key: str) -> None:
        """Show a page and put the keyboard in its list, so arrows and Enter work at once
        (otherwise focus stays wherever it was, e.g. on a button of another page)."""
        if key not in self._keys:  # the live view and the scorecard exist once a session is opened
            return
        self.show_page(key)
        page = self._pages[key]
        view = getattr(page, "view", None)
        live = self._live() if key == "live" else None
        pane = self._scorecard() if key == "scorecard" else None
        if live is not None:
            live.back_to_note()
        elif isinstance(view, QAbstractItemView) and view.isVisible():
            view.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            # Focus made the first row current without selecting it, so the first ↓ went
            # to the second row: the row the keyboard is on is shown selected at once.
            if not view.selectionModel().hasSelection():
                current = view.currentIndex()
                view.setCurrentIndex(current if current.isValid()
                                     else view.model().index(0, 0))
        elif pane is not None:
            pane.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        focus = QApplication.focusWidget()
        if focus is None or not page.isAncestorOf(focus):
            # a page's key puts the keyboard on that page (it stayed in the page list)
            _focus_first_control(page)

    def broadcast(self, changes: Changes) -> None:
        """A write changed stored data: every page refreshes what of it it shows (a page not
        built yet reads it all when it is)."""
        for page in self._pages.values():
            if isinstance(page, ShowsStoredData):
                page.refresh_for(changes)

    def _on_op_started(self, op: Op) -> None:
        if op.label:  # anything slow says what it is doing
            self.statusBar().showMessage(op.label)

    def _on_op_ended(self, op: Op) -> None:
        if op.label and self.statusBar().currentMessage() == op.label:
            self.statusBar().clearMessage()

    def selected_session_id(self) -> str | None:
        """The session selected on the sessions page, if any."""
        page = self._pages.get("sessions")
        if not isinstance(page, TablePage) or not page.view.selectionModel().hasSelection():
            return None
        value = page.view.currentIndex().data(ID_ROLE)
        return str(value) if value else None

    def _status_text(self, status: str) -> str:
        return {"planned": self.tr("Planned"), "live": self.tr("Live"),
                "completed": self.tr("Completed"), "decided": self.tr("Decided")}.get(
            status, status)

    def _build_pages(self) -> None:
        d = self.desk
        sessions = TablePage(
            self.tr("Sessions"),
            [Column(QT_TRANSLATE_NOOP("", "Candidate"), lambda r: r.candidate),
             Column(QT_TRANSLATE_NOOP("", "Role"), lambda r: r.role),
             Column(QT_TRANSLATE_NOOP("", "Status"), lambda r: self._status_text(r.status)),
             Column(QT_TRANSLATE_NOOP("", "Scheduled"), lambda r: shown_when(r.scheduled_at),
                    sort_key=lambda r: r.scheduled_at),
             Column(QT_TRANSLATE_NOOP("", "Location"), lambda r: r.location)],
            lambda: d.session_overview(first=TABLE_BATCH), self,
            more=lambda last: d.session_overview(after=last))
        self.add_page("sessions", self.tr("Sessions"), sessions)
        # Preparation: editors over services (ui/prepare); each asks before losing input.
        self.planning = SessionPlanning(d, self.ops, sessions.view, sessions)
        # the new session is the selected row: Enter opens it, Ctrl+E exports it
        self.planning.planned.connect(sessions.refresh)
        self.planning.planned.connect(sessions.select_id)
        def editor_page(make: Callable[[], CandidatesPage | RolesPage | KitsPage],
                        ) -> Callable[[], QWidget]:
            def build() -> QWidget:
                page = make()
                page.changed.connect(sessions.refresh)  # names shown in the sessions list
                return page
            return build

        def candidates() -> CandidatesPage:
            from interview_desk.ui.prepare.candidate_editor import CandidatesPage

            return CandidatesPage(d.catalog, self.ops, self)

        def roles() -> RolesPage:
            from interview_desk.ui.prepare.role_editor import RolesPage

            return RolesPage(d.catalog, self.ops, self)

        def kits() -> KitsPage:
            from interview_desk.ui.prepare.kit_editor import KitsPage

            return KitsPage(d, self.ops, self)

        self.add_page("candidates", self.tr("Candidates"), editor_page(candidates))
        self.add_page("roles", self.tr("Roles"), editor_page(roles))
        self.add_page("kits", self.tr("Kits"), editor_page(kits))
        sessions.view.activated.connect(self._on_session_activated)
        self.session_actions = install_debrief_pages(self)
        # Enter and double-click start it too, but a button says that it can be done
        self.start_button = QPushButton(self.tr("&Start interview"), sessions)
        self.start_button.setObjectName("start_interview")
        self.start_button.setToolTip(self.tr("Open the selected session in the live view "
                                             "(Enter or double-click on a row)"))
        self.start_button.clicked.connect(
            lambda: self._on_session_activated(sessions.view.currentIndex()))
        sessions.buttons.insertWidget(1, self.start_button)
        # an empty list says what to do rather than show a blank table
        self.sessions_empty = QLabel(self.tr(
            "No interviews yet. Plan one with Plan session… (Ctrl+Shift+N), or open Get "
            "started for a short guided path: role, kit, candidate, plan."), sessions)
        self.sessions_empty.setObjectName("sessions_empty")
        self.sessions_empty.setWordWrap(True)
        layout = sessions.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(sessions.view), self.sessions_empty)
        sessions.model.modelReset.connect(self._on_sessions_listed)
        self._on_sessions_listed()
        def welcome() -> QWidget:
            from interview_desk.ui.welcome import WelcomePage

            return WelcomePage(d, self._first_run_steps(), self)

        self.add_page("welcome", self.tr("Get started"), welcome)

    def _on_sessions_listed(self) -> None:
        sessions = self.page("sessions")
        assert isinstance(sessions, TablePage)
        self.sessions_empty.setVisible(sessions.model.rowCount() == 0)

    def _first_run_steps(self) -> list[Step]:
        """The guided path; each step goes where its piece is made."""
        from interview_desk.ui.prepare.candidate_editor import CandidatesPage
        from interview_desk.ui.prepare.role_editor import RolesPage
        from interview_desk.ui.welcome import Step

        def go(key: str, then: Callable[[QWidget], None] | None = None) -> Callable[[], None]:
            def run() -> None:
                self.show_page(key)
                if then is not None:
                    then(self._pages[key])
            return run

        def new_role(page: QWidget) -> None:
            assert isinstance(page, RolesPage)
            if self.desk.catalog.list_kits():
                page.new_from_kit()  # the kit's competencies, weights and anchors
            else:
                page.new_item()

        def new_candidate(page: QWidget) -> None:
            assert isinstance(page, CandidatesPage)
            page.new_item()

        return [
            Step(self.tr("A role"),
                 self.tr("What the candidate is interviewed for, and the competencies they "
                         "are rated on. Start from the kit's competencies and adjust."),
                 self.tr("Create the role…"), lambda desk: bool(desk.catalog.list_roles()),
                 go("roles", new_role)),
            Step(self.tr("An interview kit"),
                 self.tr("The questions, their sections and timing. A second-interview kit "
                         "comes with the app; adjust it or import your own."),
                 self.tr("Look at the kits"), lambda desk: bool(desk.catalog.list_kits()),
                 go("kits")),
            Step(self.tr("A candidate"),
                 self.tr("Who you interview: contact, what the first round found, and the "
                         "concerns to probe."),
                 self.tr("Add the candidate…"),
                 lambda desk: bool(desk.catalog.list_candidates()),
                 go("candidates", new_candidate)),
            Step(self.tr("The plan"),
                 self.tr("When and where, who is on the panel, and who asks which question."),
                 self.tr("Plan the session…"), lambda desk: bool(desk.sessions.overview()),
                 self.planning.plan_new),
        ]

    def _build_menus(self) -> None:
        a = self.registry
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for ident in (ActionId.EXPORT_PANEL, ActionId.EXPORT_RETURN, ActionId.IMPORT_FILES,
                      ActionId.WATCH_FOLDER, ActionId.SIGNING_CODES):
            file_menu.addAction(a[ident])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.PURGE_OLD])
        a[ActionId.PURGE_OLD].setEnabled(self.desk.path is not None)
        a[ActionId.PURGE_OLD].triggered.connect(self._on_purge)
        file_menu.addAction(a[ActionId.EXPORT_CANDIDATE])
        file_menu.addAction(a[ActionId.TRANSCRIBE_RECORDING])
        file_menu.addAction(a[ActionId.RESTORE_BACKUP])
        # As install_backups sets it: the menu is right before the helpers are made.
        a[ActionId.RESTORE_BACKUP].setEnabled(
            self.desk.path is not None and not self.desk.read_only)
        a[ActionId.WATCH_FOLDER].setCheckable(True)
        for ident in _HELPERS_ACTIONS:
            # Used before the helpers are made (a key pressed while the window first paints):
            # they are made at once, and then given the use.
            action = a[ident]
            self._early_uses.append((action, action.triggered.connect(
                lambda checked=False, action=action: self._use_early(action, checked))))
        file_menu.addSeparator()
        # File → Settings…, on the platform's Preferences key and on Ctrl+, where it has none
        keys = a[ActionId.SETTINGS].shortcuts()  # Ctrl+, (actions.SPECS)
        for binding in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
            if binding not in keys and not binding.isEmpty():
                keys.append(binding)
        a[ActionId.SETTINGS].setShortcuts(keys)
        file_menu.addAction(a[ActionId.SETTINGS])
        a[ActionId.SETTINGS].triggered.connect(self._on_settings)
        file_menu.addAction(a[ActionId.QUIT])
        a[ActionId.QUIT].triggered.connect(self.close)
        view = self.menuBar().addMenu(self.tr("&View"))
        for ident, key in ((ActionId.SHOW_SESSIONS, "sessions"),
                           (ActionId.SHOW_CANDIDATES, "candidates"),
                           (ActionId.SHOW_ROLES, "roles"), (ActionId.SHOW_KITS, "kits"),
                           (ActionId.SHOW_LIVE, "live"), (ActionId.SHOW_SCORECARD, "scorecard"),
                           (ActionId.SHOW_DEBRIEF, "debrief"),
                           (ActionId.SHOW_ROLE_COMPARISON, "role_comparison"),
                           (ActionId.SHOW_OVERDUE, "overdue"),
                           (ActionId.SHOW_CALIBRATION, "calibration")):
            view.addAction(a[ident])
            a[ident].triggered.connect(lambda _=False, k=key: self.go_to_page(k))
            a[ident].setEnabled(key in self._keys)  # live, scorecard: once opened
        view.addAction(a[ActionId.SCORECARD_BESIDE_LIVE])
        a[ActionId.SCORECARD_BESIDE_LIVE].triggered.connect(self.toggle_scorecard_dock)
        a[ActionId.SCORECARD_BESIDE_LIVE].setEnabled(False)
        view.addSeparator()
        view.addAction(a[ActionId.FIND])
        a[ActionId.FIND].triggered.connect(lambda _=False: self.find_dialog.open_fresh())
        a[ActionId.FIND_OUTSIDE_TEXT].triggered.connect(self._on_find_outside_text)

        reports = self.menuBar().addMenu(self.tr("Re&ports"))
        sessions = self.page("sessions")
        assert isinstance(sessions, TablePage)
        for ident, handler in ((ActionId.EXPORT_SESSION_REPORT, self._on_export_session_report),
                               (ActionId.EXPORT_ROLE_REPORT, self._on_export_role_report)):
            reports.addAction(a[ident])
            sessions.add_action_button(a[ident])
            a[ident].triggered.connect(handler)
        sessions.view.selectionModel().selectionChanged.connect(self._on_session_selected)
        # a reset (refresh, import) clears the selection without saying so
        sessions.model.modelReset.connect(self._on_session_selected)
        self.stack.currentChanged.connect(lambda _i: self._on_session_selected())
        self._on_session_selected()

    # The File menu's helpers (exchange, candidate export, transcription, backups) are made
    # once the window has painted: their modules cost ~10 ms that the first paint need not wait
    # for (issue 13). Whatever needs one before then makes them at once.
    def event(self, event: QEvent) -> bool:
        if self._helpers is None and event.type() in (QEvent.Type.DragEnter,
                                                      QEvent.Type.Drop):
            # files dropped before then: the exchange (an event filter from now on) takes them
            return self.make_helpers().exchange.eventFilter(self, event) or super().event(event)
        return super().event(event)

    def make_helpers(self) -> _Helpers:
        if self._helpers is not None:
            return self._helpers
        from interview_desk.ui.backups import install_backups
        from interview_desk.ui.candidate_export import CandidateExport
        from interview_desk.ui.exchange_actions import ExchangeActions
        from interview_desk.ui.transcribe_recording import TranscribeRecording

        for action, connection in self._early_uses:
            action.triggered.disconnect(connection)
        self._early_uses.clear()
        a = self.registry
        self._helpers = _Helpers(
            ExchangeActions(self, self.desk, self.ops, a, self.selected_session_id),
            CandidateExport(self, self.desk, self.ops, a[ActionId.EXPORT_CANDIDATE]),
            TranscribeRecording(self, self.desk, self.ops, a[ActionId.TRANSCRIBE_RECORDING],
                                self.selected_session_id),
            install_backups(self, self.desk, self.ops, a[ActionId.RESTORE_BACKUP], MainWindow))
        forget_module_sources()  # the helpers' modules are imported by now
        return self._helpers

    def _use_early(self, action: QAction, checked: bool) -> None:
        self.make_helpers()
        # now to the helper; emitted, not triggered, so a checkable action is not toggled twice
        action.triggered[bool].emit(checked)  # type: ignore[index]  # the bool overload

    @property
    def exchange(self) -> ExchangeActions:
        return self.make_helpers().exchange

    @property
    def candidate_export(self) -> CandidateExport:
        return self.make_helpers().candidate_export

    @property
    def transcribe_recording(self) -> TranscribeRecording:
        return self.make_helpers().transcribe_recording

    @property
    def backups(self) -> BackupScheduler | None:
        return self.make_helpers().backups

    # The dialogs' modules load when first opened (start-up time, issue 13).
    def _on_purge(self) -> None:
        from interview_desk.ui.purge_dialog import open_purge

        open_purge(self)

    def _on_settings(self) -> None:
        from interview_desk.ui.settings_dialog import open_settings

        open_settings(self)

    @property
    def find_dialog(self) -> FindDialog:
        """Find (Ctrl+K), made the first time it is asked for."""
        if self._find_dialog is None:
            from interview_desk.ui.find import make_find_dialog

            self._find_dialog = make_find_dialog(self)
        return self._find_dialog

    def _on_find_outside_text(self) -> None:
        from interview_desk.ui.find import find_outside_text

        find_outside_text(self.find_dialog)

    def _debrief_export_button(self) -> QPushButton | None:
        """The Debrief page's export button while that page is shown: there Ctrl+E means
        the session on screen, not a row selected on another page."""
        page = self._pages.get("debrief")
        button = getattr(page, "export_button", None)
        if page is None or self.stack.currentWidget() is not page \
                or not isinstance(button, QPushButton):
            return None
        return button

    def _on_session_selected(self) -> None:
        sessions = self.page("sessions")
        assert isinstance(sessions, TablePage)
        chosen = sessions.selected() is not None
        # what acts on "the selected session" is greyed while there is none
        for button in (self.start_button, self.planning.edit_button,
                       self.session_actions.scorecard_button,
                       self.session_actions.debrief_button):
            button.setEnabled(chosen)
        enabled = self.desk.path is not None and chosen
        debrief = self._debrief_export_button()
        on_kits = self._showing("kits")
        self.registry[ActionId.EXPORT_SESSION_REPORT].setEnabled(
            debrief.isEnabled() if debrief is not None else on_kits or enabled)
        self.registry[ActionId.EXPORT_ROLE_REPORT].setEnabled(enabled)

    def _on_export_session_report(self) -> None:
        debrief = self._debrief_export_button()
        if debrief is not None:
            debrief.click()
            return
        if self._showing("kits"):  # Ctrl+E exports what is on screen: there, the kit
            from interview_desk.ui.prepare.kit_editor import KitsPage

            kits = self._pages["kits"]
            assert isinstance(kits, KitsPage)
            kits.choose_export()
            return
        sessions = self.page("sessions")
        assert isinstance(sessions, TablePage)
        row = sessions.selected()
        if row is None or self.desk.path is None:
            return
        from interview_desk.ui.report_export import export_session_report

        self.report_export = export_session_report(
            self, self.ops, row.id,
            suggested=arg(self.tr("%1 – %2 – %3 – interview report", "a file name"),
                          row.candidate, row.role, row.scheduled_at[:10]))

    def _on_export_role_report(self) -> None:
        sessions = self.page("sessions")
        assert isinstance(sessions, TablePage)
        row = sessions.selected()
        if row is None or self.desk.path is None:
            return
        from interview_desk.ui.report_export import export_role_report

        self.report_export = export_role_report(
            self, self.ops, row.role_id,
            suggested=arg(self.tr("%1 – comparison – %2", "a file name"), row.role,
                          f"{clock.now():%Y-%m-%d}"))

    # persistence of the window, not of interview data
    def _restore(self) -> None:
        geometry = settings.get(settings.MAIN_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            size = default_size(self.screen().availableGeometry().size())
            self.resize(size)
            if size != PREFERRED_SIZE:
                # A small (or scaled) screen: all of it, as the desktop's own maximised
                # window leaves its taskbar and title bar room.
                self.setWindowState(self.windowState() | QtCore.Qt.WindowState.WindowMaximized)
        self._keep_on_screen()
        last = settings.get(settings.LAST_PAGE)
        sessions = self._pages["sessions"]
        assert isinstance(sessions, TablePage)
        # a first run: the welcome, not a blank table (a listed session says it is none)
        if sessions.model.rowCount() == 0:
            from interview_desk.ui.welcome import is_empty

            if is_empty(self.desk):
                last = "welcome"
        self.show_page(last if last in self._keys else "sessions")

    def _keep_on_screen(self) -> None:
        """A geometry saved on a larger (or less scaled) screen is shrunk and moved back."""
        if self.isMaximized() or self.isFullScreen():
            return
        area = self.screen().availableGeometry()
        room = area.size() - QSize(FRAME, TITLE_BAR)
        size = self.size().boundedTo(room)
        if size != self.size():
            self.resize(size)
        frame = self.frameGeometry()
        x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
        y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(max(x, area.x()), max(y, area.y()))

    def closeEvent(self, event: QCloseEvent) -> None:
        # An editor with unsaved input asks Save / Discard / Cancel; Cancel keeps the window.
        for page in self._pages.values():
            maybe_leave = getattr(page, "maybe_leave", None)
            if maybe_leave is not None and not maybe_leave():
                event.ignore()
                return
        live = self._live()
        if live is not None:
            if not live.prepare_close() and not self._close_without_saving(live):
                event.ignore()
                return
            live.shutdown()
        self._finish_writes()
        settings.put(settings.MAIN_GEOMETRY, bytes(self.saveGeometry().data()))
        current = self.nav.currentItem()
        if current is not None:
            settings.put(settings.LAST_PAGE, current.data(USER_ROLE))
        if self.backups is not None:  # after the notes above are written
            self.backups.take_on_close()
        super().closeEvent(event)

    def _finish_writes(self) -> None:
        """Flush what the pages hold, then let the runner finish its queue and close its
        connection: all before the app closes its own desk."""
        if self.ops.closed:
            return
        live = self._live()
        if live is not None:
            live.shutdown()
        # The scorecard page, the dock and any scorecard window opened from the Sessions page:
        # none exists unless its module was loaded, and quitting need not load it.
        scorecards = sys.modules.get("interview_desk.ui.scorecard_pane")
        if scorecards is not None:
            for pane in self.findChildren(scorecards.ScorecardPane):
                pane.flush()
        self.ops.close()


def _focus_first_control(page: QWidget) -> None:
    """Focus the first control of ``page`` that Tab would reach."""
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus):
            widget.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()
