"""The debrief's agenda and structure profile, as the read model gives them.

The agenda lists the competencies widest spread first; the selected item shows every
panelist's independent rating beside their evidence, in the speaking order the lead set
(for example the most junior first). An optional timer per item reads the app's one clock.
The structure profile lists each observable component of structure with its evidence.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain import clock
from interview_desk.domain.debrief import AgendaItem, PanelView
from interview_desk.domain.override import timer_reading
from interview_desk.domain.structure import Tick
from interview_desk.ui.i18n import arg, say, tr
from interview_desk.ui.look import Tone, text_style, tint

_TICKS = {Tick.MET: "✓", Tick.NOT_MET: "✗", Tick.PENDING: "…", Tick.COUNT: "#"}
_TICK_COLOURS = {Tick.MET: "#1b5e20", Tick.NOT_MET: "#b3261e", Tick.PENDING: "#555555",
                 Tick.COUNT: "#0d47a1"}


def _rating(value: int | None, no_evidence: bool) -> str:
    if value is not None:
        return str(value)
    return tr("no evidence") if no_evidence else tr("not rated")


class AgendaPanel(QWidget):
    """Speaking order on the left, the agenda below it; the chosen item on the right."""

    speaking_order_saved = Signal(list)  # panelist ids in order; [] clears the order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_: PanelView | None = None
        self.order = QListWidget(self)
        self.order.setObjectName("speaking_order")
        self.order.setAccessibleName(self.tr("Speaking order"))
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order.setMaximumHeight(110)
        self.save_order = QPushButton(self.tr("Use this order"), self)
        self.save_order.setObjectName("speaking_order_save")
        self.save_order.setToolTip(self.tr("Drag the names (or Alt+↑/↓) into the order the "
                                           "panel speaks in, e.g. the most junior first"))
        self.save_order.clicked.connect(self._on_save_order)
        self.clear_order = QPushButton(self.tr("Back to panel order"), self)
        self.clear_order.setObjectName("speaking_order_clear")
        self.clear_order.clicked.connect(lambda: self.speaking_order_saved.emit([]))
        self.items = QListWidget(self)
        self.items.setObjectName("agenda_items")
        self.items.setAccessibleName(self.tr("Agenda items"))
        self.items.currentRowChanged.connect(self._on_item_chosen)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("agenda_detail")
        self.detail.setAccessibleName(self.tr("Agenda item"))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("agenda_minutes")
        self.minutes.setAccessibleName(self.tr("Minutes per item"))
        self.minutes.setRange(0, 30)
        self.minutes.setSpecialValueText(self.tr("no timer"))
        self.minutes.setSuffix(self.tr(" min per item"))
        self.minutes.valueChanged.connect(lambda _v: self._restart_timer())
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("agenda_timer")
        self._started: datetime | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_time)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Speaking order</b>"), self))
        left.addWidget(self.order)
        row = QHBoxLayout()
        row.addWidget(self.save_order)
        row.addWidget(self.clear_order)
        left.addLayout(row)
        left.addWidget(QLabel(self.tr("<b>Agenda</b> — widest spread first"), self))
        left.addWidget(self.items, 1)
        right = QVBoxLayout()
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.minutes)
        timer_row.addWidget(self.timer_label, 1)
        right.addLayout(timer_row)
        right.addWidget(self.detail, 1)
        QWidget.setTabOrder(self.minutes, self.detail)  # the timer sits above the item
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def set_data(self, d: PanelView) -> None:
        self.data_ = d
        self.order.clear()
        for p in d.speaking_order:
            item = QListWidgetItem(arg(self.tr("%1 — %2"), p.name, p.panel_role)
                                   if p.panel_role else p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.order.addItem(item)
        self.clear_order.setEnabled(d.speaking_order_set)
        row = max(self.items.currentRow(), 0)
        self.items.blockSignals(True)
        self.items.clear()
        for n, it in enumerate(d.agenda, start=1):
            spread = "—" if it.figures.spread is None else str(it.figures.spread)
            mark = " ⚠" if it.figures.disagreement else ""
            self.items.addItem(arg(tr("%1. %2 — spread %3%4"), n, it.competency.name, spread,
                                   mark))
        self.items.blockSignals(False)
        if d.agenda:
            self.items.setCurrentRow(min(row, len(d.agenda) - 1))
            self._show_item(d.agenda[self.items.currentRow()])
        else:
            self.detail.setPlainText(self.tr("No submitted ratings to discuss yet."))

    def _on_save_order(self) -> None:
        self.speaking_order_saved.emit([self.order.item(i).data(Qt.ItemDataRole.UserRole)
                                        for i in range(self.order.count())])

    def _on_item_chosen(self, row: int) -> None:
        if self.data_ is None or not 0 <= row < len(self.data_.agenda):
            return
        self._show_item(self.data_.agenda[row])
        self._restart_timer()

    def _show_item(self, it: AgendaItem) -> None:
        f = it.figures
        mean = "—" if f.mean is None else f"{f.mean:.2f}"
        out = [f"<h3>{escape(it.competency.name)}</h3>",
               "<p>" + escape(arg(self.tr("Mean %1 · range %2–%3 · weight %4 of the score"),
                                  mean, "—" if f.low is None else f.low,
                                  "—" if f.high is None else f.high,
                                  f"{it.competency.share:.0%}")) + "</p>"]
        for n, e in enumerate(it.entries, start=1):
            said = _rating(e.rating.rating, e.rating.no_evidence)
            if e.changed and e.after is not None:
                said += " → " + _rating(e.after.rating, e.after.no_evidence)
            none = escape(self.tr("No evidence written."))
            evidence = escape(e.rating.evidence) or f"<i>{none}</i>"
            out.append(f"<p><b>{n}. {escape(e.panelist.name)}</b> — {escape(said)}<br/>"
                       f"{evidence}</p>")
        self.detail.setHtml("".join(out))

    def _restart_timer(self) -> None:
        if self.minutes.value() == 0:
            self._tick.stop()
            self._started = None
            self.timer_label.clear()
            return
        self._started = clock.now()
        self._tick.start()
        self._show_time()

    def _show_time(self) -> None:
        if self._started is None:
            return
        r = timer_reading(self._started, clock.now(), self.minutes.value())
        if r.over:
            self.timer_label.setText(arg(self.tr("Over time: %1 on this item"), r.text))
            # the error tone of the palette in use: the fixed dark red was unreadable on dark
            tint(self.timer_label, lambda: text_style(Tone.ERROR, self, bold=True))
        else:
            self.timer_label.setText(arg(self.tr("%1 left on this item"), r.text))
            tint(self.timer_label, None)

    def hideEvent(self, event: QHideEvent) -> None:
        self._tick.stop()  # no ticking for a page nobody looks at
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._started is not None:
            self._tick.start()
            self._show_time()
        super().showEvent(event)


def structure_html(d: PanelView) -> str:
    """The structure profile as the Debrief page shows it: the same rows as the report."""
    rows = []
    for c in d.structure.components:
        colour = _TICK_COLOURS[c.tick]
        rows.append(f"<tr><td style='color:{colour}; font-weight:bold' align='center'>"
                    f"{_TICKS[c.tick]}</td><td><b>{escape(say(c.label))}</b><br/>"
                    f"{escape(say(c.evidence))}<br/><small style='color:#555'>"
                    f"{escape(say(c.source))}</small></td></tr>")
    key = tr("✓ met · ✗ not met · … not known yet · # a count. No single score: the ticks "
             "and counts are the profile.")
    # tr() outside the f-strings: lupdate does not read inside them
    title = tr("How structured the interview was")
    summary = arg(tr("%1. %2"), say(d.structure.summary), key)
    return (f"<h3>{escape(title)}</h3><p>{escape(summary)}</p>"
            f"<table cellpadding='4'>{''.join(rows)}</table>")
