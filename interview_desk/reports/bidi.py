"""Right-to-left text in a PDF that is drawn left to right: visual order and Arabic letter forms.

reportlab lays text out left to right, one glyph per character. Hebrew and Arabic are stored in
typed (logical) order, so without help they come out mirrored and, for Arabic, unjoined. Before a
line of user text becomes markup it is

* shaped: each Arabic letter is replaced by its contextual form (isolated, initial, medial,
  final) from the Arabic Presentation Forms-B block, which the bundled DejaVu Sans draws; and
* reordered for display with the Unicode Bidirectional Algorithm's implicit rules (no explicit
  embedding controls): paragraph direction from the first strong letter, runs resolved to levels
  0-2, and rule L2 reversal.

The PDF's ToUnicode map sends each presentation form back to its plain letter (see
``fonts.py``), so copying or extracting text gives what was typed. Not done: mirroring of
brackets inside right-to-left runs, the lam-alef ligature, and reordering across wrapped lines
(a right-to-left line longer than the column wraps with its lines in left-to-right order).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_RTL = frozenset({"R", "AL"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "ES", "ET", "CS", "BN", "LRE", "LRO", "RLE", "RLO",
                      "PDF", "LRI", "RLI", "FSI", "PDI"})


# The blocks that hold right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
# Mandaic, their presentation forms, and the historic RTL scripts of the SMP).
_RTL_BLOCKS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")


def needs_bidi(text: str) -> bool:
    """Whether ``text`` has a right-to-left letter (a fast check before the real work)."""
    match = _RTL_BLOCKS.search(text)
    return match is not None and any(
        unicodedata.bidirectional(ch) in _RTL for ch in text[match.start():])


def display(line: str) -> str:
    """One line of typed text (no line breaks) in shaped, left-to-right display order."""
    if not needs_bidi(line):
        return line
    shaped = shape_arabic(line)
    return _reorder(shaped, _levels(shaped))


# --- the bidirectional algorithm (implicit rules) --------------------------------------------


def _levels(text: str) -> list[int]:
    types = [unicodedata.bidirectional(ch) or "L" for ch in text]
    base = 0
    for t in types:
        if t == "L":
            break
        if t in _RTL:
            base = 1
            break
    sos = "R" if base else "L"
    # W1: a combining mark takes the type of what it combines with.
    prev = sos
    for i, t in enumerate(types):
        if t == "NSM":
            types[i] = prev
        prev = types[i]
    # W2, W3: European digits after Arabic letters are Arabic digits; AL is R.
    last_strong = sos
    for i, t in enumerate(types):
        if t in ("L", "R", "AL"):
            last_strong = t
        elif t == "EN" and last_strong == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, len(types) - 1):
        if types[i] == "ES" and types[i - 1] == types[i + 1] == "EN":
            types[i] = "EN"
        elif types[i] == "CS" and types[i - 1] == types[i + 1] and types[i - 1] in ("EN", "AN"):
            types[i] = types[i - 1]
    # W5: terminators (%, currency) next to European digits are digits.
    for i, t in enumerate(types):
        if t == "ET" and ((i > 0 and types[i - 1] == "EN") or
                          (i + 1 < len(types) and types[i + 1] == "EN")):
            types[i] = "EN"
    # W6: what is left of separators and terminators is neutral.
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]
    # W7: European digits after a left-to-right letter are left-to-right.
    last_strong = sos
    for i, t in enumerate(types):
        if t in ("L", "R"):
            last_strong = t
        elif t == "EN" and last_strong == "L":
            types[i] = "L"
    # N1, N2: neutrals between two same-direction sides take it, others the paragraph's.
    def strong(t: str) -> str:
        return "R" if t in ("R", "EN", "AN") else "L"

    i = 0
    n = len(types)
    while i < n:
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < n and types[j] in _NEUTRAL:
            j += 1
        before = strong(types[i - 1]) if i > 0 else sos
        after = strong(types[j]) if j < n else sos
        fill = before if before == after else sos
        for k in range(i, j):
            types[k] = fill
        i = j
    # I1, I2: levels.
    levels = []
    for t in types:
        if base == 0:
            levels.append(1 if t == "R" else 2 if t in ("AN", "EN") else 0)
        else:
            levels.append(2 if t in ("L", "EN", "AN") else 1)
    # L1: trailing whitespace goes back to the paragraph level.
    k = n - 1
    while k >= 0 and text[k].isspace():
        levels[k] = base
        k -= 1
    return levels


def _reorder(text: str, levels: list[int]) -> str:
    """Rule L2: from the highest level down to the lowest odd one, reverse each run."""
    chars = list(text)
    if not levels:
        return text
    top = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=top + 1)
    order = list(range(len(chars)))
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return "".join(chars[k] for k in order)


# --- Arabic letter forms ---------------------------------------------------------------------


@cache
def _forms() -> dict[tuple[str, str], str]:
    """(letter, form) -> presentation character, read from the Unicode decompositions."""
    table: dict[tuple[str, str], str] = {}
    for cp in range(0xFE70, 0xFF00):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and parts[0] in ("<isolated>", "<final>", "<initial>", "<medial>"):
            table[(chr(int(parts[1], 16)), parts[0].strip("<>"))] = chr(cp)
    return table


def _joining(ch: str) -> str:
    """'D' dual-joining, 'R' right-joining, 'T' transparent (marks), 'U' non-joining."""
    if ch == "\u0640" or ch == "\u200d":  # tatweel and zero-width joiner join both ways
        return "C"
    forms = _forms()
    if (ch, "initial") in forms or (ch, "medial") in forms:
        return "D"
    if (ch, "final") in forms:
        return "R"
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return "T"
    return "U"


def shape_arabic(text: str) -> str:
    """Replace each Arabic letter by its contextual presentation form (logical order kept)."""
    if not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text
    kinds = [_joining(ch) for ch in text]
    forms = _forms()
    out = list(text)
    for i, kind in enumerate(kinds):
        if kind not in ("D", "R"):
            continue
        p = i - 1
        while p >= 0 and kinds[p] == "T":
            p -= 1
        q = i + 1
        while q < len(kinds) and kinds[q] == "T":
            q += 1
        joins_before = p >= 0 and kinds[p] in ("D", "C")
        joins_after = kind == "D" and q < len(kinds) and kinds[q] in ("D", "R", "C")
        form = ("medial" if joins_before and joins_after else "final" if joins_before
                else "initial" if joins_after else "isolated")
        out[i] = forms.get((text[i], form), forms.get((text[i], "isolated"), text[i]))
    return "".join(out)
