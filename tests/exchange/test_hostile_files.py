"""A corpus of broken and hostile files: each is refused with a clear message, nothing changed.

The files are made here from a real panel file and a real return file, then damaged one way
each. The target is the lead's database after one return was merged, so a file that tries to
take over an existing row has something to take over.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from interview_desk.domain.model import Note, new_id
from interview_desk.exchange.panel_file import MAX_DEPTH, ExchangeFileError
from interview_desk.services.desk import Desk
from interview_desk.storage.repositories import NoteRepository
from tests.exchange_support import copy_db, do_panelist_work, load, plan_session, save
from tests.helpers import dump

Doc = dict[str, Any]


@dataclass
class World:
    lead_db: Path  # the lead's database, Carol's return already merged
    panel: Doc
    bob_return: Doc  # valid, not yet imported
    carol_return: Doc
    ids: Any


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("hostile")
    lead = Desk.open(root / "lead.sqlite3")
    p = plan_session(lead)
    lead.exchange.export_panel(p.session_id, root / "panel.json")
    docs = {}
    for name, pid in (("bob", p.bob_id), ("carol", p.carol_id)):
        laptop = Desk.open(root / f"{name}.sqlite3")
        laptop.exchange.import_paths([root / "panel.json"])
        do_panelist_work(laptop, p, pid, name)
        laptop.exchange.export_return(p.session_id, pid, root / f"{name}.json")
        laptop.close()
        docs[name] = load(root / f"{name}.json")
    lead.exchange.import_paths([root / "carol.json"])
    # A second kit version and a second session: things a file may not point into.
    kit = lead.catalog.kits.get(lead.sessions.sessions.get(p.session_id).kit_id)
    other_kit = lead.catalog.save_kit(kit)
    _OTHER["question_id"] = other_kit.questions()[0].id
    other = plan_session(lead)
    _OTHER["note_id"] = new_id()
    NoteRepository(lead.db).save(Note(session_id=other.session_id, panelist_id=other.bob_id,
                                      question_id=other.question_ids[0], text="elsewhere",
                                      id=_OTHER["note_id"]))
    lead.close()
    return World(root / "lead.sqlite3", load(root / "panel.json"), docs["bob"], docs["carol"], p)


def _raw(content: bytes) -> Callable[[World, Path], Path]:
    def make(w: World, folder: Path) -> Path:
        path = folder / "hostile.json"
        path.write_bytes(content)
        return path
    return make


def _text(w: World, name: str) -> str:
    return json.dumps(getattr(w, name), ensure_ascii=False)


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    """Set ``payload.notes.0.text``-style paths (list indexes as numbers)."""
    def change(d: Doc) -> None:
        *parents, last = path.split(".")
        node: Any = d
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value
    return change


@dataclass
class Case:
    make: Callable[[World, Path], Path]
    expected: str


def _ref(name: str, change: Callable[[Doc], None], *, reseal: bool = True
         ) -> Callable[[World, Path], Path]:
    def make(w: World, folder: Path) -> Path:
        data = copy.deepcopy(getattr(w, name))
        change(data)
        return save(folder / "hostile.json", data, reseal=reseal)
    return make


def _other_panelists_note(d: Doc) -> None:
    d["payload"]["notes"][0]["panelist_id"] = d["payload"]["notes"][0]["panelist_id"][::-1]


def _deep_payload(w: World, folder: Path) -> Path:
    text = _text(w, "bob_return").replace('"flags": [', '"flags": [' + "[" * 5000 + "]" * 5000
                                           + ",", 1)
    path = folder / "hostile.json"
    path.write_text(text, encoding="utf-8")
    return path


def _sparse_huge(w: World, folder: Path) -> Path:
    path = folder / "hostile.json"
    with path.open("wb") as fh:
        fh.write(b'{"format": "interview-desk-return", ')
        fh.truncate(51 * 1024 * 1024)  # sparse: costs no disk, but is "larger than 50 MB"
    return path


def _link_to_device(w: World, folder: Path) -> Path:
    path = folder / "hostile.json"
    os.symlink("/dev/zero", path)
    return path


def _lone_surrogate(w: World, folder: Path) -> Path:
    """Valid JSON (an escaped lone surrogate) that no UTF-8 text or SQLite column can hold."""
    data = copy.deepcopy(w.bob_return)
    data["payload"]["notes"][0]["text"] = "MARK"
    text = json.dumps(data).replace('"MARK"', '"\\ud800"')
    return _raw(text.encode("ascii"))(w, folder)


def _truncated(w: World, folder: Path) -> Path:
    text = _text(w, "bob_return")
    return _raw(text[: len(text) // 2].encode("utf-8"))(w, folder)


def _steal_carols_note(d: Doc) -> None:
    """Bob's file reuses the id of Carol's note (already merged) to overwrite it."""
    note = d["payload"]["notes"][0]
    for check in d["payload"]["concern_checks"]:
        if check["note_id"] == note["id"]:
            check["note_id"] = _CAROL["note_id"]
    note["id"] = _CAROL["note_id"]
    d["payload"]["notes"][0]["updated_at"] = "2099-01-01T00:00:00+00:00"


_CAROL: dict[str, str] = {}
_OTHER: dict[str, str] = {}  # ids of another kit's question and another session's note


def _lazy(name: str, path: str, key: str) -> Callable[[World, Path], Path]:
    """Set ``path`` to an id known only once the world is built."""
    def make(w: World, folder: Path) -> Path:
        return _ref(name, _set(path, _OTHER[key]))(w, folder)
    return make

CASES: dict[str, Case] = {
    "empty file": Case(_raw(b""), "truncated"),
    "a zip": Case(_raw(b"PK\x03\x04 this is a zip, not JSON"), "not valid JSON"),
    "not utf-8": Case(_raw(b"\xff\xfe{\x00}\x00"), "not UTF-8"),
    "plain text": Case(_raw(b"hello, panel"), "not valid JSON"),
    "truncated": Case(_truncated, "truncated"),
    "not an object": Case(_raw(b"[1, 2, 3]"), "not an Interview Desk panel or return file"),
    "another format": Case(_ref("bob_return", _set("format", "interview-desk-kit")),
                           "not an Interview Desk panel or return file"),
    "newer version": Case(_ref("bob_return", _set("format_version", 7)),
                          "format version 7"),
    "tampered": Case(_ref("bob_return", _set("payload.notes.0.text", "I changed this"),
                          reseal=False), "checksum does not match"),
    "checksum missing": Case(_ref("bob_return", lambda d: d.pop("sha256"), reseal=False),
                             "sha256"),
    "unknown top-level field": Case(_ref("bob_return", _set("extra", 1)), "extra"),
    "unknown row field": Case(_ref("bob_return", _set("payload.notes.0.path", "../../x")),
                              "path"),
    "id not a uuid": Case(_ref("bob_return", _set("payload.flags.0.id", "../../etc/passwd")),
                          "payload.flags[1].id"),
    "absolute path as id": Case(_ref("bob_return", _set("payload.session_id", "/etc/passwd")),
                                "payload.session_id"),
    "absurd string": Case(_ref("bob_return", _set("payload.notes.0.text", "x" * 300_000)),
                          "too long"),
    "bad timestamp": Case(_ref("bob_return", _set("payload.notes.0.updated_at", "yesterday")),
                          "updated_at"),
    "rating out of scale": Case(_ref("bob_return", _set("payload.ratings.0.rating", 5)),
                                "rating"),
    "boolean as number": Case(_ref("bob_return", _set("payload.ratings.0.no_evidence", True)),
                              "no_evidence"),
    "json list column holds an object": Case(
        _ref("bob_return", _set("payload.notes.0.competency_keys", '{"a": 1}')),
        "not a JSON list of text"),
    "deeply nested document": Case(_raw(b"[" * 100_000 + b"]" * 100_000),
                                   f"at most {MAX_DEPTH}"),
    "deeply nested payload": Case(_deep_payload, "levels deep"),
    "duplicate keys": Case(_raw(b'{"format": "interview-desk-return", "format": "x"}'),
                           "appears twice"),
    "NaN": Case(_raw(b'{"format": "interview-desk-return", "format_version": NaN}'),
                "NaN"),
    "huge integer": Case(_raw(b'{"format": "interview-desk-return", "format_version": '
                              + b"9" * 5000 + b"}"), "not valid JSON"),
    "float overflow": Case(_raw(b'{"format": "interview-desk-return", "x": 1e400}'),
                           "out of range"),
    "lone surrogate": Case(_lone_surrogate, "not valid Unicode"),
    "larger than the cap": Case(_sparse_huge, "larger than 50 MB"),
    "link to a device": Case(_link_to_device, "not a regular file"),
    "session not here": Case(_ref("bob_return", _set("payload.session_id", "f" * 32)),
                             "import the session's panel file first"),
    "row of another session": Case(_ref("bob_return", _set("payload.flags.0.session_id",
                                                           "f" * 32)),
                                   "belongs to another session"),
    "row of another panelist": Case(_ref("bob_return", _other_panelists_note),
                                    "belongs to another panelist"),
    "takes over another panelist's note": Case(_ref("bob_return", _steal_carols_note),
                                               "already exists in this database"),
    "question of another kit": Case(_lazy("bob_return", "payload.notes.0.question_id",
                                          "question_id"), "of another session"),
    "flag on a question of another kit": Case(
        _lazy("bob_return", "payload.flags.0.question_id", "question_id"), "another session"),
    "concern check on a note of another session": Case(
        _lazy("bob_return", "payload.concern_checks.0.note_id", "note_id"),
        "note of another session"),
    "concern of another candidate": Case(
        _ref("bob_return", _set("payload.concern_checks.0.concern_id", "e" * 32)),
        "concern this candidate does not have"),
    "rating of another role's competency": Case(
        _ref("bob_return", _set("payload.ratings.0.competency_id", "e" * 32)),
        "competency this role does not have"),
    "scorecard of another panelist": Case(
        _ref("bob_return", lambda d: d["payload"]["scorecard"].update(
            panelist_id=d["payload"]["scorecard"]["panelist_id"][::-1])),
        "another session or panelist"),
    "panel file with a lead-only concern": Case(
        _ref("panel", lambda d: d["payload"]["concerns"][0].update(lead_only=1)),
        "lead-only concern"),
    "panel file re-parents a question": Case(
        _ref("panel", lambda d: d["payload"]["questions"][0].update(section_id="e" * 32)),
        "another kit or section"),
    "panel file moves a panelist to another session": Case(
        _ref("panel", lambda d: d["payload"]["panelists"][0].update(session_id="e" * 32)),
        "another session"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_file_is_refused_and_nothing_changes(world: World, tmp_path: Path,
                                                     name: str) -> None:
    _CAROL["note_id"] = world.carol_return["payload"]["notes"][0]["id"]
    target = copy_db(world.lead_db, tmp_path / "lead.sqlite3")
    case = CASES[name]
    hostile = case.make(world, tmp_path)
    before = dump(target)
    desk = Desk.open(target)
    try:
        with pytest.raises(ExchangeFileError) as refused:
            desk.exchange.import_paths([hostile])
    finally:
        desk.close()
    message = str(refused.value)
    assert case.expected in message
    assert message.startswith("hostile.json: ") and message.endswith("Nothing was imported.")
    assert len(message) < 400  # a sentence, not a dump of the file
    assert dump(target) == before


def test_a_hostile_file_in_a_batch_stops_the_whole_batch(world: World, tmp_path: Path) -> None:
    target = copy_db(world.lead_db, tmp_path / "lead.sqlite3")
    good = save(tmp_path / "bob.json", copy.deepcopy(world.bob_return))
    bad = CASES["row of another panelist"].make(world, tmp_path)
    before = dump(target)
    desk = Desk.open(target)
    try:
        with pytest.raises(ExchangeFileError):
            desk.exchange.import_paths([good, bad])
        # Good file first and a bad one after: the merge of the good one is rolled back.
        with pytest.raises(ExchangeFileError, match="another panelist"):
            desk.exchange.import_files([_read(good), _read(bad)])
    finally:
        desk.close()
    assert dump(target) == before


def _read(path: Path) -> Any:
    from interview_desk.exchange.panel_file import read_file

    return read_file(path)


def test_the_corpus_covers_every_file_kind(world: World) -> None:
    assert world.panel["format"] == "interview-desk-panel"
    assert world.bob_return["payload"]["notes"] and world.bob_return["payload"]["ratings"]
    assert world.bob_return["payload"]["concern_checks"]
