"""Whatever is typed into Find is taken as words: never an error, never query syntax."""

from __future__ import annotations

import html
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_desk.domain.model import Candidate
from interview_desk.domain.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_WORDS,
    Snippet,
    match_expression,
    words_of,
)
from interview_desk.services.desk import Desk

SYNTAX = ['"', "'", "*", "^", "NEAR", "NEAR(", "AND", "OR", "NOT", "(", ")", ":", "-", "+",
          "{", "}", "body:", "rank", "col:", "\\", "\x00", "😀", "👍🏽", "é", "e\u0301", "一",
          " ", "\t", "\n", "team", "zürich", "a"]
typed = st.one_of(
    st.text(),
    st.lists(st.sampled_from(SYNTAX), max_size=30).map("".join),
    st.lists(st.one_of(st.sampled_from(SYNTAX), st.text(max_size=5)), max_size=20).map(" ".join),
)


@pytest.fixture(scope="module")
def index() -> Iterator[Desk]:
    """A real database with a little of everything, for every generated query."""
    with tempfile.TemporaryDirectory() as tmp:
        desk = Desk.open(Path(tmp) / "desk.sqlite3")
        desk.catalog.save_candidate(Candidate(
            name="Zoë NEAR Team", first_round_summary='said "AND" * OR (team) 😀 zürich'))
        yield desk
        desk.close()


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=typed)
def test_any_text_is_a_search_that_runs(index: Desk, text: str) -> None:
    result = index.search.find(text)  # never raises
    assert len(result.hits) <= 50
    index.catalog.list_candidates(text)  # the Candidates filter neither
    expression = match_expression(text)
    if expression is not None:  # plain quoted words, at most one trailing "*"
        assert expression.count('"') == 2 * len(words_of(text)) <= 2 * MAX_WORDS
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
        conn.execute("SELECT * FROM t WHERE t MATCH ?", [expression]).fetchall()
        conn.close()


def test_syntax_is_taken_as_words(index: Desk) -> None:
    assert match_expression('"unbalanced') == '"unbalanced"*'
    assert match_expression("NEAR(team project) ") == '"NEAR" "team" "project"'
    assert match_expression("AND OR NOT") == '"AND" "OR" "NOT"*'
    assert match_expression("team*") == '"team"'  # "*" is no prefix operator
    assert match_expression("😀 ") is None and match_expression("") is None
    assert match_expression("ab") == '"ab"'  # too short to expand
    assert len(words_of("word " * 2000 + "x " * 5000)) == 2  # a pasted page: its words
    assert len(words_of(" ".join(f"w{i}" for i in range(10_000)))) == MAX_WORDS
    [hit] = index.search.find('"AND" team').hits  # quotes and keywords are words
    assert hit.candidate_name == "Zoë NEAR Team"
    assert index.search.find("zurich near").hits  # accents folded; NEAR a word


def test_a_snippet_keeps_its_text_and_escapes_every_piece() -> None:
    raw = f"<font color=red>{HIGHLIGHT_START}big{HIGHLIGHT_END}</font> & 😀 {HIGHLIGHT_START}"
    snip = Snippet.parse(raw)
    assert snip.text == "<font color=red>big</font> & 😀 "
    assert snip.marked("<b>", "</b>", html.escape) == (
        "&lt;font color=red&gt;<b>big</b>&lt;/font&gt; &amp; 😀 ")
