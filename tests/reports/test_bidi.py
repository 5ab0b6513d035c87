"""Right-to-left text put in display order and Arabic letters joined, before layout."""

from __future__ import annotations

import unicodedata

import pytest

from interview_desk.reports.bidi import display, shape_arabic
from interview_desk.reports.text import Ink


@pytest.mark.parametrize("typed, shown", [
    ("plain English", "plain English"),
    ("שלום עולם", "םלוע םולש"),
    ("Hello שלום עולם world", "Hello םלוע םולש world"),
    ("שלום 123 עולם", "םלוע 123 םולש"),
    ("מחיר 45% הנחה", "החנה 45% ריחמ"),
    ("שלום John Smith עולם", "םלוע John Smith םולש"),
    ("ok:  ", "ok:  "),
])
def test_display_order_follows_the_bidi_algorithm(typed: str, shown: str) -> None:
    assert display(typed) == shown


def test_arabic_letters_take_their_joined_forms_and_read_back_as_typed() -> None:
    typed = "مرحبا بالعالم"
    shaped = shape_arabic(typed)
    assert shaped != typed
    assert all("\ufe70" <= ch <= "\ufeff" or ch == " " for ch in shaped)
    # meem initial, reh final, hah initial, beh medial, alef final
    assert shaped[:5] == "\ufee3\ufeae\ufea3\ufe92\ufe8e"
    assert unicodedata.normalize("NFKC", shaped) == typed


def test_markup_is_escaped_after_reordering() -> None:
    markup = Ink()("<b>שלום</b>")
    assert "<b>" not in markup and "&lt;" in markup
