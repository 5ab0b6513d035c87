"""Hostile values: files the schema accepts but the app would never let a person make.

Impossible or implausible times, ids not made of their parts, unknown enum values, and every
rule the services apply to a person (a rating with "no evidence", an incomplete submitted
scorecard, a panel of leads, an ad-hoc question with a kit question's id, a check on a
lead-only concern…). Each is refused naming the file, the row and the field, and the lead's
database is left exactly as it was.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from interview_desk.domain.model import Note
from interview_desk.exchange.panel_file import ExchangeFileError
from interview_desk.services.desk import Desk
from interview_desk.storage.repositories import NoteRepository
from tests.exchange_support import (
    Planned,
    capture_transcript,
    copy_db,
    do_panelist_work,
    load,
    plan_session,
    record_consent,
    save,
)
from tests.helpers import dump

Doc = dict[str, Any]


@dataclass
class World:
    lead_db: Path  # the lead's database: one note of the lead's, no return merged yet
    panel: Doc
    bob_return: Doc
    p: Planned


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("hostile-values")
    with Desk.open(root / "lead.sqlite3") as lead:
        p = plan_session(lead)
        record_consent(lead, p)
        lead.exchange.export_panel(p.session_id, root / "panel.json")
    with Desk.open(root / "bob.sqlite3") as bob:
        bob.exchange.import_paths([root / "panel.json"])
        do_panelist_work(bob, p, p.bob_id, "bob")
        capture_transcript(bob, p, p.bob_id, "bob")
        bob.exchange.export_return(p.session_id, p.bob_id, root / "bob.json")
    with Desk.open(root / "lead.sqlite3") as lead:
        NoteRepository(lead.db).save(Note(session_id=p.session_id, panelist_id=p.lead_id,
                                          question_id=p.question_ids[0], text="the lead's",
                                          id=LEADS_NOTE))
    return World(root / "lead.sqlite3", load(root / "panel.json"), load(root / "bob.json"), p)


LEADS_NOTE = "1ead" * 8


Change = Callable[[Doc, Planned], None]


def _set(path: str, value: Any) -> Change:
    """Set ``notes.0.text``-style paths inside the payload (list indexes as numbers)."""
    def change(payload: Doc, _p: Planned) -> None:
        *parents, last = path.split(".")
        node: Any = payload
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value
    return change


@dataclass
class Case:
    file: str  # "panel" or "bob_return"
    change: Change
    where: str  # the row and field the message must name
    expected: str


def _everyone_lead(payload: Doc, _p: Planned) -> None:
    for x in payload["panelists"]:
        x["is_lead"] = 1


def _nobody_lead(payload: Doc, _p: Planned) -> None:
    for x in payload["panelists"]:
        x["is_lead"] = 0


def _rated_and_no_evidence(payload: Doc, _p: Planned) -> None:
    payload["ratings"][0].update(rating=3, no_evidence=1)


def _drop_a_rating(payload: Doc, _p: Planned) -> None:
    payload["ratings"].pop()


def _adhoc_with_kit_question_id(payload: Doc, p: Planned) -> None:
    payload["adhoc_questions"].append({
        "id": p.question_ids[3], "session_id": p.session_id, "panelist_id": p.bob_id,
        "text": "Tell me more", "after_question_id": p.question_ids[1],
        "created_at": "2026-11-20T10:00:00+00:00", "updated_at": "2026-11-20T10:00:00+00:00"})


def _blank_adhoc(payload: Doc, p: Planned) -> None:
    payload["adhoc_questions"].append({
        "id": "a" * 32, "session_id": p.session_id, "panelist_id": p.bob_id, "text": "  ",
        "after_question_id": None, "created_at": "2026-11-20T10:00:00+00:00",
        "updated_at": "2026-11-20T10:00:00+00:00"})


def _check_lead_only_concern(payload: Doc, p: Planned) -> None:
    payload["concern_checks"][0]["concern_id"] = p.lead_only_concern_id


def _blank_anchor(payload: Doc, _p: Planned) -> None:
    payload["competency_anchors"][5]["text"] = " "


def _same_key_twice(payload: Doc, _p: Planned) -> None:
    payload["competencies"][1]["key"] = payload["competencies"][0]["key"]


def _thresholds(hire_below: float | None, no_hire_above: float | None) -> Change:
    def change(payload: Doc, _p: Planned) -> None:
        payload["roles"][0].update(hire_below=hire_below, no_hire_above=no_hire_above)
    return change


def _tick_on_a_question_without_look_fors(payload: Doc, p: Planned) -> None:
    bare = next(q for q in p.question_ids if q not in p.look_fors)
    payload["look_for_ticks"][0]["question_id"] = bare


def _segment_on(question: Callable[[Planned], str]) -> Change:
    def change(payload: Doc, p: Planned) -> None:
        payload["transcript_segments"][0]["question_id"] = question(p)
    return change


def _pin_on_a_segment_not_carried(payload: Doc, _p: Planned) -> None:
    pin = payload["transcript_pins"][0]
    payload["transcript_segments"] = [s for s in payload["transcript_segments"]
                                      if s["id"] != pin["segment_id"]]
    payload["transcript_pins"] = [pin]


def _competency_pin_first(change: Change) -> Change:
    """Rows travel in id order (random ids): put the quote pinned for a competency first."""
    def first(payload: Doc, p: Planned) -> None:
        payload["transcript_pins"].sort(key=lambda x: x["competency_key"] is None)
        change(payload, p)
    return first


def _pin_both(payload: Doc, _p: Planned) -> None:
    pin = next(x for x in payload["transcript_pins"] if x["competency_key"])
    pin["star_part"] = "result"


def _pin_span_moved(payload: Doc, _p: Planned) -> None:
    pin = payload["transcript_pins"][0]
    pin["end_seconds"] = pin["end_seconds"] + 30


SUBMITTED = "scorecard.submitted_at"
SEG = "transcript_segments"
CASES: dict[str, Case] = {
    # --- times -------------------------------------------------------------------------------
    "session starts in year 9999": Case(
        "panel", _set("session.started_at", "9999-12-31T23:30:00+00:00"),
        "payload.session.started_at", "between the years 2000 and 2100"),
    "scorecard submitted in year 1 at +23:59": Case(
        "bob_return", _set(SUBMITTED, "0001-01-01T00:00:00+23:59"),
        "payload.scorecard.submitted_at", "between the years 2000 and 2100"),
    "30 February": Case("bob_return", _set("notes.0.updated_at", "2026-02-30T10:00:00+00:00"),
                        "payload.notes[1].updated_at", "no such day"),
    "month 13, hour 99": Case("bob_return", _set("flags.0.flagged_at", "2026-13-45T99:99"),
                              "payload.flags[1].flagged_at", "with its offset"),
    "a time without its offset": Case(
        "bob_return", _set("concern_checks.0.addressed_at", "2026-11-20T10:00:00"),
        "payload.concern_checks[1].addressed_at", "with its offset"),
    "a time with a space for T": Case(
        "panel", _set("candidate.updated_at", "2026-11-20 10:00:00+00:00"),
        "payload.candidate.updated_at", "with its offset"),
    "a time in 1999": Case("panel", _set("kit.created_at", "1999-12-31T23:59:59Z"),
                           "payload.kit.created_at", "between the years"),
    "planned for 30 February": Case("panel", _set("session.scheduled_at", "2026-02-30T10:00"),
                                    "payload.session.scheduled_at", "can be planned for"),
    "nine look-fors on a question": Case(
        "panel", _set("questions.0.look_fors", json.dumps([f"signal {i}" for i in range(9)])),
        "payload.questions[1].look_fors", "at most 8 look-fors"),
    # --- ids and enums -----------------------------------------------------------------------
    "assignment id not its parts": Case("panel", _set("assignments.0.id", "b" * 32),
                                        "payload.assignments[1].id", "joined by ':'"),
    "unknown session status": Case("panel", _set("session.status", "archived"),
                                   "payload.session.status", "archived"),
    "unknown recommendation": Case("bob_return", _set("scorecard.recommendation", "maybe"),
                                   "payload.scorecard.recommendation", "maybe"),
    "unknown flag kind": Case("bob_return", _set("flags.0.kind", "red"),
                              "payload.flags[1].kind", "red"),
    # --- what a person cannot do -------------------------------------------------------------
    "rated and 'no evidence'": Case("bob_return", _rated_and_no_evidence,
                                    "payload.ratings[1].no_evidence",
                                    "both rated and “no evidence”"),
    "submitted scorecard missing a competency": Case(
        "bob_return", _drop_a_rating, "payload.scorecard.submitted_at", "Not yet rated"),
    "submitted scorecard without a recommendation": Case(
        "bob_return", _set("scorecard.recommendation", None), "payload.scorecard.submitted_at",
        "overall recommendation"),
    "ad-hoc question with a kit question's id": Case(
        "bob_return", _adhoc_with_kit_question_id, "payload.adhoc_questions[1].id",
        "id of a kit question"),
    "blank ad-hoc question": Case("bob_return", _blank_adhoc, "payload.adhoc_questions[1].text",
                                  "needs some text"),
    "blank candidate question": Case("bob_return", _set("candidate_questions.0.text", ""),
                                     "payload.candidate_questions[1].text", "needs some text"),
    "concern check on a lead-only concern": Case(
        "bob_return", _check_lead_only_concern, "payload.concern_checks[1].concern_id",
        "lead's eyes only"),
    "concern check by another panelist's note": Case(
        "bob_return", _set("concern_checks.0.note_id", LEADS_NOTE),
        "payload.concern_checks[1].note_id", "note of one's own"),
    "a panel where everyone is lead": Case("panel", _everyone_lead,
                                           "payload.panelists[2].is_lead", "one lead"),
    "a panel without a lead": Case("panel", _nobody_lead, "payload.panelists",
                                   "no lead"),
    "a nameless panelist": Case("panel", _set("panelists.1.name", " "),
                                "payload.panelists[2].name", "needs a name"),
    "planned for no minutes": Case("panel", _set("session.planned_minutes", 0),
                                   "payload.session.planned_minutes", "between 1 and 480"),
    "a planned session that started": Case(
        "panel", _set("session.started_at", "2026-11-20T10:00:00+00:00"),
        "payload.session.started_at", "planned session"),
    "a look-for the kit does not list": Case(
        "bob_return", _set("look_for_ticks.0.look_for", "was charming"),
        "payload.look_for_ticks[1].look_for", "not one of the look-fors"),
    "a tick on a question that lists no look-fors": Case(
        "bob_return", _tick_on_a_question_without_look_fors,
        "payload.look_for_ticks[1].look_for", "not one of the look-fors"),
    "a tick ten days into the session": Case(
        "bob_return", _set("look_for_ticks.0.elapsed_seconds", 10 * 24 * 3600),
        "payload.look_for_ticks[1].elapsed_seconds", "between 0 and 24 hours"),
    "a tick stamped on 30 February": Case(
        "bob_return", _set("look_for_ticks.0.created_at", "2026-02-30T10:00:00+00:00"),
        "payload.look_for_ticks[1].created_at", "no such day"),
    "contradictory override thresholds": Case(
        "panel", _thresholds(3.5, 2.0), "payload.roles[1].hire_below",
        "cannot be below the hire threshold"),
    "an override threshold off the scale": Case(
        "panel", _thresholds(None, 9), "payload.roles[1].hire_below", "lies between 1 and 4"),
    "a nameless role": Case("panel", _set("roles.0.name", ""), "payload.roles[1].name",
                            "role needs a name"),
    "a nameless competency": Case("panel", _set("competencies.2.name", ""),
                                  "payload.competencies[3].name", "needs a name"),
    "two competencies with one key": Case("panel", _same_key_twice,
                                          "payload.competencies[2].key", "share the key"),
    "a blank anchor": Case("panel", _blank_anchor, "payload.competency_anchors[6].text",
                           "no anchor for rating"),
    "a kit's competencies not as the app writes them": Case(
        "panel", _set("kit.competencies_json", '[{"key": "x"}]'),
        "payload.kit.competencies_json", "as the app writes them"),
    "a kit's competencies not JSON": Case("panel", _set("kit.competencies_json", "{{"),
                                          "payload.kit.competencies_json", "JSON list"),
    "a nameless kit": Case("panel", _set("kit.name", ""), "payload.kit.name", "kit needs a name"),
    "an untitled section": Case("panel", _set("kit_sections.1.title", ""),
                                "payload.kit_sections[2].title", "needs a title"),
    "a question without text": Case("panel", _set("questions.3.text", " "),
                                    "payload.questions[4].text", "has no text"),
    "a nameless candidate": Case("panel", _set("candidate.name", ""),
                                 "payload.candidate.name", "candidate needs a name"),
    "a blank concern": Case("panel", _set("concerns.0.text", ""), "payload.concerns[1].text",
                            "concern to probe has no text"),
    # --- transcripts (issue 17): spans, questions, words, pins, consent ----------------------
    "a segment before the session clock starts": Case(
        "bob_return", _set(f"{SEG}.0.start_seconds", -1), f"payload.{SEG}[1].start_seconds",
        "less than the minimum"),
    "a segment ending before it starts": Case(
        "bob_return", _set(f"{SEG}.0.end_seconds", 1.5), f"payload.{SEG}[1].end_seconds",
        "ends at or after its start"),
    "a segment past the session clock's day": Case(
        "bob_return", _set(f"{SEG}.0.end_seconds", 90_000), f"payload.{SEG}[1].end_seconds",
        "greater than the maximum"),
    "a segment under a question of no session": Case(
        "bob_return", _segment_on(lambda _p: "e" * 32), f"payload.{SEG}[1].question_id",
        "not a question of this session"),
    "a segment under a lead-only concern's id": Case(
        "bob_return", _segment_on(lambda p: p.lead_only_concern_id),
        f"payload.{SEG}[1].question_id", "not a question of this session"),
    "an empty segment": Case("bob_return", _set(f"{SEG}.0.text", "   "),
                             f"payload.{SEG}[1].text", "empty"),
    "a segment longer than anything heard in one go": Case(
        "bob_return", _set(f"{SEG}.0.text", "word " * 500), f"payload.{SEG}[1].text",
        "too long"),
    "a segment marked not said with a 2": Case(
        "bob_return", _set(f"{SEG}.0.not_said", 2), f"payload.{SEG}[1].not_said", "2"),
    "a pinned quote not in its segment": Case(
        "bob_return", _set("transcript_pins.0.quote", "I never said that"),
        "payload.transcript_pins[1].quote", "part of what its segment heard"),
    "a pinned quote that moved its span": Case(
        "bob_return", _pin_span_moved, "payload.transcript_pins[1].start_seconds",
        "keeps its segment's time span"),
    "a quote pinned to a competency the role lacks": Case(
        "bob_return", _competency_pin_first(_set("transcript_pins.0.competency_key",
                                                 "mind_reading")),
        "payload.transcript_pins[1].competency_key", "not a competency of this session"),
    "a quote pinned to a competency and a STAR part": Case(
        "bob_return", _pin_both, "payload.transcript_pins", "either to a competency or"),
    "a quote pinned to no STAR part there is": Case(
        "bob_return", _set("transcript_pins.0.star_part", "conclusion"),
        "payload.transcript_pins[1].star_part", "conclusion"),
    "a quote pinned from a segment the file does not carry": Case(
        "bob_return", _pin_on_a_segment_not_carried, "payload.transcript_pins[1].segment_id",
        "travels with the segment"),
    "a tombstone at an impossible time": Case(
        "bob_return", lambda d, p: d["transcript_deletions"].append({
            "segment_id": "d" * 32, "session_id": p.session_id, "panelist_id": p.bob_id,
            "deleted_at": "2026-02-30T10:00:00+00:00"}),
        "payload.transcript_deletions[1].deleted_at", "no such day"),
    "a consent the candidate did not give": Case(
        "panel", _set("transcript_consent.candidate_name", "Ingrid Lead"),
        "payload.transcript_consent.candidate_name", "must come from the candidate"),
    "a consent kept ten years": Case(
        "panel", _set("transcript_consent.retention_days", 3650),
        "payload.transcript_consent.retention_days", "between 1 and 365"),
    "a consent given no way the app knows": Case(
        "panel", _set("transcript_consent.method", "nodded"),
        "payload.transcript_consent.method", "nodded"),
    "a consent for another session": Case(
        "panel", _set("transcript_consent.session_id", "e" * 32),
        "payload.transcript_consent.session_id", "belongs to another session"),
    "a consent given in year 9999": Case(
        "panel", _set("transcript_consent.given_at", "9999-01-01T00:00:00+00:00"),
        "payload.transcript_consent.given_at", "2100"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_value_the_app_would_refuse_is_refused_and_nothing_changes(
        world: World, tmp_path: Path, name: str) -> None:
    case = CASES[name]
    data = copy.deepcopy(getattr(world, case.file))
    case.change(data["payload"], world.p)
    hostile = save(tmp_path / "hostile.json", data)
    target = copy_db(world.lead_db, tmp_path / "lead.sqlite3")
    before = dump(target)
    with Desk.open(target) as desk, pytest.raises(ExchangeFileError) as refused:
        desk.exchange.import_paths([hostile])
    message = str(refused.value)
    assert message.startswith(f"hostile.json: at {case.where}"), message
    assert case.expected in message
    assert message.endswith("Nothing was imported.") and len(message) < 400
    assert dump(target) == before


def test_the_genuine_files_pass_the_same_checks(world: World, tmp_path: Path) -> None:
    target = copy_db(world.lead_db, tmp_path / "lead.sqlite3")
    panel = save(tmp_path / "panel.json", copy.deepcopy(world.panel))
    bob = save(tmp_path / "bob.json", copy.deepcopy(world.bob_return))
    with Desk.open(target) as desk:
        report = desk.exchange.import_paths([panel, bob])
        assert report.added > 0 and not report.refused
        card = desk.scorecards.card(world.p.session_id, world.p.bob_id)
    assert card.submitted_at is not None
