"""A table header whose section titles wrap onto as many lines as their width needs.

Qt's header draws a title on one line and cuts it at the section's edges: at 150 % on a
1366×768 screen the Debrief's competency names read "blem solvin…". This header wraps each
title at its section's width (inside a word only when one word alone is wider) and grows
as tall as the longest title needs, so every name is read in full.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

#: How a title is laid out: centred, wrapped at words, and inside a word only when it must.
WRAP_FLAGS = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
                 | Qt.TextFlag.TextWrapAnywhere)


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
