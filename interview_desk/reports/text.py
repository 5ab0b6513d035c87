"""User text to Paragraph markup: escaped, line breaks kept, one font per run of characters.

Everything a person typed passes through :class:`Ink` before it reaches a ``Paragraph``. The
text is escaped first, so ``<font color=red>``, ``<img src=...>`` or an unclosed ``<b>`` stay
text and can neither restyle the report nor make reportlab read a file. Only then is each run
of characters wrapped in ``<font name=...>`` for the bundled font that has its glyphs. A
character no bundled font can draw is still written (it shows as a box), and remembered so the
export can say so instead of replacing it silently.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from interview_desk.reports.bidi import display, needs_bidi
from interview_desk.reports.fonts import CHAINS, drawable_by, font_for

_ENTITIES = {'"': "&quot;"}


def _is_control(char: str) -> bool:
    # C0/C1 controls and unpaired surrogates have no visible form and upset the PDF text layer.
    return unicodedata.category(char) in ("Cc", "Cs")


class Ink:
    """Turns user text into safe Paragraph markup and collects characters with no glyph."""

    def __init__(self) -> None:
        self.missing: set[str] = set()

    def __call__(self, text: str | None, *, bold: bool = False) -> str:
        if not text:
            return ""
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        if needs_bidi(text):
            # Hebrew and Arabic: shaped and put in display order, line by line.
            text = "\n".join(display(line) for line in text.split("\n"))
        primary = CHAINS[bold][0]
        if set(text) <= drawable_by(primary):
            # Most text needs one font and no reordering: escape it whole.
            return escape(text, _ENTITIES).replace("\n", "<br/>")
        parts: list[str] = []
        run: list[str] = []
        run_font = primary

        def flush() -> None:
            if not run:
                return
            chunk = escape("".join(run), _ENTITIES)
            if run_font == primary:
                parts.append(chunk)
            else:
                parts.append(f'<font name="{run_font}">{chunk}</font>')
            run.clear()

        for char in text:
            if char == "\n":
                flush()
                parts.append("<br/>")
                continue
            if _is_control(char):
                continue
            if char == " ":
                # A space belongs to whatever run it is in: fewer font switches.
                run.append(char)
                continue
            font = font_for(char, bold)
            if font is None:
                self.missing.add(char)
                font = primary
            if font != run_font:
                flush()
                run_font = font
            run.append(char)
        flush()
        return "".join(parts)

    def missing_report(self) -> str:
        """The characters no bundled font can draw, as 'X (U+XXXX)', in code point order."""
        return describe_missing(self.missing)


def describe_missing(chars: set[str] | frozenset[str]) -> str:
    return ", ".join(f"{c} (U+{ord(c):04X})" for c in sorted(chars))
