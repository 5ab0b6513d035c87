from pathlib import Path

import pytest

from interview_desk.domain.model import QuestionType
from interview_desk.exchange.kit_csv import load_question_csv, parse_question_csv
from interview_desk.exchange.kit_file import KitFileError
from interview_desk.services.desk import Desk
from tests.helpers import dump

GOOD = (
    "section,text,type,minutes,competencies,probes,good,red_flags,ref\n"
    'Opening,"Tell us about yourself, briefly",general,3,,,,,\n'
    "Behavioural,Tell me about a time you faced a conflict at work,Behavioural (STAR),8,"
    "collaboration;ownership,What did you say? | What changed?,Owns their part,Blames others,b1\n"
    """,Describe a tight deadline you met,behavioural,7,ownership,,,,b2
Close,What are your long-term career goals?,Motivation & fit,,,,,,
""")


def test_good_csv_becomes_a_kit_with_sections_in_order(tmp_path: Path) -> None:
    f = tmp_path / "backend_questions.csv"
    f.write_text(GOOD, encoding="utf-8")
    kit = load_question_csv(f)
    assert kit.name == "backend questions"
    assert [s.title for s in kit.sections] == ["Opening", "Behavioural", "Close"]
    conflict, deadline = kit.sections[1].questions
    assert conflict.qtype is QuestionType.BEHAVIOURAL and conflict.minutes == 8
    assert conflict.probes == ["What did you say?", "What changed?"]
    assert conflict.competency_keys == ["collaboration", "ownership"]
    assert deadline.ref == "b2"
    assert kit.sections[2].questions[0].qtype is QuestionType.MOTIVATION_FIT
    assert [c.key for c in kit.competencies] == ["collaboration", "ownership"]
    assert kit.total_minutes() == 18


def test_semicolon_csv_with_bom_and_only_a_text_column() -> None:
    kit = parse_question_csv("\ufeffText;Minutes\nWhy us?;5\n\nWhy now?;\n", "q.csv")
    assert [q.text for q in kit.questions()] == ["Why us?", "Why now?"]
    assert kit.sections[0].title == "Questions"


@pytest.mark.parametrize(("text", "place", "problem"), [
    ("", "", "empty"),
    ("question\nHi\n", "row 1", "unknown column 'question'"),
    ("section,type\nA,general\n", "row 1", "no 'text' column"),
    ("text,minutes\nOne,5\nTwo,five\n", "row 3, column 'minutes'", "'five'"),
    ("text,type\nOne,\nTwo,quiz\n", "row 3, column 'type'", "unknown question type 'quiz'"),
    ("text,minutes\nOne,2\n,3\n", "row 3, column 'text'", "empty"),
    ("text,ref\nOne,a\nTwo,a\n", "row 3, column 'ref'", "used twice"),
    ("text,competencies\nOne,Team Work\n", "row 2, column 'competencies'", "not a competency"),
    ("text\n\n\n", "", "no questions"),
    ("text,minutes\nOne,1,extra\n", "row 2", "3 cells"),
])
def test_bad_csv_names_row_and_problem(text: str, place: str, problem: str) -> None:
    with pytest.raises(KitFileError) as err:
        parse_question_csv(text, "q.csv")
    assert err.value.place == place
    assert problem in err.value.problem


def test_bad_file_imports_nothing(desk: Desk, db_path: Path, tmp_path: Path) -> None:
    f = tmp_path / "bad.csv"
    f.write_text(GOOD + "Close,Last one,general,lots,,,,,\n", encoding="utf-8")
    before = dump(db_path)
    with pytest.raises(KitFileError, match="row 6, column 'minutes'"):
        desk.catalog.import_kit_file(f)
    assert dump(db_path) == before
    latin = tmp_path / "latin.csv"
    latin.write_bytes("text\nCaf\xe9?\n".encode("latin-1"))
    with pytest.raises(KitFileError, match="UTF-8"):
        desk.catalog.import_kit_file(latin)
    assert dump(db_path) == before


def test_good_csv_imports_as_a_new_kit(desk: Desk, tmp_path: Path) -> None:
    f = tmp_path / "spread.csv"
    f.write_text(GOOD, encoding="utf-8")
    kit = desk.catalog.import_kit_file(f)
    assert {k.name for k in desk.catalog.list_kits()} == {"Second interview — panel", "spread"}
    assert len(desk.catalog.get_kit(kit.id).questions()) == 4
