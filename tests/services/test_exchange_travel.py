"""What a session needs on the other laptop besides notes and scorecards.

A panelist's look-for ticks reach the lead in the return file (and show in the lead's
debrief); the role's override thresholds reach the panelists in the panel file, as part of
the role version, so the imported session is held to the same rule.
"""

from __future__ import annotations

from pathlib import Path

from interview_desk.domain.debrief import Viewer
from interview_desk.domain.live import LookForTick
from interview_desk.domain.model import Outcome
from interview_desk.domain.override import OverridePolicy, departure
from interview_desk.exchange.panel_file import read_file
from interview_desk.services.desk import Desk
from interview_desk.storage.live_repositories import LiveRepository
from tests.exchange_support import plan_session
from tests.helpers import dump


def test_a_panelists_look_for_ticks_reach_the_lead_and_show_in_the_debrief(
        desk: Desk, tmp_path: Path) -> None:
    p = plan_session(desk)
    panel = desk.exchange.export_panel(p.session_id, tmp_path / "panel.json")
    question = next(q for q in p.question_ids if q in p.look_fors)
    seen, taken_back = p.look_fors[question][:2]
    with Desk.open(tmp_path / "bob.sqlite3") as bob:
        bob.exchange.import_paths([panel])
        kept = LookForTick(session_id=p.session_id, panelist_id=p.bob_id, question_id=question,
                           look_for=seen, elapsed_seconds=125)
        bob.live.set_look_for(kept, True)
        undone = LookForTick(session_id=p.session_id, panelist_id=p.bob_id,
                             question_id=question, look_for=taken_back, elapsed_seconds=130)
        bob.live.set_look_for(undone, True)
        bob.live.set_look_for(undone, False)  # taken back in the room: it does not travel
        returned = bob.exchange.export_return(p.session_id, p.bob_id, tmp_path / "bob.json")
    carried = read_file(returned).payload["look_for_ticks"]
    assert [(t["id"], t["look_for"]) for t in carried] == [(kept.id, seen)]

    report = desk.exchange.import_paths([returned])
    assert report.added == 1 and not report.refused
    ticks = LiveRepository(desk.db).look_for_ticks(p.session_id, p.bob_id)
    assert [(t.id, t.question_id, t.look_for, t.elapsed_seconds) for t in ticks] == [
        (kept.id, question, seen, 125)]
    # The panel is still sealed (nobody submitted), so it shows in Bob's own view here.
    bobs_view = desk.debrief.view(p.session_id, Viewer.panelist(p.bob_id))
    shown = [look_for for q in bobs_view.questions for n in q.notes
             if n.panelist == "Bob Peer" for look_for in n.look_fors]
    assert shown == [f"☑ {seen} (2:05)"]
    # Importing the same file again changes nothing.
    before = dump(desk.path)
    again = desk.exchange.import_paths([returned])
    assert (again.added, again.updated) == (0, 0)
    assert dump(desk.path) == before


def test_the_imported_session_keeps_its_roles_override_rule(desk: Desk, tmp_path: Path) -> None:
    p = plan_session(desk, hire_below=2.5, no_hire_above=3.25)
    panel = desk.exchange.export_panel(p.session_id, tmp_path / "panel.json")
    roles = read_file(panel).payload["roles"]
    assert [(r["hire_below"], r["no_hire_above"]) for r in roles] == [(2.5, 3.25)]
    rule = OverridePolicy(2.5, 3.25)
    assert desk.debrief.view(p.session_id).policy == rule
    with Desk.open(tmp_path / "bob.sqlite3") as bob:
        bob.exchange.import_paths([panel])
        policy = bob.debrief.view(p.session_id).policy
        role = bob.catalog.get_role(p.role_id)
    assert policy == rule
    assert (role.hire_below, role.no_hire_above) == (2.5, 3.25)
    # The same rule, so the same decision needs an override reason on either laptop.
    assert departure(Outcome.HIRE, 2.0, policy) == departure(Outcome.HIRE, 2.0, rule) is not None


def test_a_role_without_a_rule_travels_without_one(desk: Desk, tmp_path: Path) -> None:
    p = plan_session(desk)
    panel = desk.exchange.export_panel(p.session_id, tmp_path / "panel.json")
    with Desk.open(tmp_path / "bob.sqlite3") as bob:
        bob.exchange.import_paths([panel])
        assert not bob.debrief.view(p.session_id).policy.is_set
