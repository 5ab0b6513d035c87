"""A table header whose section titles wrap onto as many lines as their width needs.

Qt's header draws a title on one line and cuts it at the section's edges: at 150 % on a
1366×768 screen the Debrief's competency names read "blem solvin…". This header wraps each
title at its section's width, between words only, and grows as tall as the longest title
needs, so every name is read in full. ``ColumnFitter`` keeps each column at least as wide
as the longest word of its title and its widest cell ("2 (disagree)"), so neither is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

#: How a title is laid out: centred, wrapped between words ("Collaborati/on" read badly).
WRAP_FLAGS = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)


class WrappingHeader(QHeaderView):
    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        # as a table's own header: a click sorts (where sorting is on) and selects
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        # a section's width decides its title's lines, so the header's height follows it
        self.sectionResized.connect(self._on_resized)

    def _on_resized(self, _section: int, old: int, new: int) -> None:
        if old != new and self.count():
            self.headerDataChanged(self.orientation(), 0, self.count() - 1)
            # the table lays its header out anew on this signal (and the debrief refits)
            self.geometriesChanged.emit()

    def title(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        text = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return str(text) if text is not None else ""

    def widest_word(self, section: int) -> int:
        """The width a section needs for its title to wrap only where lines may break
        (between words, after a slash or hyphen: Unicode's line breaking, as Qt wraps)."""
        title = self.title(section)
        finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, title)
        widest, start = 0, 0
        while (end := finder.toNextBoundary()) != -1:
            widest = max(widest, self.fontMetrics().horizontalAdvance(title[start:end].strip()))
            start = end
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        return widest + 2 * margin + 2

    def text_rect(self, section_rect: QRect) -> QRect:
        """Where a section's title is drawn inside the section."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        return section_rect.adjusted(margin, margin, -margin, -margin)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        width = self.sectionSize(logicalIndex)
        if width <= 0:
            return size
        inner = self.text_rect(QRect(0, 0, width, 10_000))
        lines = self.fontMetrics().boundingRect(inner, WRAP_FLAGS, self.title(logicalIndex))
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        return QSize(size.width(), max(size.height(), lines.height() + 2 * margin))

    def sizeHint(self) -> QSize:
        # Qt keeps its hint from before a section's width changed: the height is worked out
        # here from the titles' lines at the widths they have now
        hint = super().sizeHint()
        if self.orientation() != Qt.Orientation.Horizontal:
            return hint
        heights = [self.sectionSizeFromContents(i).height() for i in range(self.count())
                   if not self.isSectionHidden(i)]
        return QSize(hint.width(), max([hint.height(), *heights]))

    def paintSection(self, painter: QPainter, rect: QRect,
                     logicalIndex: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logicalIndex
        sorted_here = self.isSortIndicatorShown() and self.sortIndicatorSection() == logicalIndex
        if sorted_here:  # Qt's own mapping: ascending shows the "down" arrow
            option.sortIndicator = (QStyleOptionHeader.SortIndicator.SortDown
                                    if self.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                                    else QStyleOptionHeader.SortIndicator.SortUp)
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        if sorted_here:
            option.rect = self.style().subElementRect(QStyle.SubElement.SE_HeaderArrow, option,
                                                      self)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option,
                                       painter, self)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.drawText(self.text_rect(rect), WRAP_FLAGS, self.title(logicalIndex))
        painter.restore()


class ColumnFitter(QObject):
    """Sizes the columns of a table with a ``WrappingHeader``: each at least as wide as the
    longest word of its title and its widest cell line (in the cell's own font), the room
    left over shared equally, as the table or its data changes. When even that is wider
    than the table, the table scrolls sideways rather than cut a word. ``cells=False``
    measures the titles only (a long list, whose every cell would be measured per resize)."""

    def __init__(self, view: QTableView, *, cells: bool = True) -> None:
        super().__init__(view)
        self.view = view
        self.cells = cells
        header = view.horizontalHeader()
        assert isinstance(header, WrappingHeader)
        self.header = header
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged):
            signal.connect(self.fit)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def widest_cell(self, column: int) -> int:
        model = self.view.model()
        widest = 0
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            font = model.data(index, Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if isinstance(font, QFont) else self.view.fontMetrics()
            widest = max([widest, *(metrics.horizontalAdvance(line)
                                    for line in str(text).splitlines())])
        # the cell's own margins, as the item delegate lays text out
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                               None, self.view) + 1
        return widest + 2 * margin + 4

    def fit(self, *_args: object) -> None:
        count = self.header.count()
        if not count:
            return
        needs = [max(self.header.widest_word(c), self.widest_cell(c) if self.cells else 0,
                     self.header.minimumSectionSize()) for c in range(count)]
        spare = max(0, self.view.viewport().width() - sum(needs))
        for c, need in enumerate(needs):
            width = need + spare // count + (1 if c < spare % count else 0)
            if self.header.sectionSize(c) != width:
                self.header.resizeSection(c, width)
