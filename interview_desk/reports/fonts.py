"""The bundled TrueType fonts and which of them draws each character.

Reports never use the 14 built-in PDF fonts: they cover Latin-1 only. Three bundled fonts,
tried in order, cover Latin with accents, Greek, Cyrillic, Hebrew, Arabic letters (DejaVu Sans),
Chinese and Japanese (Droid Sans Fallback), Korean Hangul (NanumGothic) and emoji and symbols
as outlines (Symbola). Their licences allow
bundling; see ``resources/fonts/LICENSE-*``.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from interview_desk.paths import resource

SANS = "IDSans"
SANS_BOLD = "IDSans-Bold"
CJK = "IDSansCJK"
HANGUL = "IDSansHangul"
SYMBOLS = "IDSymbols"

FONT_FILES: dict[str, str] = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumGothic.ttf",
    SYMBOLS: "Symbola.ttf",
}

#: Fonts tried in order for each character, by the weight of the text around it.
CHAINS: dict[bool, tuple[str, ...]] = {
    False: (SANS, CJK, HANGUL, SYMBOLS),
    True: (SANS_BOLD, CJK, HANGUL, SYMBOLS),
}

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return Path(str(resource("fonts")))


def font_paths() -> list[Path]:
    return [fonts_dir() / name for name in FONT_FILES.values()]


def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process (safe from any thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        _fix_to_unicode()
        for name, file in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file)))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS,
                                      boldItalic=SANS_BOLD)
        _registered = True


@cache
def _coverage(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


@cache
def drawable_by(font_name: str) -> frozenset[str]:
    """The printable characters ``font_name`` has glyphs for, plus the line break."""
    return frozenset(chr(c) for c in _coverage(font_name)
                     if unicodedata.category(chr(c)) not in ("Cc", "Cs")) | {"\n"}


def font_for(char: str, bold: bool = False) -> str | None:
    """The first bundled font that has a glyph for ``char``, or ``None`` if none has."""
    return _font_for(ord(char), bold)


@cache
def _font_for(code: int, bold: bool) -> str | None:
    for name in CHAINS[bold]:
        if code in _coverage(name):
            return name
    return None


def _to_unicode_target(code: int) -> str:
    """What a glyph stands for in copied text: an Arabic presentation form (which the bidi
    step draws) stands for the plain letter that was typed."""
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return unicodedata.normalize("NFKC", chr(code))
    return chr(code)


def _fix_to_unicode() -> None:
    """Make reportlab's ToUnicode maps right for emoji and Arabic letter forms.

    reportlab 4-5 writes a code point beyond U+FFFF as an odd-length hex string (``<1F600>``),
    which PDF readers reject, so text extraction and copy-paste lose every emoji; the PDF spec
    wants UTF-16BE (a surrogate pair). And an Arabic presentation form should copy as the letter
    typed. Only those entries change; everything else is as reportlab wrote it.
    """
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_interview_desk_fixed", False):
        return

    def fixed(fontname: str, subset: list[int]) -> str:
        text: str = original(fontname, subset)
        for i, code in enumerate(subset):
            target = _to_unicode_target(code)
            if code > 0xFFFF or target != chr(code):
                utf16 = target.encode("utf-16-be").hex().upper()
                text = text.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{utf16}>")
        return text

    fixed._interview_desk_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = fixed
