"""The main window composes pages and wires actions; the pages do the work."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interview_desk.services.desk import Desk
from interview_desk.ui import settings
from interview_desk.ui.actions import ActionId, Actions
from interview_desk.ui.models import Column, RowsModel
from interview_desk.ui.prepare.candidate_editor import CandidatesPage
from interview_desk.ui.prepare.kit_editor import KitsPage
from interview_desk.ui.prepare.role_editor import RolesPage
from interview_desk.ui.prepare.session_planner import SessionPlanning


class TablePage(QWidget):
    """A titled, sortable table over a service call."""

    def __init__(self, title: str, columns: Sequence[Column],
                 load: Callable[[], Sequence[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(columns, load, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAlternatingRowColors(True)
        heading = QLabel(f"<h2>{title}</h2>", self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view)
        self.view.resizeColumnsToContents()

    def refresh(self) -> None:
        self.model.refresh()


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Interview Desk — %1").replace(
            "%1", str(desk.path.name if desk.path else self.tr("in memory"))))
        self.actions = Actions(self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget(self)
        self._pages: dict[str, QWidget] = {}
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._build_pages()
        self._build_menus()
        self._restore()

    # composition
    def add_page(self, key: str, title: str, page: QWidget) -> None:
        self._pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(title, self.nav)
        item.setData(Qt.ItemDataRole.UserRole, key)

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self._pages).index(key))

    def _build_pages(self) -> None:
        d = self.desk
        sessions = TablePage(
            self.tr("Sessions"),
            [Column("Candidate", lambda r: r["candidate"]), Column("Role", lambda r: r["role"]),
             Column("Status", lambda r: r["status"]),
             Column("Scheduled", lambda r: r["scheduled_at"][:16].replace("T", " ")),
             Column("Location", lambda r: r["location"])],
            d.sessions.overview, self)
        self.add_page("sessions", self.tr("Sessions"), sessions)
        # Preparation: editors over services (ui/prepare); each asks before losing input.
        self.planning = SessionPlanning(d, sessions.view, sessions)
        self.planning.planned.connect(lambda _id: sessions.refresh())
        for key, title, page in (
                ("candidates", self.tr("Candidates"), CandidatesPage(d.catalog, self)),
                ("roles", self.tr("Roles"), RolesPage(d.catalog, self)),
                ("kits", self.tr("Kits"), KitsPage(d, self))):
            self.add_page(key, title, page)
            page.changed.connect(sessions.refresh)  # names shown in the sessions list

    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(a[ActionId.QUIT])
        a[ActionId.QUIT].triggered.connect(self.close)
        view = self.menuBar().addMenu(self.tr("&View"))
        for ident, key in ((ActionId.SHOW_SESSIONS, "sessions"),
                           (ActionId.SHOW_CANDIDATES, "candidates"),
                           (ActionId.SHOW_ROLES, "roles"), (ActionId.SHOW_KITS, "kits")):
            view.addAction(a[ident])
            a[ident].triggered.connect(lambda _=False, k=key: self.show_page(k))

    # persistence of the window, not of interview data
    def _restore(self) -> None:
        geometry = settings.get(settings.MAIN_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1280, 720)
        last = settings.get(settings.LAST_PAGE)
        self.show_page(last if last in self._pages else "sessions")

    def closeEvent(self, event: QCloseEvent) -> None:
        # An editor with unsaved input asks Save / Discard / Cancel; Cancel keeps the window.
        for page in self._pages.values():
            maybe_leave = getattr(page, "maybe_leave", None)
            if maybe_leave is not None and not maybe_leave():
                event.ignore()
                return
        settings.put(settings.MAIN_GEOMETRY, bytes(self.saveGeometry().data()))
        current = self.nav.currentItem()
        if current is not None:
            settings.put(settings.LAST_PAGE, current.data(Qt.ItemDataRole.UserRole))
        super().closeEvent(event)
