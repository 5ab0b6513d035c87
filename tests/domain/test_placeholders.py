"""The blanks a kit leaves for the panel (“[names and roles]”) are found where they are."""

from __future__ import annotations

from interview_desk.domain.model import Kit, Question, Section
from interview_desk.domain.placeholders import (
    kit_placeholders,
    placeholders,
    question_placeholders,
)
from interview_desk.exchange.kit_file import shipped_kit


def test_blanks_are_found_in_order_once_each() -> None:
    text = ("We are [names and roles]. Our mission is [read the one-line mission]; "
            "[names and roles].")
    assert placeholders(text) == ["[names and roles]", "[read the one-line mission]"]


def test_brackets_that_are_not_blanks_are_left_alone() -> None:
    assert placeholders("A list [] or a reference [1], or [ nothing") == []
    assert placeholders("two lines [not\na blank]") == []


def test_a_question_s_probes_count_and_a_kit_lists_its_questions_with_blanks() -> None:
    asked = Question(text="Tell us about [project].", probes=["Who else was in [team]?"])
    clean = Question(text="Why this role?")
    kit = Kit(name="k", sections=[Section(title="s", questions=[asked, clean])])
    assert question_placeholders(asked) == ["[project]", "[team]"]
    found = kit_placeholders(kit)
    assert [(f.question.id, f.blanks) for f in found] == [(asked.id, ["[project]", "[team]"])]


def test_the_shipped_kit_s_blanks_are_all_found() -> None:
    blanks = {b for f in kit_placeholders(shipped_kit()) for b in f.blanks}
    assert {"[names and roles]", "[read the one-line mission]",
            "[name one or two values]", "[name]"} <= blanks
