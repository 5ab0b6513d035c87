"""The decision against the composite (the override rule at its threshold, on a real
database), the follow-up plan another round makes, and the lead's speaking order."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from interview_desk.domain.model import Concern, Outcome, Recommendation, SessionStatus
from interview_desk.domain.structure import Tick
from interview_desk.exchange import session_json
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import ValidationError
from tests.panel_support import PanelistSpec, PanelSpec, Stored, store_panel

TWOS = PanelSpec((PanelistSpec((2,) * 6, Recommendation.NO),
                  PanelistSpec((2,) * 6, Recommendation.YES)))


def _session(desk: Desk, *, hire_below: float | None = None,
             no_hire_above: float | None = None, spec: PanelSpec = TWOS) -> Stored:
    kit = desk.catalog.kits.latest_versions()[0]
    role = desk.catalog.role_from_kit(kit, "Engineer")
    role.hire_below, role.no_hire_above = hire_below, no_hire_above
    role = desk.catalog.save_role(role)
    return store_panel(desk, spec, role.id, "Dana")


def _decide(desk: Desk, sid: str, outcome: Outcome, reason: str = "", **kw: object) -> None:
    desk.debrief.record_decision(sid, outcome, rationale="the evidence", decided_by="Lead",
                                 override_reason=reason, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("hire_below", "needs_reason"),
                         [(1.99, False), (2.0, False), (2.01, True)])
def test_a_hire_below_the_threshold_needs_a_written_override(
        desk: Desk, hire_below: float, needs_reason: bool) -> None:
    stored = _session(desk, hire_below=hire_below)  # the composite is exactly 2.00
    sid = stored.session_id
    assert desk.debrief.view(sid).composite == pytest.approx(2.0)
    if needs_reason:
        with pytest.raises(ValidationError, match=r"below the role's hire threshold 2\.01: "
                                                   r"write why"):
            _decide(desk, sid, Outcome.HIRE)
        assert desk.debrief.view(sid).decision is None  # refused: nothing stored
        _decide(desk, sid, Outcome.HIRE, "  References outweigh the panel  ")
    else:
        _decide(desk, sid, Outcome.HIRE, "not needed, not kept")
    d = desk.debrief.view(sid).decision
    assert d is not None and d.overridden == needs_reason
    assert d.override_reason == ("References outweigh the panel" if needs_reason else "")
    assert d.overridden_composite == (pytest.approx(2.0) if needs_reason else None)
    structure = desk.debrief.view(sid).structure.component("decision")
    assert structure.tick is Tick.MET


@pytest.mark.parametrize(("no_hire_above", "needs_reason"),
                         [(1.99, True), (2.0, False), (2.01, False)])
def test_a_no_hire_above_the_threshold_needs_a_written_override(
        desk: Desk, no_hire_above: float, needs_reason: bool) -> None:
    sid = _session(desk, no_hire_above=no_hire_above).session_id
    if needs_reason:
        with pytest.raises(ValidationError, match="above the role's no-hire threshold"):
            _decide(desk, sid, Outcome.NO_HIRE)
        _decide(desk, sid, Outcome.NO_HIRE, "Could not explain the design")
    else:
        _decide(desk, sid, Outcome.NO_HIRE)
    d = desk.debrief.view(sid).decision
    assert d is not None and d.overridden == needs_reason


def test_thresholds_that_make_no_sense_are_refused_with_one_line(desk: Desk) -> None:
    kit = desk.catalog.kits.latest_versions()[0]
    role = desk.catalog.role_from_kit(kit, "Engineer")  # stored without thresholds
    role.hire_below, role.no_hire_above = 3.0, 2.0
    with pytest.raises(ValidationError, match="cannot be below the hire threshold"):
        desk.catalog.save_role(role)
    stored = desk.catalog.get_role(role.id)
    assert (stored.hire_below, stored.no_hire_above) == (None, None)
    role.hire_below, role.no_hire_above = 2.5, 3.0
    stored = desk.catalog.get_role(desk.catalog.save_role(role).id)
    assert (stored.hire_below, stored.no_hire_above) == (2.5, 3.0)


def test_another_round_plans_a_follow_up_carrying_the_open_concerns(desk: Desk) -> None:
    stored = _session(desk)
    sid = stored.session_id
    view = desk.debrief.view(sid)
    cand = desk.catalog.candidates.get(view.candidate_id)
    cand.concerns.append(Concern(text="Never owned an on-call rota"))
    desk.catalog.save_candidate(cand)
    view = desk.debrief.view(sid)
    _decide(desk, sid, Outcome.ANOTHER_ROUND, follow_up_due="2026-03-20",
            carry_concerns=["Check the salary expectation", "  "])

    after = desk.debrief.view(sid)
    follow_id = after.follow_up_session_id
    assert follow_id is not None
    follow = desk.debrief.view(follow_id)
    assert follow.follow_up_of == sid and follow.status is SessionStatus.PLANNED
    assert follow.candidate_id == view.candidate_id and follow.role_id == view.role_id
    assert follow.scheduled_at == "2026-03-20T09:00"
    assert [p.name for p in follow.panel] == [p.name for p in view.panel]
    assert {p.id for p in follow.panel}.isdisjoint({p.id for p in view.panel})
    concerns = {c.text: c.addressed for c in follow.concerns}
    # The first round's concern this session addressed stays addressed; the one it left
    # open is open; every concern and follow-up flag, and the lead's extra line, are new.
    assert concerns["Concern of Dana"] is True
    assert concerns["Never owned an on-call rota"] is False
    assert concerns["Check the salary expectation"] is False
    raised = {t for t, done in concerns.items() if "(raised by" in t and not done}
    assert raised == {f"zq{i}flag{n}x (raised by Panelist {i} of Dana)"
                      for i in range(2) for n in (1, 2)}
    # The probe list for the next round, as the planner sees it, is exactly the open ones.
    plan = desk.sessions.get_plan(follow_id)
    warned = {c.text for c in desk.sessions.warnings(plan).concerns_without_question}
    assert "Never owned an on-call rota" in warned and "Check the salary expectation" in warned
    # This session's own debrief still lists only the concerns it was to probe.
    assert [c.text for c in after.concerns] == [c.text for c in view.concerns]
    # Correcting the decision does not plan a second follow-up.
    _decide(desk, sid, Outcome.ADDITIONAL_ASSESSMENT)
    assert desk.debrief.view(sid).follow_up_session_id == follow_id
    assert sum(r.status is SessionStatus.PLANNED for r in desk.sessions.overview()) == 1


def test_the_speaking_order_orders_every_agenda_item(desk: Desk) -> None:
    spec = PanelSpec((PanelistSpec((1, 2, 3, 4, 1, 2), Recommendation.NO),
                      PanelistSpec((4, 2, 3, 1, 1, 2), Recommendation.YES),
                      PanelistSpec((2, 2, 3, 4, 1, 3), Recommendation.YES)))
    stored = _session(desk, spec=spec)
    sid = stored.session_id
    ids = [p.id for p in stored.panel]
    desk.debrief.set_speaking_order(sid, [ids[2], ids[0], ids[1]])
    view = desk.debrief.view(sid)
    assert [p.id for p in view.speaking_order] == [ids[2], ids[0], ids[1]]
    assert [i.figures.spread for i in view.agenda] == [3, 3, 1, 0, 0, 0]
    assert all([e.panelist.id for e in i.entries] == [ids[2], ids[0], ids[1]]
               for i in view.agenda)
    with pytest.raises(ValidationError, match="every panelist once"):
        desk.debrief.set_speaking_order(sid, [ids[0], ids[0], ids[1]])
    desk.debrief.set_speaking_order(sid, [])
    assert not desk.debrief.view(sid).speaking_order_set


def test_the_report_and_json_show_the_override_with_the_composite_it_overrode(
        desk: Desk, tmp_path: Path) -> None:
    sid = _session(desk, hire_below=2.5).session_id
    _decide(desk, sid, Outcome.HIRE, "Strong references <b>&</b> a portfolio")
    pdf = tmp_path / "report.pdf"
    desk.reports.export_session(sid, pdf, generated_at="2026-05-06T08:30:00.000000+00:00")
    text = " ".join("\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages).split())
    assert ("Override Hire overrode the composite 2.00 of 4 before the debrief (the role's "
            "rule: hire needs at least 2.50). Reason: Strong references <b>&</b> a "
            "portfolio") in text
    assert "How structured the interview was" in text
    assert "Overridden with a written reason: a hire with the composite 2.00, below the " \
           "role's hire threshold 2.50." in text
    doc = session_json.session_document(desk.debrief.view(sid))
    assert doc["decision"]["override"] == {
        "reason": "Strong references <b>&</b> a portfolio", "composite_overridden": 2.0}
    assert doc["override_rule"] == {"composite_pre_debrief": 2.0, "hire_below": 2.5,
                                    "no_hire_above": None}


def test_a_no_hire_within_the_rule_is_worded_as_the_rule_says_in_page_and_pdf(
        desk: Desk, tmp_path: Path) -> None:
    from interview_desk.ui.debrief_agenda import structure_html

    sid = _session(desk, no_hire_above=2.25).session_id  # composite 2.00, one Yes beside a No
    _decide(desk, sid, Outcome.NO_HIRE)
    pdf = tmp_path / "report.pdf"
    desk.reports.export_session(sid, pdf, generated_at="2026-05-06T08:30:00.000000+00:00")
    text = " ".join("\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages).split())
    said = ("A no-hire with the composite 2.00, not above the role's no-hire threshold 2.25, "
            "so it needs no override.")
    assert said in text and "in line with" not in text
    page = structure_html(desk.debrief.view(sid))  # the Debrief page's Structure tab
    assert said.replace("'", "&#x27;") in page


def test_the_demo_role_carries_a_rule_its_decision_follows(demo_desk: Desk) -> None:
    sid = next(r.id for r in demo_desk.sessions.overview()
               if r.status is SessionStatus.DECIDED)
    view = demo_desk.debrief.view(sid)
    assert (view.policy.hire_below, view.policy.no_hire_above) == (2.75, 3.25)
    assert view.departure is None  # a hire with the composite 3.36
    assert view.structure.component("decision").tick is Tick.MET


def test_a_changed_outcome_is_a_new_decision_with_its_own_time(desk: Desk) -> None:
    sid = _session(desk).session_id
    first = "2026-11-20T10:00:00+00:00"
    _decide(desk, sid, Outcome.HIRE, decided_at=first)
    _decide(desk, sid, Outcome.HIRE, candidate_informed_at="2026-11-21T09:00:00+00:00")
    kept = desk.debrief.view(sid).decision
    assert kept is not None and kept.decided_at == first  # the same decision, told later
    _decide(desk, sid, Outcome.NO_HIRE)
    changed = desk.debrief.view(sid).decision
    assert changed is not None and changed.outcome is Outcome.NO_HIRE
    assert changed.decided_at != first
