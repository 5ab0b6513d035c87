"""Forgetting a pinned key: a sender on a new laptop is refused until the key pinned for them
is forgotten; then their next file pins its key as a first file would, and nothing else
changes (other senders' pins, what earlier files brought, the watched folder's caution)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from interview_desk.exchange.panel_file import ExchangeFileError, read_file
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import ValidationError
from interview_desk.storage.signer_pins import LEAD
from tests.exchange_support import do_panelist_work, plan_session
from tests.helpers import dump, run_cli


def _laptop(root: Path, name: str, key: str | None = None) -> Desk:
    return Desk.open(root / f"{name}.sqlite3", key_path=root / f"{key or name}.key")


def test_a_panelist_on_a_new_laptop_is_taken_once_their_key_is_forgotten(
        tmp_path: Path) -> None:
    lead = _laptop(tmp_path, "lead")
    p = plan_session(lead)
    lead.exchange.export_panel(p.session_id, tmp_path / "panel.json")
    for laptop, pid in (("bob", p.bob_id), ("bob-new", p.bob_id), ("carol", p.carol_id)):
        desk = _laptop(tmp_path, laptop)
        desk.exchange.import_paths([tmp_path / "panel.json"])
        do_panelist_work(desk, p, pid, laptop.replace("-", ""), submit=laptop != "bob")
        desk.exchange.export_return(p.session_id, pid, tmp_path / f"{laptop}.json")
        desk.close()
    lead.exchange.import_paths([tmp_path / "bob.json", tmp_path / "carol.json"])
    with pytest.raises(ExchangeFileError, match="may be forged"):
        lead.exchange.import_paths([tmp_path / "bob-new.json"])
    new_file = read_file(tmp_path / "bob-new.json")
    lead.exchange.confirm_code(p.session_id, p.carol_id)
    forgotten = lead.exchange.forget_code(p.session_id, p.bob_id)
    assert forgotten.party == p.bob_id and not forgotten.forgotten
    with pytest.raises(ValidationError, match="nothing to forget"):
        lead.exchange.forget_code(p.session_id, p.bob_id)
    with pytest.raises(ValidationError, match="since its key was forgotten"):
        lead.exchange.confirm_code(p.session_id, p.bob_id)
    assert lead.exchange.sender_known(new_file) is False  # the watcher asks before taking it
    report = lead.exchange.import_paths([tmp_path / "bob-new.json"])
    [taken] = report.files
    assert taken.first_use and not taken.confirmed and taken.updated + taken.added > 0
    pins = {pin.party: pin for pin in lead.exchange.signer_pins()}
    assert pins[p.bob_id].public_key == new_file.signer and not pins[p.bob_id].forgotten
    assert pins[p.carol_id].confirmed  # the other sender's pin is untouched
    with pytest.raises(ExchangeFileError, match="may be forged"):  # the old key is the odd one
        lead.exchange.import_paths([tmp_path / "bob.json"])
    lead.close()


def test_a_lead_on_a_new_laptop_is_taken_once_their_key_is_forgotten(tmp_path: Path) -> None:
    lead = _laptop(tmp_path, "lead")
    p = plan_session(lead)
    lead.exchange.export_panel(p.session_id, tmp_path / "panel.json")
    lead.close()
    shutil.copy(tmp_path / "lead.sqlite3", tmp_path / "lead-new.sqlite3")  # restored there
    moved = _laptop(tmp_path, "lead-new")
    moved.exchange.export_panel(p.session_id, tmp_path / "panel-new.json")
    moved.close()
    bob = _laptop(tmp_path, "bob")
    bob.exchange.import_paths([tmp_path / "panel.json"])
    with pytest.raises(ExchangeFileError, match="may be forged"):
        bob.exchange.import_paths([tmp_path / "panel-new.json"])
    bob.exchange.forget_code(p.session_id, LEAD)
    # not taken for a session prepared on Bob's laptop: the lead's new key is pinned
    [taken] = bob.exchange.import_paths([tmp_path / "panel-new.json"]).files
    assert taken.first_use
    assert {pin.party: pin.public_key for pin in bob.exchange.signer_pins()}[LEAD] == \
        read_file(tmp_path / "panel-new.json").signer
    bob.close()


def test_the_command_line_forgets_a_code_only_when_told_to(tmp_path: Path) -> None:
    lead = _laptop(tmp_path, "lead")
    p = plan_session(lead)
    lead.exchange.export_panel(p.session_id, tmp_path / "panel.json")
    bob = _laptop(tmp_path, "bob")
    bob.exchange.import_paths([tmp_path / "panel.json"])
    do_panelist_work(bob, p, p.bob_id, "bob")
    bob.exchange.export_return(p.session_id, p.bob_id, tmp_path / "bob.json")
    bob.close()
    lead.exchange.import_paths([tmp_path / "bob.json"])
    lead.close()
    db = str(tmp_path / "lead.sqlite3")
    before = dump(tmp_path / "lead.sqlite3")
    asked = run_cli("forget-code", p.session_id, p.bob_id, "--db", db, input="")
    assert asked.returncode == 1 and "without --yes" in asked.stderr
    assert len(asked.stderr.strip().splitlines()) == 1
    unknown = run_cli("forget-code", p.session_id, "nobody", "--yes", "--db", db)
    assert unknown.returncode == 1 and "no key is pinned for nobody" in unknown.stderr
    assert dump(tmp_path / "lead.sqlite3") == before  # refused: nothing changed
    done = run_cli("forget-code", p.session_id, p.bob_id, "--yes", "--db", db)
    assert done.returncode == 0 and done.stdout.startswith("Forgot Bob Peer's code ")
    listed = run_cli("codes", "--db", db).stdout
    assert f"Bob Peer (session {p.session_id}, sender {p.bob_id}): forgotten" in listed
