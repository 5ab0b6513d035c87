"""Find (Ctrl+K): one box over everything typed about candidates, ranked, grouped by candidate
and session; Enter opens the hit where it lives (the live view at its question, the scorecard
at its competency, the debrief, the candidate's dossier)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.search import Hit, HitKind, SearchResult
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import StorageError
from interview_desk.ui.i18n import tr

#: Wait this long after the last key before searching: typing a word searches once.
TYPING_PAUSE_MS = 120

_HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
#: A question is long; the hit's first line names it in this many characters at most.
WHERE_CHARS = 90


def hit_html(hit: Hit) -> str:
    """A hit as rich text: every piece of stored text escaped, only the match in bold, so a
    note full of ``<font>`` tags shows those tags as the text they are."""
    where = hit.where if len(hit.where) <= WHERE_CHARS else hit.where[:WHERE_CHARS - 1] + "…"
    about = " — ".join(html.escape(x) for x in (hit.author_name, where) if x)
    head = f"<small>{html.escape(tr(hit.kind.label))}{': ' + about if about else ''}</small>"
    body = hit.raw.snippet.marked("<b>", "</b>", html.escape) or html.escape(tr("(empty)"))
    return f"{head}<br>{body}"


class _RichTextDelegate(QStyledItemDelegate):
    """Paints an item's ``HTML_ROLE`` rich text, wrapped to the column, in the palette's
    colours (the selected row's text stays readable on its highlight)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE)))
        width = option.rect.width()
        view = self.parent()
        if width <= 0 and isinstance(view, QTreeWidget):  # asked for a size before layout
            width = view.viewport().width() - 2 * view.indentation()
        doc.setTextWidth(max(120, width))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)


class FindDialog(QDialog):
    """The Find box and its results. It asks the search service and emits what was chosen;
    the main window opens it."""

    hit_chosen = Signal(object)  # a domain.search.Hit

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Find"))
        self.setObjectName("find")
        self.resize(720, 480)
        self.box = QLineEdit(self)
        self.box.setObjectName("find_box")
        self.box.setAccessibleName(self.tr("Find"))
        self.box.setPlaceholderText(self.tr(
            "Names, notes, evidence, flags, candidate questions… (Enter opens, ↓ to the list)"))
        self.box.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.results = QTreeWidget(self)
        self.results.setObjectName("find_results")
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)
        self.results.setItemDelegate(_RichTextDelegate(self.results))
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.found = SearchResult("", ())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._on_box_entered)
        self.results.itemActivated.connect(self._on_item_activated)
        self.box.installEventFilter(self)

    def search_now(self) -> None:
        """Search for what the box holds now (also what a pause in typing does)."""
        self._timer.stop()
        text = self.box.text()
        try:
            self.found = self.desk.search.find(text)
        except StorageError as exc:
            self.found = SearchResult(text, ())
            self.status.setText(str(exc))
        else:
            count = len(self.found.hits)
            self.status.setText("" if not text.strip() else self.tr("Nothing found.")
                                if count == 0 else self.tr("%n hit(s)", "", count))
        self._fill()

    def _fill(self) -> None:
        self.results.clear()
        first: QTreeWidgetItem | None = None
        for cand in self.found.groups:
            top = QTreeWidgetItem(self.results, [cand.name])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for session in cand.sessions:
                parent = top
                if session.session_id is not None:
                    parent = QTreeWidgetItem(top, [session.label])
                    parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                for hit in session.hits:
                    item = QTreeWidgetItem(parent, [hit.raw.snippet.text])  # what is read out
                    item.setData(0, _HIT_ROLE, hit)
                    item.setData(0, HTML_ROLE, hit_html(hit))
                    first = first or item
        self.results.expandAll()
        if first is not None:
            self.results.setCurrentItem(first)

    def current_hit(self) -> Hit | None:
        item = self.results.currentItem()
        value = item.data(0, _HIT_ROLE) if item is not None else None
        return value if isinstance(value, Hit) else None

    def _on_box_entered(self) -> None:
        if self._timer.isActive() or self.found.text != self.box.text():
            self.search_now()  # Enter typed before the pause: search what is typed
        self._choose(self.current_hit())

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, _HIT_ROLE)
        self._choose(value if isinstance(value, Hit) else None)

    def _choose(self, hit: Hit | None) -> None:
        if hit is None:
            return
        self.accept()
        self.hit_chosen.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the box move through the hits: the hands stay where they typed.
        if watched is self.box and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self._step(step)
            return True
        return super().eventFilter(watched, event)

    def _step(self, step: int) -> None:
        items: list[QTreeWidgetItem] = []
        _collect_hits(self.results.invisibleRootItem(), items)
        if not items:
            return
        current = self.results.currentItem()
        at = items.index(current) if current in items else -step
        self.results.setCurrentItem(items[max(0, min(len(items) - 1, at + step))])

    def open_fresh(self) -> None:
        """Show the box, its last words selected so typing replaces them, and their hits
        as the data is now (notes may have been written since)."""
        if self.box.text().strip():
            self.search_now()
        self.box.selectAll()
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _collect_hits(item: QTreeWidgetItem, out: list[QTreeWidgetItem]) -> None:
    if isinstance(item.data(0, _HIT_ROLE), Hit):
        out.append(item)
    for i in range(item.childCount()):
        child = item.child(i)
        if child is not None:
            _collect_hits(child, out)


def _typing_somewhere() -> bool:
    focus = QApplication.focusWidget()
    return isinstance(focus, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox))


def open_hit(window: Any, hit: Hit) -> None:
    """Open ``hit`` where it lives, in the main window ``window``."""
    raw = hit.raw
    try:
        if raw.kind is HitKind.CANDIDATE:
            window.go_to_page("candidates")
            window.page("candidates").select_id(raw.candidate_id)
        elif raw.kind is HitKind.SESSION and raw.session_id:
            window.page("debrief").show_session(raw.session_id)
            window.go_to_page("debrief")
        elif raw.kind is HitKind.EVIDENCE and raw.session_id and raw.author_id:
            pane = window.open_scorecard(raw.session_id, raw.author_id)
            if raw.competency_id:
                pane.show_competency(raw.competency_id)
        elif raw.session_id:
            view = window.open_session(raw.session_id, raw.author_id)
            if raw.question_id:
                view.show_question(raw.question_id)
    except StorageError as exc:  # deleted meanwhile, say
        window.statusBar().showMessage(str(exc))


def make_find_dialog(window: Any) -> FindDialog:
    """Find over ``window``: Ctrl+K, and the platform's Find key outside text boxes."""
    dialog = FindDialog(window.desk, window)
    dialog.hit_chosen.connect(lambda hit: open_hit(window, hit))
    return dialog


def find_outside_text(dialog: FindDialog) -> None:
    """The platform's Find key opens Find, except where a text box has the keyboard."""
    if not _typing_somewhere():
        dialog.open_fresh()
