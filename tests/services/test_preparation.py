"""Round trips for everything prepared before an interview, against a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_desk.domain.model import (
    Candidate,
    Competency,
    Concern,
    Panelist,
    Question,
    QuestionType,
    Role,
    Session,
    SessionStatus,
)
from interview_desk.services.catalog import competency_key
from interview_desk.services.desk import Desk
from interview_desk.services.sessions import Plan
from interview_desk.storage.errors import ValidationError
from tests.helpers import dump

ANCHORS = ("weak", "mixed", "good", "excellent")


def _role(desk: Desk) -> Role:
    return desk.catalog.save_role(Role(name="Data Engineer", competencies=[
        Competency(key="", name="SQL craft", weight=3, anchors=ANCHORS),
        Competency(key="", name="Communication", weight=1, anchors=ANCHORS)]))


def test_role_round_trip_keeps_order_weights_and_anchors(desk: Desk) -> None:
    role = _role(desk)
    back = desk.catalog.get_role(role.id)
    assert [c.name for c in back.competencies] == ["SQL craft", "Communication"]
    assert [c.key for c in back.competencies] == ["sql_craft", "communication"]
    assert back.competencies[0].anchors == ANCHORS
    assert back.weight_shares()[back.competencies[0].id] == pytest.approx(0.75)
    back.competencies.reverse()
    back.competencies[0].description = "Clear in writing"
    desk.catalog.save_role(back)
    again = desk.catalog.get_role(role.id)
    assert [c.name for c in again.competencies] == ["Communication", "SQL craft"]
    assert again.competencies[0].description == "Clear in writing"


def test_role_with_missing_anchor_is_refused_naming_the_competency(
        desk: Desk, db_path: Path) -> None:
    before = dump(db_path)
    role = Role(name="X", competencies=[
        Competency(key="", name="Empathy", anchors=("a", "", "c", ""))])
    with pytest.raises(ValidationError, match=r"Empathy.*2, 4"):
        desk.catalog.save_role(role)
    assert dump(db_path) == before


def test_removing_a_rated_competency_makes_a_new_version_and_keeps_the_ratings(
        demo_desk: Desk) -> None:
    role = demo_desk.catalog.list_roles()[0]
    ratings = demo_desk.db.execute("SELECT COUNT(*) FROM ratings").fetchone()[0]
    role.competencies.pop(0)
    stored = demo_desk.catalog.save_role(role)
    assert (stored.version, stored.family_id) == (2, role.family_id) and stored.id != role.id
    assert len(demo_desk.catalog.get_role(role.id).competencies) == 6
    assert len(demo_desk.catalog.get_role(stored.id).competencies) == 5
    assert demo_desk.db.execute("SELECT COUNT(*) FROM ratings").fetchone()[0] == ratings


def test_role_in_use_cannot_be_deleted_but_an_unused_one_can(demo_desk: Desk) -> None:
    used = demo_desk.catalog.list_roles()[0]
    with pytest.raises(ValidationError, match="3 session"):
        demo_desk.catalog.delete_role(used.id)
    spare = _role(demo_desk)
    demo_desk.catalog.delete_role(spare.id)
    assert [r.id for r in demo_desk.catalog.list_roles()] == [used.id]


def test_competency_keys_are_unique_slugs() -> None:
    assert competency_key("Problem solving & judgement") == "problem_solving_judgement"
    assert competency_key("Café culture") == "cafe_culture"
    assert competency_key("SQL", {"sql", "sql_2"}) == "sql_3"
    assert competency_key("!!!") == "competency"


def test_kit_round_trip_with_reorder_and_move_between_sections(desk: Desk) -> None:
    kit = desk.catalog.list_kits()[0]
    first, second = kit.sections[0], kit.sections[1]
    moved = first.questions.pop(0)
    moved.text = "Edited: walk us through your week."
    moved.probes = ["And then?", "Who decided?"]
    moved.minutes = 7
    second.questions.insert(1, moved)
    kit.sections[0], kit.sections[1] = second, first
    stored = desk.catalog.save_kit(kit)
    assert stored.id == kit.id  # unused kit: edited in place
    back = desk.catalog.get_kit(kit.id)
    assert back.sections[0].title == second.title
    assert back.sections[0].questions[1].text == "Edited: walk us through your week."
    assert back.sections[0].questions[1].probes == ["And then?", "Who decided?"]
    assert back.sections[0].questions[1].id == moved.id
    assert back.total_minutes() == kit.total_minutes()


def test_editing_a_kit_a_session_uses_makes_a_new_version(demo_desk: Desk) -> None:
    kit = demo_desk.catalog.list_kits()[0]
    used_by = demo_desk.catalog.kit_sessions(kit.id)
    assert used_by == 3
    original_texts = [q.text for q in kit.questions()]
    kit.sections[0].questions[0].text = "A brand new opener"
    stored = demo_desk.catalog.save_kit(kit)
    assert stored.id != kit.id and stored.version == 2 and stored.family_id == kit.family_id
    # every session still asks exactly what it was planned with
    for row in demo_desk.sessions.overview():
        assert row.kit_id == kit.id
    assert [q.text for q in demo_desk.catalog.get_kit(kit.id).questions()] == original_texts
    assert demo_desk.catalog.list_kits()[0].id == stored.id
    # the new version is unused, so a further edit changes it in place
    stored.name = "Renamed"
    again = demo_desk.catalog.save_kit(stored)
    assert again.id == stored.id and again.version == 2
    assert [k.version for k in demo_desk.catalog.kit_versions(kit.family_id)] == [1, 2]


def test_kit_in_use_cannot_be_deleted(demo_desk: Desk) -> None:
    kit = demo_desk.catalog.list_kits()[0]
    with pytest.raises(ValidationError, match="used by 3"):
        demo_desk.catalog.delete_kit(kit.id)


def test_unused_kit_deleted_and_concern_links_released(desk: Desk) -> None:
    kit = desk.catalog.list_kits()[0]
    q = kit.questions()[0]
    cand = desk.catalog.save_candidate(Candidate(name="Ann", concerns=[
        Concern(text="Gaps", question_id=q.id)]))
    desk.catalog.delete_kit(kit.id)
    assert desk.catalog.list_kits() == []
    assert desk.catalog.get_candidate(cand.id).concerns[0].question_id is None


def test_kit_with_empty_question_is_refused(desk: Desk, db_path: Path) -> None:
    kit = desk.catalog.list_kits()[0]
    kit.sections[0].questions.append(Question(text="  "))
    before = dump(db_path)
    with pytest.raises(ValidationError, match="no text"):
        desk.catalog.save_kit(kit)
    assert dump(db_path) == before


def test_export_then_import_gives_an_identical_new_kit(desk: Desk, tmp_path: Path) -> None:
    kit = desk.catalog.list_kits()[0]
    out = desk.catalog.export_kit_file(kit.id, tmp_path / "kit.json")
    imported = desk.catalog.import_kit_file(out)
    assert imported.id != kit.id and imported.family_id != kit.family_id
    again = desk.catalog.get_kit(imported.id)
    assert [(q.text, q.qtype, q.competency_keys, q.probes, q.minutes) for q in again.questions()] \
        == [(q.text, q.qtype, q.competency_keys, q.probes, q.minutes) for q in kit.questions()]
    assert again.competencies == kit.competencies


def test_candidate_round_trip_and_search(desk: Desk) -> None:
    role = _role(desk)
    q = desk.catalog.list_kits()[0].questions()[3]
    cand = desk.catalog.save_candidate(Candidate(
        name="Zoë Adébáyọ̀", role_id=role.id, email="zoe@example.com", phone="+1 555",
        stage="second interview", first_round_summary="Strong on Kafka; vague on testing.",
        concerns=[Concern(text="Testing discipline", question_id=q.id),
                  Concern(text="Notice period")]))
    desk.catalog.save_candidate(Candidate(name="Bob"))
    back = desk.catalog.get_candidate(cand.id)
    assert back.concerns[0].question_id == q.id and back.concerns[1].question_id is None
    assert back.first_round_summary.startswith("Strong on Kafka")
    names = lambda s: [c.name for c in desk.catalog.list_candidates(s)]  # noqa: E731
    assert names("") == ["Bob", "Zoë Adébáyọ̀"]
    assert names("zoë") == ["Zoë Adébáyọ̀"]
    assert names("Data Eng") == ["Zoë Adébáyọ̀"]  # by role
    assert names("kafka") == ["Zoë Adébáyọ̀"]  # by summary text
    assert names("notice") == ["Zoë Adébáyọ̀"]  # by concern text
    assert names("nobody") == []


def test_candidate_with_sessions_cannot_be_deleted(demo_desk: Desk) -> None:
    cand = demo_desk.catalog.list_candidates()[0]
    with pytest.raises(ValidationError, match="session"):
        demo_desk.catalog.delete_candidate(cand.id)
    fresh = demo_desk.catalog.save_candidate(Candidate(name="Temp"))
    demo_desk.catalog.delete_candidate(fresh.id)
    assert "Temp" not in [c.name for c in demo_desk.catalog.list_candidates()]


def _plan(desk: Desk) -> Plan:
    role = _role(desk)
    kit = desk.catalog.list_kits()[0]
    cand = desk.catalog.save_candidate(Candidate(name="Cy", role_id=role.id, concerns=[
        Concern(text="Linked", question_id=kit.questions()[0].id), Concern(text="Orphan")]))
    session = Session(candidate_id=cand.id, role_id=role.id, kit_id=kit.id,
                      scheduled_at="2026-12-01T10:00", location="Room 4")
    panel = [Panelist(name="Lee", panel_role="Hiring manager", is_lead=True),
             Panelist(name="Pat", panel_role="Peer")]
    return Plan(session, panel, {kit.questions()[0].id: panel[1].id})


def test_session_plan_round_trip(desk: Desk) -> None:
    plan = desk.sessions.save_plan(_plan(desk))
    back = desk.sessions.get_plan(plan.session.id)
    assert back.session.location == "Room 4" and back.session.planned_minutes == 60
    assert [(p.name, p.panel_role, p.is_lead) for p in back.panel] == [
        ("Lee", "Hiring manager", True), ("Pat", "Peer", False)]
    assert back.assignments == plan.assignments
    back.panel.pop(0)
    back.panel[0].is_lead = True
    desk.sessions.save_plan(back)
    assert [p.name for p in desk.sessions.get_plan(plan.session.id).panel] == ["Pat"]


def test_plan_warnings(desk: Desk) -> None:
    plan = _plan(desk)
    kit = desk.catalog.get_kit(plan.session.kit_id)
    w = desk.sessions.warnings(plan)
    assert len(w.unassigned) == len(kit.questions()) - 1
    assert [c.text for c in w.concerns_without_question] == ["Orphan"]
    assert w.kit_minutes == kit.total_minutes()
    plan.session.planned_minutes = 30
    assert desk.sessions.warnings(plan).over_time
    plan.assignments = {q.id: plan.panel[0].id for q in kit.questions()}
    plan.session.planned_minutes = kit.total_minutes()
    assert desk.sessions.warnings(plan).unassigned == []
    assert not desk.sessions.warnings(plan).over_time


def test_concern_linked_to_an_older_kit_version_still_counts(desk: Desk) -> None:
    plan = desk.sessions.save_plan(_plan(desk))
    kit = desk.catalog.get_kit(plan.session.kit_id)
    kit.sections[-1].questions.append(Question(text="New closing question", minutes=1,
                                               qtype=QuestionType.GENERAL))
    v2 = desk.catalog.save_kit(kit)
    assert v2.version == 2
    plan2 = Plan(Session(candidate_id=plan.session.candidate_id, role_id=plan.session.role_id,
                         kit_id=v2.id), [Panelist(name="Solo")])
    assert [c.text for c in desk.sessions.warnings(plan2).concerns_without_question] == [
        "Orphan"]


def test_plan_rejects_bad_input_and_started_sessions(demo_desk: Desk) -> None:
    plan = _plan(demo_desk)
    plan.session.planned_minutes = 0
    with pytest.raises(ValidationError, match="duration"):
        demo_desk.sessions.save_plan(plan)
    plan.session.planned_minutes = 60
    plan.assignments = {"nope": plan.panel[0].id}
    with pytest.raises(ValidationError, match="assigned"):
        demo_desk.sessions.save_plan(plan)
    live = next(r for r in demo_desk.sessions.overview() if r.status == "live")
    with pytest.raises(ValidationError, match="not started"):
        demo_desk.sessions.save_plan(demo_desk.sessions.get_plan(live.id))
    with pytest.raises(ValidationError, match="not started"):
        demo_desk.sessions.delete_planned(live.id)
    planned = next(r for r in demo_desk.sessions.overview() if r.status == "planned")
    demo_desk.sessions.delete_planned(planned.id)
    assert SessionStatus.PLANNED.value not in [r.status for r in demo_desk.sessions.overview()]


def test_plan_without_role_or_kit_is_refused_clearly(desk: Desk, db_path: Path) -> None:
    cand = desk.catalog.save_candidate(Candidate(name="Solo"))
    before = dump(db_path)
    for role_id, kit_id, word in (("", desk.catalog.list_kits()[0].id, "role"),
                                  ("nope", desk.catalog.list_kits()[0].id, "role"),
                                  (_role(desk).id, "", "kit")):
        before = dump(db_path)
        plan = Plan(Session(candidate_id=cand.id, role_id=role_id, kit_id=kit_id),
                    [Panelist(name="A")])
        with pytest.raises(ValidationError, match=f"Choose a {word}"):
            desk.sessions.save_plan(plan)
        assert dump(db_path) == before
