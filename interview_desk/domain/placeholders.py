"""Blanks a kit leaves for the panel to fill in: “[names and roles]”, “[read the one-line
mission]”. Read out as written they tell the candidate the script was never prepared, so the
kit editor, the planner and the live view point them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from interview_desk.domain.model import Kit, Question

# one bracketed phrase on one line, starting with a letter: “[name]”, not “[]” nor “[1]”
_BLANK = re.compile(r"\[[^\W\d_][^\[\]\n]{0,79}\]")


def placeholders(text: str) -> list[str]:
    """The bracketed blanks of ``text`` in the order they appear, each once."""
    return list(dict.fromkeys(m.group(0) for m in _BLANK.finditer(text)))


def question_placeholders(question: Question) -> list[str]:
    """The blanks of a question's wording and its probes (what is read to the candidate)."""
    return placeholders("\n".join([question.text, *question.probes]))


@dataclass(frozen=True)
class KitPlaceholder:
    """A blank left in one question of a kit."""

    question: Question
    blanks: list[str]


def kit_placeholders(kit: Kit) -> list[KitPlaceholder]:
    """Every question of ``kit`` with blanks still to fill in, in the kit's order."""
    found = ((q, question_placeholders(q)) for q in kit.questions())
    return [KitPlaceholder(q, blanks) for q, blanks in found if blanks]
