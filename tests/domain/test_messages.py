"""Telling the candidate: templates filled exactly, and a mailto: link that survives any text."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from interview_desk.domain.messages import (
    SHIPPED,
    MessageKind,
    MessageTemplate,
    compose,
    default_timeline,
    fill,
    kind_for,
)
from interview_desk.domain.model import Outcome

NAMES = [
    'Siobhán "Shiv" O\'Neill',  # quotes of both kinds
    "Zoë 🙂 Chen-Ramírez",  # emoji and accents
    "نور الهدى",  # right-to-left (Arabic)
    "{role} & 100% <b>Mallory</b>",  # looks like a placeholder, markup and a percent
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("kind", list(MessageKind))
def test_every_shipped_template_carries_the_name_and_role_exactly(
        name: str, kind: MessageKind) -> None:
    m = compose(SHIPPED[kind], candidate=name, role="Data Engineer (ML)",
                next_steps="A call with Dana", timeline="by Friday", sender="Ann Lead",
                to="cand+1@example.org")
    assert f"Dear {name}," in m.body
    assert "Data Engineer (ML)" in m.subject and "Data Engineer (ML)" in m.body
    assert "Ann Lead" in m.body
    assert "{" not in m.body.replace(name, "")  # every placeholder filled
    if kind is not MessageKind.NOT_MOVING_FORWARD:
        assert "A call with Dana" in m.body and "by Friday" in m.body


@pytest.mark.parametrize("name", NAMES)
def test_mailto_percent_encodes_everything_and_decodes_back_to_the_message(name: str) -> None:
    m = compose(SHIPPED[MessageKind.MOVING_FORWARD], candidate=name, role="R&D / QA?",
                next_steps="Meet the team", timeline="by 10 Dec", sender="Ann",
                to="cand+1@example.org")
    url = m.mailto()
    assert url.isascii() and " " not in url and "\n" not in url and "+" not in url
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "cand+1@example.org"
    query = parse_qs(parts.query, keep_blank_values=True)
    # exactly two fields: no "&" or "=" in the text split the query
    assert set(query) == {"subject", "body"}
    assert query["subject"] == [m.subject]
    assert query["body"] == [m.body.replace("\n", "\r\n")]


def test_filling_is_one_pass_and_leaves_unknown_placeholders() -> None:
    assert fill("{candidate} for {role}", {"candidate": "{role}", "role": "X"}) == "{role} for X"
    assert fill("{nope} {candidate}", {"candidate": "A"}) == "{nope} A"
    t = MessageTemplate(MessageKind.MOVING_FORWARD, "Hi {frist_name}", "{candidate} {x}", "")
    assert t.unknown_placeholders() == ["frist_name", "x"]
    assert all(not s.unknown_placeholders() for s in SHIPPED.values())


def test_first_name_and_outcome_kinds() -> None:
    m = compose(MessageTemplate(MessageKind.ANOTHER_ROUND, "{first_name}", "", ""),
                candidate="  Zoë  Chen ", role="", next_steps="", timeline="", sender="")
    assert m.subject == "Zoë"
    assert kind_for(Outcome.HIRE) is MessageKind.MOVING_FORWARD
    assert kind_for(Outcome.NO_HIRE) is MessageKind.NOT_MOVING_FORWARD
    assert kind_for(Outcome.ANOTHER_ROUND) is kind_for(Outcome.ADDITIONAL_ASSESSMENT) \
        is MessageKind.ANOTHER_ROUND


def test_default_timeline_names_the_follow_up_day() -> None:
    assert default_timeline(MessageKind.MOVING_FORWARD, date(2026, 12, 11)) == \
        "by Friday 11 December 2026"
    assert default_timeline(MessageKind.ANOTHER_ROUND, None) == \
        "within the next five working days"
    assert default_timeline(MessageKind.NOT_MOVING_FORWARD, date(2026, 12, 11)) == ""
