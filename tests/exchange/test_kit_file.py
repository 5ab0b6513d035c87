import json
from pathlib import Path

import pytest

from interview_desk.domain.model import QuestionType, SectionKind
from interview_desk.exchange.kit_file import (
    KitFileError,
    dump_kit,
    load_kit,
    parse_kit,
    shipped_kit,
)

EXPECTED_SECTIONS = [
    SectionKind.OPENING, SectionKind.EXPERIENCE, SectionKind.BEHAVIOURAL,
    SectionKind.SITUATIONAL, SectionKind.MOTIVATION, SectionKind.PREVIEW,
    SectionKind.CANDIDATE_QUESTIONS, SectionKind.CLOSE,
]


def test_shipped_kit_has_the_second_interview_structure() -> None:
    kit = shipped_kit()
    assert kit.name == "Second interview — panel"
    assert [s.kind for s in kit.sections] == EXPECTED_SECTIONS
    assert all(len(c.anchors) == 4 and all(a.strip() for a in c.anchors)
               for c in kit.competencies)
    assert kit.unmeasured([c.key for c in kit.competencies]) == []
    behavioural = [q for q in kit.questions() if q.qtype is QuestionType.BEHAVIOURAL]
    assert any("conflict" in q.text for q in behavioural)
    preview = next(s for s in kit.sections if s.kind is SectionKind.PREVIEW)
    assert preview.questions and all(
        q.qtype is QuestionType.TALKING_POINT for q in preview.questions)
    assert 45 <= kit.total_minutes() <= 60


def test_a_kit_survives_a_round_trip_through_its_file_format() -> None:
    kit = shipped_kit()
    again = parse_kit(dump_kit(kit))
    assert dump_kit(again) == dump_kit(kit)


def _minimal() -> dict:
    return {"format": "interview-desk-kit", "format_version": 1, "name": "K",
            "competencies": [{"key": "a", "name": "A", "anchors": ["1", "2", "3", "4"]}],
            "sections": [{"title": "S", "questions": [{"text": "Q?", "competencies": ["a"]}]}]}


@pytest.mark.parametrize(("mutate", "place", "problem"), [
    (lambda d: d["sections"][0]["questions"][0].pop("text"), "sections[1].questions[1]",
     "'text' is a required property"),
    (lambda d: d["competencies"][0]["anchors"].pop(), "competencies[1].anchors", "short"),
    (lambda d: d["sections"][0]["questions"][0].update(type="quiz"),
     "sections[1].questions[1].type", "is not one of"),
    (lambda d: d["sections"][0]["questions"][0].update(minutes=-3),
     "sections[1].questions[1].minutes", "less than the minimum"),
    (lambda d: d["sections"][0]["questions"][0].update(competencies=["zzz"]),
     "sections[1].questions[1].competencies", "unknown competency 'zzz'"),
    (lambda d: d.update(format_version=9), "format_version", "format 9"),
])
def test_a_bad_kit_names_file_place_and_problem(tmp_path: Path, mutate, place, problem) -> None:
    data = _minimal()
    mutate(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(KitFileError) as err:
        load_kit(path)
    message = str(err.value)
    assert str(path) in message
    assert place in message
    assert problem in message


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "kit.json"
    path.write_text('{\n  "format": "interview-desk-kit",\n  oops\n}', encoding="utf-8")
    with pytest.raises(KitFileError, match="line 3"):
        load_kit(path)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KitFileError, match="No such file"):
        load_kit(tmp_path / "nope.json")
