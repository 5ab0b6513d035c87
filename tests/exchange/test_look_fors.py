"""Look-fors and required questions in kit files (JSON Schema) and the question CSV: carried
whole, refused past the domain's limits with the place and the problem."""

from __future__ import annotations

import json

import pytest

from interview_desk.domain.model import MAX_LOOK_FORS, clean_look_fors
from interview_desk.exchange.kit_csv import parse_question_csv
from interview_desk.exchange.kit_file import KitFileError, dump_kit, load_kit, parse_kit
from interview_desk.paths import resource


def test_the_domain_rule_cleans_and_limits_look_fors() -> None:
    assert clean_look_fors([" names a  trade-off ", "", "names a trade-off", "says I"]) == [
        "names a trade-off", "says I"]
    with pytest.raises(ValueError, match="at most 8"):
        clean_look_fors([f"signal {n}" for n in range(MAX_LOOK_FORS + 1)])


def test_the_shipped_kit_has_look_fors_and_required_questions() -> None:
    kit = load_kit(resource("kits", "second_interview_panel.json"))
    behavioural = [q for q in kit.questions() if q.qtype.value == "behavioural"]
    assert behavioural and all(2 <= len(q.look_fors) <= MAX_LOOK_FORS for q in behavioural)
    assert any("trade-off" in lf for q in kit.questions() for lf in q.look_fors)
    assert {q.ref for q in kit.questions() if q.required} >= {"cq-invite", "close-next"}


def test_look_fors_survive_a_kit_file_round_trip() -> None:
    kit = load_kit(resource("kits", "second_interview_panel.json"))
    again = parse_kit(dump_kit(kit), "k.json")
    assert [(q.look_fors, q.required) for q in again.questions()] == [
        (q.look_fors, q.required) for q in kit.questions()]


def test_nine_look_fors_in_a_kit_file_are_refused_with_their_place() -> None:
    data = json.loads(resource("kits", "second_interview_panel.json").read_text("utf-8"))
    data["sections"][2]["questions"][0]["look_fors"] = [f"s{n}" for n in range(9)]
    with pytest.raises(KitFileError) as err:
        parse_kit(json.dumps(data), "k.json")
    assert "sections[3].questions[1].look_fors" in str(err.value)


def test_the_question_csv_carries_look_fors_and_required() -> None:
    kit = parse_question_csv(
        "text,type,look_fors,required\n"
        "Tell me about a conflict,behavioural,says I not we | names the outcome,yes\n"
        "Why us?,,,\n", "q.csv")
    conflict, why = kit.questions()
    assert conflict.look_fors == ["says I not we", "names the outcome"] and conflict.required
    assert why.look_fors == [] and not why.required


@pytest.mark.parametrize(("row", "column", "problem"), [
    ("Q," + "|".join(f"s{n}" for n in range(9)) + ",", "look_fors", "at most 8"),
    ("Q,,perhaps", "required", "neither yes nor no"),
])
def test_a_bad_look_for_or_required_cell_names_row_and_column(
        row: str, column: str, problem: str) -> None:
    with pytest.raises(KitFileError) as err:
        parse_question_csv("text,look_fors,required\n" + row + "\n", "q.csv")
    assert f"row 2, column '{column}'" in str(err.value) and problem in str(err.value)
