"""Page templates, styles and small flowable helpers shared by every report.

Every page carries a running header (candidate and role, or the role) and the footer
"Confidential — page X of Y" with the generation time. "of Y" needs the page count before the
first page is finished, so the canvas keeps each page's drawing state and stamps the footers
when the document is saved (one pass, not two builds).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from copy import deepcopy
from datetime import UTC, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from interview_desk.domain.placeholders import placeholders
from interview_desk.i18n import QT_TRANSLATE_NOOP, Catalog, arg, base_language, say
from interview_desk.reports.fonts import SANS, SANS_BOLD, register_fonts
from interview_desk.reports.text import Ink

ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#C9D1DB")
SHADE = colors.HexColor("#EEF2F6")
WARNING = colors.HexColor("#9A3412")
# said after a blank the kit left for the panel to fill in
BLANK_NOTE = QT_TRANSLATE_NOOP("Report", "left blank in the kit")
# Up to eight panelists get distinct colours, then the palette repeats.
PANEL_COLOURS = [colors.HexColor(c) for c in (
    "#2E6FBA", "#D9822B", "#3A9E6A", "#B8405E", "#7A5BB5", "#8C6D3F", "#2AA1B3", "#6B6B6B")]

#: A table cell's text up to this long is parsed once and shared by every cell showing it.
SHARED_CELL_CHARS = 80
#: A table cell's left plus right padding, in points (the tables below use it).
CELL_PADDING = 8.0

MARGIN = 18 * mm
HEADER_GAP = 12 * mm


class Styles:
    """The report's paragraph styles; all inherit from ``body`` (reportlab's model)."""

    def __init__(self) -> None:
        register_fonts()
        # splitLongWords: a 300-letter "word" wraps instead of running off the page.
        # allowWidows=0: a paragraph's last line never sits alone at the top of a page (a
        # panelist report's page 2 held one line); reportlab already keeps a first line from
        # sitting alone at the foot of one (allowOrphans=0).
        self.body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13,
                                   splitLongWords=1, spaceAfter=3, allowWidows=0)
        self.small = ParagraphStyle("small", self.body, fontSize=8, leading=10.5,
                                    textColor=MUTED, spaceAfter=0)
        self.cell = ParagraphStyle("cell", self.body, fontSize=8.5, leading=11, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=SANS_BOLD)
        self.cell_head = ParagraphStyle("cell_head", self.cell, fontName=SANS_BOLD,
                                        textColor=colors.white)
        self.cell_center = ParagraphStyle("cell_center", self.cell, alignment=TA_CENTER)
        self.h1 = ParagraphStyle("h1", self.body, fontName=SANS_BOLD, fontSize=16, leading=20,
                                 textColor=ACCENT, spaceBefore=14, spaceAfter=8)
        self.h2 = ParagraphStyle("h2", self.body, fontName=SANS_BOLD, fontSize=12, leading=15,
                                 textColor=ACCENT, spaceBefore=10, spaceAfter=4)
        self.h3 = ParagraphStyle("h3", self.body, fontName=SANS_BOLD, fontSize=10, leading=13,
                                 spaceBefore=6, spaceAfter=2)
        self.label = ParagraphStyle("label", self.body, fontName=SANS_BOLD, fontSize=9,
                                    leading=12, textColor=MUTED, spaceBefore=3, spaceAfter=1)
        self.quote = ParagraphStyle("quote", self.body, leftIndent=10, borderPadding=0)
        self.title = ParagraphStyle("title", self.body, fontName=SANS_BOLD, fontSize=26,
                                    leading=32, textColor=ACCENT, spaceAfter=6)
        self.subtitle = ParagraphStyle("subtitle", self.body, fontSize=15, leading=20,
                                       textColor=MUTED, spaceAfter=18)
        # An interim report says so where nobody can miss it.
        self.warning = ParagraphStyle("warning", self.body, fontName=SANS_BOLD,
                                      textColor=WARNING, borderColor=WARNING, borderWidth=1,
                                      borderPadding=6, spaceBefore=6, spaceAfter=12)
        self.header = ParagraphStyle("header", self.body, fontSize=8, leading=10,
                                     textColor=MUTED, spaceAfter=0)


#: One layout of a paragraph at one width: (width, height, reportlab's lines, its widths,
#: the fragments as reportlab's line breaking left them — a split reads its lines with them).
_Layout = tuple[float, float, Any, list[float], Any]


class _Cell(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A table cell's paragraph, laid out once per width.

    reportlab's Table wraps every cell to size its row, again for each page a long table is
    split over, and again to draw it — always at the cell's column width. A paragraph's
    layout depends on that width alone (never on the height offered), so the first one is kept:
    a role comparison of 1,000 interviews wrapped each of its cells three times. Cells showing
    the same short text in the same style ("–", "3.25", "unchanged") share ``layouts``, so
    each is laid out once per width for the whole table.
    """

    _laid_out: tuple[float, float, float] | None = None  # width offered, width, height
    frags: Any  # reportlab's parsed text

    def __init__(self, *args: Any, layouts: dict[float, _Layout] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # as reportlab's split makes the parts, too
        self._layouts = layouts

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        done = self._laid_out
        # a split that moved the whole paragraph on dropped its lines: laid out again
        if done is not None and done[0] == avail_width and hasattr(self, "blPara"):
            self.width, self.height = done[1], done[2]
            return done[1], done[2]
        shared = self._layouts.get(avail_width) if self._layouts is not None else None
        if shared is not None:
            self.width, self.height, self.blPara, self._wrapWidths, self.frags = shared
        else:
            super().wrap(avail_width, avail_height)
            if self._layouts is not None:
                self._layouts[avail_width] = (self.width, self.height, self.blPara,
                                              self._wrapWidths, self.frags)
        self._laid_out = (avail_width, self.width, self.height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # Splitting edits the lines' words: a shared layout is copied first, so the other
        # cells showing the same text keep theirs.
        if self._layouts is not None and hasattr(self, "blPara"):
            self.blPara = deepcopy(self.blPara)
            self.frags = deepcopy(self.frags)
            self._layouts = None
        return super().split(avail_width, avail_height)  # type: ignore[no-any-return]


class Writer:
    """Builds flowables from user text: every string goes through one :class:`Ink`."""

    def __init__(self, language: str = "en") -> None:
        self.ink = Ink()
        self.s = Styles()
        self.catalog = Catalog.load(language)
        self.language = base_language(language or "en")
        # Table cells repeat ("–", "sealed", "3.25", "Completed"): each distinct text is
        # marked up, parsed and laid out once per style, shared by the cells showing it.
        # Keyed by the style itself: its fonts and colours are in the fragments.
        self._cells: dict[tuple[str, ParagraphStyle],
                          tuple[str, Any, dict[float, _Layout]]] = {}

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Our own wording (never the user's) in the report's language (docs/translations.md)."""
        return self.catalog.tr(text, disambiguation, n)

    def say(self, text: str) -> str:
        """Wording made in domain/ (an ``i18n.Text``: a label, a reading) in the report's
        language; the user's text as it is."""
        return say(text, self.catalog.translate, self.decimal)

    @property
    def decimal(self) -> str:
        """The decimal mark of the report's language (German writes 3,36)."""
        return DECIMAL_MARKS.get(self.language, ".")

    def num(self, figure: str) -> str:
        """A figure our code wrote ("3.36", "-0.321") with the report's decimal mark."""
        return figure.replace(".", self.decimal)

    def score(self, value: float | None) -> str:
        """:func:`fmt_score` with the report's decimal mark."""
        return self.num(fmt_score(value))

    def when(self, iso: str) -> str:
        """A stored time in the report's language's date format (:func:`fmt_when`)."""
        return fmt_when(iso, self.language)

    def day(self, iso: str) -> str:
        """Only the day of a stored time ('2026-05-04', German '04.05.2026')."""
        return self.when(iso).split(" ")[0]

    def p(self, text: str | None, style: ParagraphStyle | None = None, *,
          empty: str = "") -> Paragraph:
        """A paragraph of user text (escaped, fonts per script); ``empty`` shown if blank."""
        style = style or self.s.body
        bold = style.fontName == SANS_BOLD
        if text is None or not text.strip():
            return Paragraph(self.ink(empty, bold=bold) if empty else "", style)
        return Paragraph(self.ink(text, bold=bold), style)

    def kit_ink(self, text: str, *, bold: bool = False) -> str:
        """Markup for wording from the kit, each blank it still holds (“[names and roles]”)
        marked in the warning colour and said to be unfilled: printed as plain text it reads
        as the question that was asked."""
        blanks = placeholders(text)
        if not blanks:
            return self.ink(text, bold=bold)
        colour = WARNING.hexval().replace("0x", "#")
        parts = re.split("(" + "|".join(map(re.escape, blanks)) + ")", text)
        return "".join(
            f'<font color="{colour}"><u>{self.ink(part, bold=bold)}</u> '
            f'({self.ink(self.catalog.translate("Report", BLANK_NOTE), bold=bold)})</font>' if i % 2
            else self.ink(part, bold=bold)
            for i, part in enumerate(parts))

    def kit_text(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of kit wording with its blanks marked (see :meth:`kit_ink`)."""
        style = style or self.s.body
        return Paragraph(self.kit_ink(text, bold=style.fontName == SANS_BOLD), style)

    def labelled(self, label: str, text: str, style: ParagraphStyle | None = None, *,
                 kit: bool = False) -> Paragraph:
        """'Label: text' with the label in bold; the label is ours, the text the user's
        (``kit``: wording from the kit, its blanks marked)."""
        style = style or self.s.body
        body = self.kit_ink(text) if kit else self.ink(text)
        return Paragraph(f'<font name="{SANS_BOLD}">{self.ink(label, bold=True)}:</font> '
                         f"{body}", style)

    def table(self, rows: Sequence[Sequence[Any]], widths: Sequence[float], *,
              header_rows: int = 1, extra: Sequence[tuple[Any, ...]] = ()) -> Table:
        """A table whose header row repeats on every page it crosses.

        ``splitInRow`` lets a row taller than a page (a 20,000-character cell) split across
        pages instead of stopping the export.
        """
        table = Table(list(rows), colWidths=list(widths), repeatRows=header_rows,
                      splitInRow=1, hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header_rows:
            style += [("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
                      ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
                      ("FONTNAME", (0, 0), (-1, header_rows - 1), SANS_BOLD)]
        style += list(extra)
        table.setStyle(TableStyle(style))
        return table

    @staticmethod
    def fit_words(rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> list[float]:
        """``widths`` moved so that no column is narrower than its longest word.

        reportlab breaks a word that does not fit its column anywhere ("Recommendation/s",
        "unchange/d"). Each column gets at least its widest word (a soft hyphen is a place to
        break) plus the cell padding; what that needs is taken from the columns with room to
        spare, in proportion to that room, so the table keeps its total width. When there is
        not room enough for every word, the given widths stand.
        """
        hyphen = stringWidth("-", SANS, 8.5)
        least = [0.0] * len(widths)
        # Cells repeat ("–", "3.25", "unchanged"): each text is measured once per font.
        measured: dict[tuple[str, str, float], float | None] = {}
        for row in rows:
            for i, cell in enumerate(row[:len(widths)]):
                text = cell.getPlainText() if isinstance(cell, Paragraph) else str(cell)
                style = cell.style if isinstance(cell, Paragraph) else None
                font = style.fontName if style is not None else SANS
                size = style.fontSize if style is not None else 8.5
                key = (text, font, size)
                if key not in measured:  # None: no word at all
                    measured[key] = max(
                        (_widest_piece(word, font, size, hyphen) for word in text.split()),
                        default=None)
                widest = measured[key]
                if widest is not None:
                    least[i] = max(least[i], widest + CELL_PADDING)
        need = sum(max(0.0, low - w) for low, w in zip(least, widths, strict=True))
        room = sum(max(0.0, w - low) for low, w in zip(least, widths, strict=True))
        if need == 0 or room < need:
            return list(widths)
        return [low if w < low else w - (w - low) * need / room
                for low, w in zip(least, widths, strict=True)]

    def table_then(self, rows: Sequence[Sequence[Any]], widths: Sequence[float],
                   after: Sequence[Flowable], *, last_rows: int = 1) -> list[Flowable]:
        """A table and the note that explains it, never the note alone on a page.

        The table's last ``last_rows`` rows are a second table (same column widths) kept
        together with ``after``: when the note does not fit, those rows go over with it.
        """
        if len(rows) - 1 <= last_rows:  # a header and a row or two: all of it, together
            return [KeepTogether([self.table(rows, widths), *after])]
        return [self.table(rows[:-last_rows], widths),
                KeepTogether([self.table(rows[-last_rows:], widths, header_rows=0), *after])]

    def head(self, text: str) -> Paragraph:
        """A header cell (white on the accent colour)."""
        return self._cell(text, self.s.cell_head)

    def cell(self, text: str | None, *, bold: bool = False, center: bool = False,
             empty: str = "") -> Paragraph:
        style = self.s.cell_bold if bold else self.s.cell_center if center else self.s.cell
        return self._cell(text, style, empty=empty)

    def _cell(self, text: str | None, style: ParagraphStyle, *, empty: str = "") -> Paragraph:
        """What :meth:`p` makes, as a :class:`_Cell`; a short text is parsed and laid out
        once per style."""
        if text is None or not text.strip():
            text = empty
        key = (text, style)
        known = self._cells.get(key)
        if known is not None:
            return _Cell(known[0], style, frags=known[1], layouts=known[2])
        markup = self.ink(text, bold=style.fontName == SANS_BOLD) if text else ""
        # Only short texts repeat; a long one is neither kept nor shared.
        if len(text) > SHARED_CELL_CHARS:
            return _Cell(markup, style)
        layouts: dict[float, _Layout] = {}
        cell = _Cell(markup, style, layouts=layouts)
        self._cells[key] = (markup, cell.frags, layouts)
        return cell


def _widest_piece(word: str, font: str, size: float, hyphen: float) -> float:
    """The width ``word`` needs on one line: its widest piece between soft hyphens, and the
    hyphen drawn where it breaks."""
    pieces = word.split("\xad")
    extra = hyphen if len(pieces) > 1 else 0.0
    return max(float(stringWidth(piece, font, size)) for piece in pieces) + extra


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


class _KeepWithLines(CondPageBreak):  # type: ignore[misc]  # reportlab has no type hints
    """Starts a new page unless ``heads`` and ``follow`` points of what comes after them fit.

    A heading must never end a page. reportlab's keepWithNext would move the whole next
    flowable (a long note) to the next page and leave half a page blank; this asks only for
    the heading's own height (measured at the frame's width) plus a few lines of its content.
    """

    def __init__(self, heads: Sequence[Flowable], follow: float,
                 then: Flowable | None = None) -> None:
        super().__init__(follow)
        self._heads = list(heads)
        self._follow = follow
        self._then = then

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        need = self._follow
        if self._then is not None:
            # A paragraph of up to three lines cannot split without leaving a single line
            # on one side, so it moves whole: room for two of its lines is not enough.
            whole = self._then.wrap(avail_width, avail_height)[1]
            if whole <= self._follow * 1.5:
                need = max(need, whole)
        for i, f in enumerate(self._heads):
            need += f.wrap(avail_width, avail_height)[1] + f.getSpaceAfter()
            if i:
                need += f.getSpaceBefore()
        self.height = need
        return super().wrap(avail_width, avail_height)  # type: ignore[no-any-return]


#: Room for the first two lines of a note under its headings (quote leading 13, spacing).
#: A paragraph never leaves a single line at the foot of a page, so room for one line moved
#: the whole note over and left the question heading and the panelist's name behind.
TWO_LINES = 34


def keep_with_next(*heads: Flowable, follow: float = 40,
                   then: Flowable | None = None) -> list[Flowable]:
    """``heads`` (headings, labels) kept on one page with ~three lines of what follows;
    with ``then`` (the flowable that follows), all of it when it is short enough to move whole."""
    return [_KeepWithLines(heads, follow, then), *heads]


def fmt_score(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


#: How each language writes a day and a time (German: 04.05.2026 10:00); numbers only, so
#: no month names depend on the C library's locale.
DATE_FORMATS = {"de": "%d.%m.%Y %H:%M"}
#: Each language's decimal mark where it is not the point.
DECIMAL_MARKS = {"de": ","}


def fmt_when(iso: str, language: str = "en") -> str:
    """'2026-05-04 10:00' for a planned time (the wall-clock time the panel agreed on);
    '2026-05-04 08:00 UTC' for a machine stamp (stored with its offset), so a decision or
    submission time is never mistaken for local time. '' stays ''. ``language`` 'de' writes
    the German '04.05.2026 10:00'."""
    if not iso:
        return ""
    form = DATE_FORMATS.get(language, "%Y-%m-%d %H:%M")
    try:
        dt = datetime.fromisoformat(iso)
        if dt.tzinfo is None:
            return dt.strftime(form)
        return dt.astimezone(UTC).strftime(form) + " UTC"
    except (ValueError, OverflowError):
        # An impossible stored time (an older import let it in) is shown as it stands.
        return iso[:16].replace("T", " ")


def _numbered_canvas(footer_note: str, stamp: str, page_of: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        """Holds each page until the end so the footer can say 'page X of Y'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
            self.setFont(SANS, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, 9 * mm, footer_note)
            self.drawRightString(width - MARGIN, 9 * mm,
                                 arg(page_of, self._pageNumber, total))
            if stamp:
                self.setFont(SANS_BOLD, 9)
                self.setFillColor(WARNING)
                self.drawCentredString(width / 2, 15 * mm, stamp)
            self.restoreState()

    return NumberedCanvas


class ReportDoc(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    """A4 document: a cover page without the running header, then body pages with it."""

    def __init__(self, target: Any, *, title: str, header_markup: str, generated_at: str,
                 styles: Styles, writer: Writer, landscape_pages: bool = False,
                 invariant: bool = False, progress: Callable[[int, str], None] | None = None,
                 stamp: str = "") -> None:
        pagesize = (A4[1], A4[0]) if landscape_pages else A4
        super().__init__(
            target, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_GAP / 2, bottomMargin=MARGIN + 2 * mm, title=title,
            author="Interview Desk", creator="Interview Desk",
            subject=writer.tr("Confidential"),
            invariant=int(invariant), initialFontName=SANS)
        self._header_markup = header_markup
        self._styles = styles
        self._footer_note = arg(writer.tr("Generated %1 by Interview Desk"),
                                writer.when(generated_at))
        self._page_of = writer.tr("Confidential — page %1 of %2")
        self._laying_out = writer.tr("Laying out pages…")
        self._stamp = stamp
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[frame]),
            PageTemplate(id="body", frames=[frame], onPage=self._running_header),
        ])
        self._progress = progress
        if progress is not None:
            self.setProgressCallBack(self._on_progress)
        self._size = 1

    def _on_progress(self, kind: str, value: int) -> None:
        if self._progress is None:
            return
        if kind == "SIZE_EST":
            self._size = max(1, value)
        elif kind == "PROGRESS":
            self._progress(min(95, 10 + int(85 * value / self._size)), self._laying_out)

    def _running_header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        top = height - MARGIN + 2 * mm
        canvas.saveState()
        # A long name is clipped to one line here; it is given in full on the cover.
        clip = canvas.beginPath()
        clip.rect(MARGIN, top - 1, width - 2 * MARGIN, 12 * mm)
        canvas.clipPath(clip, stroke=0, fill=0)
        para = Paragraph(self._header_markup, self._styles.header)
        _w, h = para.wrap(width - 2 * MARGIN, 1000)
        para.drawOn(canvas, MARGIN, top + 10 - h)
        canvas.restoreState()
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 3.5 * mm, width - MARGIN, top - 3.5 * mm)
        canvas.restoreState()

    def render(self, story: list[Flowable]) -> None:
        self.build(story, canvasmaker=_numbered_canvas(self._footer_note, self._stamp,
                                                       self._page_of))
