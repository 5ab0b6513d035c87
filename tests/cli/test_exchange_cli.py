"""Three laptops, three databases, files in between: the whole offline panel through the CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from interview_desk.exchange.signing import load_key
from interview_desk.services.desk import Desk
from interview_desk.storage.repositories import NoteRepository, ScorecardRepository
from tests.exchange_support import (
    copy_db,
    do_panelist_work,
    load,
    plan_session,
    save,
    stable_dump,
)
from tests.helpers import dump, run_cli


def _ok(*args: str, **env: str) -> str:
    result = run_cli(*args, **env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def _home(tmp_path: Path, name: str) -> dict[str, str]:
    """Each laptop's own data folder, so each signs with its own key."""
    return {"INTERVIEW_DESK_DATA_DIR": str(tmp_path / f"{name}-home")}


def _code(tmp_path: Path, name: str) -> str:
    return load_key(tmp_path / f"{name}-home" / "signing-key.pem").code


def test_three_laptops_round_trip_in_either_order(tmp_path: Path) -> None:
    lead_db = tmp_path / "lead.sqlite3"
    lead = Desk.open(lead_db)
    p = plan_session(lead)
    lead.close()
    before_returns = stable_dump(lead_db)

    # 1. The lead hands out the session, signed with a key made on first use, owner-only.
    panel = tmp_path / "panel.json"
    out = _ok("export-panel", p.session_id, "-o", str(panel), "--db", str(lead_db),
              **_home(tmp_path, "lead"))
    assert panel.stat().st_mode & 0o077 == 0  # personal data: owner-only
    assert (tmp_path / "lead-home" / "signing-key.pem").stat().st_mode & 0o077 == 0
    lead_code = _code(tmp_path, "lead")
    assert out.rstrip().endswith(f"signed with your code {lead_code}")
    assert "Salary expectation" not in panel.read_text(encoding="utf-8")

    # 2. Two panelists import it into databases that do not exist yet, and work locally.
    returns = {}
    for name, pid in (("bob", p.bob_id), ("carol", p.carol_id)):
        laptop = tmp_path / f"{name}.sqlite3"
        out = _ok("import", str(panel), "--db", str(laptop), **_home(tmp_path, name))
        assert "panel file" in out and "0 conflicts" in out
        assert (f"signed by the lead Ingrid Lead, code {lead_code} (not confirmed; first file "
                "from this sender, key pinned now)") in out
        desk = Desk.open(laptop)
        assert [x.name for x in desk.sessions.sessions.panel(p.session_id)] == [
            "Ingrid Lead", "Bob Peer", "Carol HR"]
        concerns = desk.catalog.candidates.get(desk.sessions.sessions.get(
            p.session_id).candidate_id).concerns
        assert [c.id for c in concerns] == p.concern_ids  # lead-only concern stayed home
        assert desk.sessions.sessions.assignments(p.session_id)[p.question_ids[1]] == p.bob_id
        do_panelist_work(desk, p, pid, name.capitalize(), rating=2 if name == "bob" else 4)
        desk.close()
        # 3. Each hands back their own work.
        returns[name] = tmp_path / f"{name}.return.json"
        _ok("export-return", p.session_id, "--panelist", pid, "-o", str(returns[name]),
            "--db", str(laptop), **_home(tmp_path, name))
    codes = {name: _code(tmp_path, name) for name in ("bob", "carol")}
    assert len({lead_code, *codes.values()}) == 3  # three laptops, three keys

    carried = load(returns["bob"])["payload"]
    assert {n["panelist_id"] for n in carried["notes"]} == {p.bob_id}
    assert carried["scorecard"]["submitted_at"] and len(carried["ratings"]) == len(
        p.competency_ids)

    # 4. The lead merges them, in both orders, into two copies of the lead's database.
    a = copy_db(lead_db, tmp_path / "lead_a.sqlite3")
    b = copy_db(lead_db, tmp_path / "lead_b.sqlite3")
    at_lead = _home(tmp_path, "lead")
    out = _ok("import", str(returns["bob"]), "--db", str(a), **at_lead)
    assert f"signed by Bob Peer, code {codes['bob']} (not confirmed; first file" in out
    _ok("import", str(returns["carol"]), "--db", str(a), **at_lead)
    _ok("import", str(returns["carol"]), "--db", str(b), **at_lead)
    _ok("import", str(returns["bob"]), "--db", str(b), **at_lead)
    assert stable_dump(a) == stable_dump(b)
    assert stable_dump(a) != before_returns
    both = copy_db(lead_db, tmp_path / "lead_both.sqlite3")  # both in one command
    _ok("import", str(returns["carol"]), str(returns["bob"]), "--db", str(both), **at_lead)
    assert stable_dump(both) == stable_dump(a)

    # The codes compared aloud in the room: Bob's is confirmed; a wrong one is not taken.
    listed = _ok("codes", "--db", str(a), **at_lead)
    assert listed.startswith(f"This laptop's return-file code: {lead_code}")
    assert f"Bob Peer (session {p.session_id}, sender {p.bob_id}): code {codes['bob']}, " \
           "not confirmed" in listed
    wrong = run_cli("confirm-code", p.session_id, p.bob_id, codes["carol"], "--db", str(a),
                    **at_lead)
    assert wrong.returncode == 1 and "do not confirm it" in wrong.stderr
    _ok("confirm-code", p.session_id, p.bob_id, codes["bob"].lower(), "--db", str(a),
        **at_lead)
    assert f"code {codes['bob']}, confirmed" in _ok("codes", "--db", str(a), **at_lead)

    # Importing again changes nothing, and says so (and whose codes are confirmed).
    again = json.loads(_ok("import", str(returns["bob"]), str(returns["carol"]), "--json",
                           "--db", str(a), **at_lead))
    assert [(f["added"], f["updated"], f["conflicts"]) for f in again] == [(0, 0, [])] * 2
    assert [(f["code"], f["confirmed"]) for f in again] == [
        (codes["bob"], True), (codes["carol"], False)]
    assert all(f["unchanged"] > 0 for f in again)

    # The lead now has the debrief: both submitted scorecards, everyone's notes, searchable.
    merged = Desk.open(a)
    cards = {c.panelist_id: c for c in ScorecardRepository(merged.db).for_session(p.session_id)}
    assert set(cards) == {p.bob_id, p.carol_id}
    assert all(c.submitted_at for c in cards.values())
    assert {r.rating for r in cards[p.bob_id].ratings.values()} == {2, None}
    notes = NoteRepository(merged.db).for_session(p.session_id)
    assert {n.text for n in notes} >= {"Bob: answered with =SUM(A1) & <b>",
                                       "Carol 😀 on-call story"}
    assert {n.panelist_id for n in NoteRepository(merged.db).search("outage")} == {
        p.bob_id, p.carol_id}
    merged.close()

    # Bob's scorecard, submitted again with other words: a conflict for a person to settle.
    other = load(returns["bob"])
    other["payload"]["scorecard"]["takeaways"] = "changed my mind"
    other["payload"]["scorecard"]["updated_at"] = "2099-01-01T00:00:00+00:00"
    save(tmp_path / "bob-again.json", other,
         key=load_key(tmp_path / "bob-home" / "signing-key.pem"))
    kept = stable_dump(a)
    conflicted = run_cli("import", str(tmp_path / "bob-again.json"), "--db", str(a), **at_lead)
    assert conflicted.returncode == 3, conflicted.stderr
    assert "1 conflicts" in conflicted.stdout
    assert "  conflict: Bob Peer submitted two different scorecards" in conflicted.stdout
    assert stable_dump(a) == kept

    # 5. The decision data leaves as CSV, formulas neutralised; not while the panel is sealed
    # (the lead has not submitted), so nobody's ratings leave before the seal opens.
    out_csv = tmp_path / "scores.csv"
    printed = _ok("export-csv", p.session_id, "-o", str(out_csv), "--db", str(a))
    assert "0 rows" in printed
    with Desk.open(a) as lead_desk:
        lead_desk.scorecards.unseal(p.session_id, p.lead_id, "debrief now")
    printed = _ok("export-csv", p.session_id, "-o", str(out_csv), "--db", str(a))
    assert "2 rows" in printed
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["panelist"] for r in rows) == ["Bob Peer", "Carol HR"]


