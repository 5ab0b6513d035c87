"""The ratings chart: per competency, one bar per panelist and the panel mean (reportlab graphics).

Competency and panelist names are user text in any script, and a graphics ``String`` has one
font; so the names sit in table cells as Paragraphs (font per character run) and the drawings
carry only bars and our own digits.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Table

from interview_desk.domain.debrief import (
    CardView,
    CompetencyInfo,
    Figures,
    PanelistInfo,
    RatingView,
)
from interview_desk.domain.scale import SCALE
from interview_desk.i18n import arg
from interview_desk.reports.fonts import SANS
from interview_desk.reports.layout import ACCENT, MUTED, PANEL_COLOURS, RULE, SHADE, Writer

SCALE_MAX = SCALE.highest
#: Where the axis starts: half a point below the scale's lowest, so that a rating of 1 still
#: shows a bar. It started at 0, a value no one can give on a 1–4 scale.
ORIGIN = SCALE.lowest - 0.5
BAR = 5.0
BAR_GAP = 1.5


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    # The renderer's starting font would otherwise be Helvetica, a built-in PDF font.
    d.initialFontName = SANS
    return d


def _x(value: float, width: float) -> float:
    return width * (value - ORIGIN) / (SCALE_MAX - ORIGIN)


def _scale(width: float) -> Drawing:
    """The axis: the scale's own points, nothing below the lowest."""
    d = _drawing(width, 12)
    for v in SCALE.points:
        d.add(String(_x(v, width), 2, str(v), fontName=SANS, fontSize=7, fillColor=MUTED,
                     textAnchor="end" if v == SCALE_MAX else "middle"))
    return d


def _row(cells: Sequence[RatingView | None], mean: float | None, width: float,
         no_evidence: str) -> Drawing:
    height = len(cells) * (BAR + BAR_GAP) + 4
    d = _drawing(width, height)
    d.add(Rect(0, 0, width, height, fillColor=SHADE, strokeColor=None))
    for v in SCALE.points[:-1]:
        d.add(Line(_x(v, width), 0, _x(v, width), height, strokeColor=RULE, strokeWidth=0.5))
    y = height - 2 - BAR
    for i, cell in enumerate(cells):
        colour = PANEL_COLOURS[i % len(PANEL_COLOURS)]
        if cell is not None and cell.rating is not None:
            d.add(Rect(0, y, _x(cell.rating, width), BAR, fillColor=colour, strokeColor=None))
        elif cell is not None and cell.no_evidence:
            d.add(String(2, y + 0.5, no_evidence, fontName=SANS, fontSize=5.5,
                         fillColor=colour))
        y -= BAR + BAR_GAP
    if mean is not None:
        x = _x(mean, width)
        d.add(Line(x, 0, x, height, strokeColor=colors.black, strokeWidth=1.2))
        d.add(Polygon([x - 3, height, x + 3, height, x, height - 4], fillColor=colors.black,
                      strokeColor=None))
    return d


def ratings_chart(w: Writer, competencies: Sequence[CompetencyInfo],
                  cards: Sequence[tuple[PanelistInfo, CardView]], figures: Figures,
                  width: float) -> list[Flowable]:
    """The chart (a table of name | bars | mean) and its legend; the means are ``figures``'."""
    mean_head = w.cell(w.tr("Mean"), bold=True, center=True)
    # the heading's longest word fits its column, in any language ("Mittelwert")
    name_w, mean_w = width * 0.30, max(width * 0.10, float(mean_head.minWidth()) + 8)
    bars_w = width - name_w - mean_w - 16
    rows: list[list[object]] = [[w.cell(w.tr("Competency"), bold=True), _scale(bars_w),
                                 mean_head]]
    for c in competencies:
        cells = [card.rating(c.id) for _who, card in cards]
        mean = figures.mean(c.id)
        rows.append([w.cell(c.name), _row(cells, mean, bars_w, w.tr("no evidence")),
                     w.cell(w.num(f"{mean:.2f}") if mean is not None else "–", center=True)])
    chart = Table(rows, colWidths=[name_w, bars_w + 8, mean_w], repeatRows=1, hAlign="LEFT",
                  splitInRow=1)
    chart.setStyle([("FONTNAME", (0, 0), (-1, -1), SANS),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3)])
    legend_rows: list[list[object]] = []
    for i, (who, _card) in enumerate(cards):
        swatch = _drawing(10, 8)
        swatch.add(Rect(0, 0, 10, 8, fillColor=PANEL_COLOURS[i % len(PANEL_COLOURS)],
                        strokeColor=None))
        legend_rows.append([swatch, w.cell(who.name)])
    mean_mark = _drawing(10, 8)
    mean_mark.add(Line(5, 0, 5, 8, strokeColor=colors.black, strokeWidth=1.2))
    legend_rows.append([mean_mark, w.cell(arg(
        w.tr("Panel mean %1 (bars: each panelist's rating, %2)"), w.say(figures.moment.label),
        SCALE.span))])
    legend = Table(legend_rows, colWidths=[14, width - 14], hAlign="LEFT", splitInRow=1)
    legend.setStyle([("FONTNAME", (0, 0), (-1, -1), SANS),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                     ("TOPPADDING", (0, 0), (-1, -1), 1),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                     ("TEXTCOLOR", (0, 0), (-1, -1), ACCENT)])
    return [chart, legend]
