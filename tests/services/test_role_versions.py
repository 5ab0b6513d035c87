"""Role versions: a session keeps the role version it was planned with, in every output."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from interview_desk.services.demo import create_demo
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import ValidationError
from tests.helpers import run_cli

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
FIXED = "2026-11-21T08:00:00.000000+00:00"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    create_demo(path, now=NOW).close()
    return path


def _decided(desk: Desk) -> str:
    return next(s.id for s in desk.sessions.sessions.all() if s.status == "decided")


def _figures(desk: Desk, sid: str) -> dict[str, Any]:
    d = desk.debrief.view(sid)
    assert d.pre is not None and d.post is not None
    return {"pre": d.pre.panel_score, "post": d.post.panel_score,
            "panelists": [(p.panelist.name, p.pre.score if p.pre else None,
                           p.post.score if p.post else None) for p in d.panelists],
            "weights": [(c.key, c.share) for c in d.competencies],
            "alpha": d.pre.agreement.alpha,
            "anchors": [c.anchors for c in desk.scorecards.competencies(sid)]}


def _pdf_text(desk: Desk, sid: str, out: Path) -> str:
    desk.reports.export_session(sid, out, generated_at=FIXED)
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


def _json(db: Path, sid: str, out: Path) -> dict[str, Any]:
    result = run_cli("export-json", sid, "--db", str(db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    doc: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return {k: doc[k] for k in ("role", "competencies", "ratings", "scores", "agreement")}


def test_editing_the_role_of_a_decided_session_changes_none_of_its_figures(
        demo: Path, tmp_path: Path) -> None:
    with Desk.open(demo) as desk:
        sid = _decided(desk)
        figures = _figures(desk, sid)
        pdf = _pdf_text(desk, sid, tmp_path / "before.pdf")
    exported = _json(demo, sid, tmp_path / "before.json")
    assert "3.36" in pdf  # the panel score as the report prints it

    with Desk.open(demo) as desk:
        role = desk.catalog.get_role(desk.sessions.sessions.get(sid).role_id)
        role.competencies[0].weight = 3.0  # 3.364 became 3.431 when roles were not versioned
        role.competencies[1].anchors = ("a", "b", "c", "d")
        role.competencies.pop()
        stored = desk.catalog.save_role(role)
        assert (stored.version, stored.family_id) == (2, role.family_id)
        assert stored.id != role.id
        assert desk.catalog.list_roles()[0].id == stored.id
        assert desk.sessions.sessions.get(sid).role_id == role.id
        assert _figures(desk, sid) == figures
        assert _pdf_text(desk, sid, tmp_path / "after.pdf") == pdf
    assert _json(demo, sid, tmp_path / "after.json") == exported


def test_a_role_no_session_uses_is_edited_in_place_and_the_next_edit_stays_in_v2(
        demo: Path) -> None:
    with Desk.open(demo) as desk:
        v1 = desk.catalog.list_roles()[0]
        v1.description = "Edited once"
        v2 = desk.catalog.save_role(v1)
        v2.description = "Edited twice"
        again = desk.catalog.save_role(v2)
        assert again.id == v2.id and again.version == 2
        assert [r.description for r in desk.catalog.role_versions(v1.family_id)][1] == \
            "Edited twice"
        # The candidates applied for the role: they see its newest version.
        assert {c.role_id for c in desk.catalog.list_candidates()} == {v2.id}
        # Role comparison and the per-role CSV still count the sessions of version 1.
        assert len(desk.debrief.role_comparison(v2.id).rows) == 2
        assert desk.exchange.export_csv(Path(desk.path or ".").parent / "r.csv",
                                        role_id=v2.id) == 3
        with pytest.raises(ValidationError, match="used by 3 session"):
            desk.catalog.delete_role(v2.id)


def test_a_panel_file_carries_the_role_version_and_a_forged_one_is_refused(
        tmp_path: Path) -> None:
    from interview_desk.exchange.panel_file import ExchangeFileError
    from tests.exchange_support import dump, load, plan_session, save

    lead_path, bob_path = tmp_path / "lead.sqlite3", tmp_path / "bob.sqlite3"
    with Desk.open(lead_path) as lead:
        p = plan_session(lead)
        role = lead.catalog.get_role(p.role_id)
        role.competencies[0].weight = 4.0
        v2 = lead.catalog.save_role(role)  # the session keeps version 1
        panel = lead.exchange.export_panel(p.session_id, tmp_path / "panel.json")
    doc = load(panel)
    assert doc["format_version"] == 4
    carried = {r["id"]: (r["family_id"], r["version"]) for r in doc["payload"]["roles"]}
    assert carried == {p.role_id: (role.family_id, 1)}
    assert v2.version == 2

    with Desk.open(bob_path) as bob:
        report = bob.exchange.import_paths([panel])
        assert report.added and not report.conflicts
        here = bob.catalog.get_role(p.role_id)
        with Desk.open(lead_path) as lead:
            there = lead.catalog.get_role(p.role_id)
        assert (here.version, here.family_id) == (there.version, there.family_id) == (
            1, role.family_id)
        assert [(c.id, c.key, c.weight, c.anchors) for c in here.competencies] == \
            [(c.id, c.key, c.weight, c.anchors) for c in there.competencies]
        assert bob.scorecards.competencies(p.session_id)[0].weight != 4.0
        assert bob.exchange.import_paths([panel]).added == 0  # the same file again: no change

        # A forged file: version 1, used by the session, with another weight.
        forged = load(panel)
        for c in forged["payload"]["competencies"]:
            if c["role_id"] == p.role_id:
                c["weight"] = 9.0
        save(tmp_path / "forged.json", forged)
        before = dump(bob_path)
        with pytest.raises(ExchangeFileError, match=r"forged\.json: .*version 1 of the role"):
            bob.exchange.import_paths([tmp_path / "forged.json"])
        # A forged file that brings another "version 1" of the role under a new id.
        clash = load(panel)
        other = dict(clash["payload"]["roles"][0], id="f" * 32, name="Forged")
        clash["payload"]["roles"].append(other)
        clash["payload"]["candidate"]["role_id"] = other["id"]
        save(tmp_path / "clash.json", clash)
        with pytest.raises(ExchangeFileError, match=r"clash\.json: .*never rewritten"):
            bob.exchange.import_paths([tmp_path / "clash.json"])
        assert dump(bob_path) == before


def test_an_unsigned_panel_file_of_an_older_format_is_refused(tmp_path: Path) -> None:
    """Format 1 (written by the app at schema 1) carries no signature: refused, not guessed at,
    since accepting it would let anyone skip the signature by writing the old format."""
    from interview_desk.exchange.panel_file import ExchangeFileError
    from tests.exchange_support import dump

    v1_file = Path(__file__).resolve().parent.parent / "data" / "exchange" / "panel-v1.json"
    assert json.loads(v1_file.read_text(encoding="utf-8"))["format_version"] == 1
    with Desk.open(tmp_path / "fresh.sqlite3") as fresh:
        before = dump(tmp_path / "fresh.sqlite3")
        with pytest.raises(ExchangeFileError, match=r"panel-v1\.json: an unsigned panel file "
                                                    r"\(format version 1\).*export it again"):
            fresh.exchange.import_paths([v1_file])
    assert dump(tmp_path / "fresh.sqlite3") == before


@pytest.mark.parametrize(("change", "message"), [
    (lambda a: a.__setitem__(0, dict(a[0], point=5)), r"point.*(5 is greater|maximum)"),
    (lambda a: a.pop(), "exactly one anchor for each point 1–4"),
])
def test_a_panel_file_with_anchors_off_the_scale_is_refused(
        tmp_path: Path, change: Any, message: str) -> None:
    from interview_desk.exchange.panel_file import ExchangeFileError
    from tests.exchange_support import load, plan_session, save

    with Desk.open(tmp_path / "lead.sqlite3") as lead:
        p = plan_session(lead)
        panel = load(lead.exchange.export_panel(p.session_id, tmp_path / "panel.json"))
    change(panel["payload"]["competency_anchors"])
    bad = save(tmp_path / "bad.json", panel)
    with Desk.open(tmp_path / "bob.sqlite3") as bob, \
            pytest.raises(ExchangeFileError, match=message):
        bob.exchange.import_paths([bad])