def test_import_of_a_bad_file_leaves_no_database_behind(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "interview-desk-return", "format_version": 1, "payl',
                   encoding="utf-8")
    target = tmp_path / "new.sqlite3"
    result = run_cli("import", str(bad), "--db", str(target))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "truncated" in result.stderr and "Nothing was imported" in result.stderr
    assert not target.exists()


def test_cli_refusals_are_one_line_and_change_nothing(tmp_path: Path) -> None:
    lead_db = tmp_path / "lead.sqlite3"
    desk = Desk.open(lead_db)
    p = plan_session(desk)
    desk.close()
    panel = tmp_path / "panel.json"
    _ok("export-panel", p.session_id, "-o", str(panel), "--db", str(lead_db))
    newer = load(panel)
    newer["format_version"] = 5
    save(tmp_path / "newer.json", newer)
    tampered = load(panel)
    tampered["payload"]["candidate"]["name"] = "Someone Else"
    save(tmp_path / "tampered.json", tampered, reseal=False)
    before = dump(lead_db)
    for name, expected in (("newer.json", "format version 5"),
                           ("tampered.json", "checksum does not match")):
        result = run_cli("import", str(tmp_path / name), "--db", str(lead_db))
        assert result.returncode == 1, result.stdout
        assert expected in result.stderr and result.stderr.count("\n") == 1
    assert "reads format version 4" in run_cli(
        "import", str(tmp_path / "newer.json"), "--db", str(lead_db)).stderr
    assert dump(lead_db) == before
    missing = run_cli("export-return", p.session_id, "--panelist", "0" * 32, "-o",
                      str(tmp_path / "x.json"), "--db", str(lead_db))
    assert missing.returncode == 1 and "No panelist" in missing.stderr
    neither = run_cli("export-csv", "-o", str(tmp_path / "x.csv"), "--db", str(lead_db))
    assert neither.returncode == 1 and "either SESSION_ID or --role" in neither.stderr
