"""A corpus of broken and hostile files: each is refused with a clear message, nothing changed.

The files are made here from a real panel file and real return files, then damaged one way
each, and signed again by whoever could sign them: the genuine sender (a panelist or lead who
cheats) or "Mallory", whose key no one pinned. The target is the lead's database after Carol's
return and Bob's draft were merged (so both their keys are pinned, and a file that tries to
take over an existing row has something to take over), or Bob's laptop, which pinned the
lead's key with the panel file. Every laptop has its own signing key.
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

from interview_desk.domain.model import Note, SessionStatus, new_id, utc_now
from interview_desk.exchange.panel_file import MAX_DEPTH, ExchangeFileError, checksum
from interview_desk.exchange.signing import SigningKey, load_key
from interview_desk.services.desk import Desk
from interview_desk.storage.repositories import NoteRepository, ScorecardRepository
from tests.exchange_support import (
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
    root: Path
    lead_db: Path  # the lead's database, Carol's return and Bob's draft already merged
    bob_db: Path  # Bob's laptop: the panel file imported, his work done
    panel: Doc
    bob_return: Doc  # valid (his submitted scorecard), not yet imported
    carol_return: Doc
    decided_panel: Doc  # the panel file of another session, decided on the lead's laptop
    ids: Any
    keys: dict[str, SigningKey]

    def key_path(self, laptop: str) -> Path:
        return self.root / f"{laptop}.key"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("hostile")
    keys = {name: load_key(root / f"{name}.key") for name in ("lead", "bob", "carol",
                                                              "mallory")}
    lead = Desk.open(root / "lead.sqlite3", key_path=root / "lead.key")
    p = plan_session(lead)
    record_consent(lead, p)
    lead.exchange.export_panel(p.session_id, root / "panel.json")
    docs = {}
    for name, pid in (("bob", p.bob_id), ("carol", p.carol_id)):
        laptop = Desk.open(root / f"{name}.sqlite3", key_path=root / f"{name}.key")
        laptop.exchange.import_paths([root / "panel.json"])
        do_panelist_work(laptop, p, pid, name, submit=name != "bob")
        capture_transcript(laptop, p, pid, name)
        if name == "bob":  # a draft handed back first, then the submitted scorecard
            laptop.exchange.export_return(p.session_id, pid, root / "bob-draft.json")
            cards = ScorecardRepository(laptop.db)
            card = cards.for_session(p.session_id)[0]
            card.submitted_at = utc_now()
            cards.save(card)
        laptop.exchange.export_return(p.session_id, pid, root / f"{name}.json")
        laptop.close()
        docs[name] = load(root / f"{name}.json")
    lead.exchange.import_paths([root / "carol.json", root / "bob-draft.json"])
    # A second kit version and a second session: things a file may not point into.
    kit = lead.catalog.kits.get(lead.sessions.sessions.get(p.session_id).kit_id)
    other_kit = lead.catalog.save_kit(kit)
    _OTHER["question_id"] = other_kit.questions()[0].id
    other = plan_session(lead)
    _OTHER["session_id"] = other.session_id
    _OTHER["bob_id"] = other.bob_id
    _OTHER["note_id"] = new_id()
    NoteRepository(lead.db).save(Note(session_id=other.session_id, panelist_id=other.bob_id,
                                      question_id=other.question_ids[0], text="elsewhere",
                                      id=_OTHER["note_id"]))
    decided = plan_session(lead)
    lead.sessions.sessions.update_fields(decided.session_id,
                                         status=SessionStatus.DECIDED.value)
    lead.exchange.export_panel(decided.session_id, root / "decided.json")
    lead.close()
    for name in ("lead", "bob"):
        copy_db(root / f"{name}.sqlite3", root / f"{name}-target.sqlite3")
    # The lead's laptop where the candidate's consent keeps each transcript where it was heard.
    private = copy_db(root / "lead.sqlite3", root / "lead-private-target.sqlite3")
    with Desk.open(private, key_path=root / "lead.key") as desk:
        record_consent(desk, p, shared=False)
    return World(root, root / "lead-target.sqlite3", root / "bob-target.sqlite3",
                 load(root / "panel.json"), docs["bob"], docs["carol"],
                 load(root / "decided.json"), p, keys)


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
    laptop: str = "lead"  # whose database it is imported into ("lead", "bob", "lead-private")


_SIGNER = {"panel": "lead", "decided_panel": "lead", "bob_return": "bob",
           "carol_return": "carol"}


def _ref(name: str, change: Callable[[Doc], None], *, reseal: bool = True,
         signer: str | None = None) -> Callable[[World, Path], Path]:
    """The file ``name``, changed, signed by ``signer`` (by default its genuine sender)."""
    def make(w: World, folder: Path) -> Path:
        data = copy.deepcopy(getattr(w, name))
        change(data)
        return save(folder / "hostile.json", data, reseal=reseal,
                    key=w.keys[signer or _SIGNER[name]])
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


def _relabel_as_carol(d: Doc) -> None:
    """Bob's work handed in as if it were Carol's."""
    p = d["payload"]
    bob, carol = p["panelist_id"], _CAROL["panelist_id"]
    for table in ("notes", "flags", "candidate_questions", "concern_checks",
                  "adhoc_questions", "look_for_ticks"):
        for row in p[table]:
            row["panelist_id"] = carol
    p["panelist_id"] = carol
    p["scorecard"]["panelist_id"] = carol
    assert bob != carol


def _reuse(table: str, source_table: str, source: str) -> Callable[[Doc], None]:
    """Bob's first row of ``table`` takes the id of a row of ``source_table`` (Carol's
    already merged, or his own in the same file)."""
    def change(d: Doc) -> None:
        rows = (_CAROL_ROWS if source == "carol" else d["payload"])[source_table]
        d["payload"][table][0]["id"] = rows[0]["id"]
    return change


_CAROL_ROWS: dict[str, Any] = {}


def _take_carols_scorecard(d: Doc) -> None:
    card_id = _CAROL_ROWS["scorecard"]["id"]
    d["payload"]["scorecard"]["id"] = card_id
    for r in d["payload"]["ratings"]:
        r["scorecard_id"] = card_id
        r["id"] = f"{card_id}:{r['competency_id']}"


def _forged_submission(d: Doc) -> None:
    d["payload"]["scorecard"].update(recommendation="strong_no", takeaways="forged",
                                     updated_at="2099-01-01T00:00:00+00:00")


def _newer(row: dict[str, Any], **changes: Any) -> None:
    row.update(changes, updated_at="2099-01-01T00:00:00+00:00")


def _as_session(session_id: str, d: Doc) -> None:
    """The whole panel moved onto ``session_id`` (its panelists and assignments too)."""
    p = d["payload"]
    p["session"]["id"] = session_id
    for row in (*p["panelists"], *p["assignments"], p["transcript_consent"] or {}):
        row["session_id"] = session_id
    for row in p["assignments"]:  # as the app makes them: a file that passes the value checks
        row["id"] = f"{session_id}:{row['question_id']}"


def _lazy_session(d: Doc) -> None:
    _as_session(_OTHER["session_id"], d)


def _new_session(d: Doc) -> None:
    """A session of its own (new ids) for the same candidate, kit and role."""
    fresh = {row["id"]: new_id() for row in d["payload"]["panelists"]}
    _as_session(new_id(), d)
    d["payload"]["transcript_consent"] = None  # consent is given in the room, later
    d["payload"]["session"]["status"] = SessionStatus.PLANNED.value
    for row in d["payload"]["panelists"]:
        row["id"] = fresh[row["id"]]
    for row in d["payload"]["assignments"]:
        row["panelist_id"] = fresh[row["panelist_id"]]


def _rename_candidate_elsewhere(d: Doc) -> None:
    _new_session(d)
    _newer(d["payload"]["candidate"], name="Someone Else")


def _reweigh_role_elsewhere(d: Doc) -> None:
    """The issue's case: through a session of its own, the weights of the role version a
    session here (planned, or decided) uses."""
    _new_session(d)
    for c in d["payload"]["competencies"]:
        _newer(c, weight=1.0 if c["weight"] != 1.0 else 2.0)


def _loosen_the_rule_elsewhere(d: Doc) -> None:
    """Through a session of its own, a laxer override rule on the role version a session
    here uses (a hire at any composite without a reason)."""
    _new_session(d)
    for r in d["payload"]["roles"]:
        _newer(r, hire_below=1.0, no_hire_above=4.0)


def _extra_panelist(d: Doc) -> None:
    first = d["payload"]["panelists"][0]
    d["payload"]["panelists"].append(dict(first, id=new_id(), name="Mallory", is_lead=0,
                                          position=9, updated_at="2099-01-01T00:00:00+00:00"))


def _resealed_unsigned(w: World, folder: Path, table: str = "notes") -> Path:
    """Edited, checksum recomputed, but the signature left as the sender made it."""
    data = copy.deepcopy(w.bob_return)
    data["payload"][table][0]["text"] = "edited after signing"
    data["sha256"] = checksum(data["payload"])
    return save(folder / "hostile.json", data, reseal=False)


def _lazy(name: str, path: str, key: str) -> Callable[[World, Path], Path]:
    """Set ``path`` to an id known only once the world is built."""
    def make(w: World, folder: Path) -> Path:
        return _ref(name, _set(path, _OTHER[key]))(w, folder)
    return make

def _carols_segment(d: Doc) -> None:
    """Bob's first segment takes the id of Carol's (already merged), to mark her words."""
    seg = d["payload"]["transcript_segments"][0]
    carols = _CAROL_ROWS["transcript_segments"][0]["id"]
    for pin in d["payload"]["transcript_pins"]:
        if pin["segment_id"] == seg["id"]:
            pin["segment_id"] = carols
    _newer(seg, id=carols, not_said=1)


def _delete_carols_segment(d: Doc) -> None:
    d["payload"]["transcript_deletions"].append({
        "segment_id": _CAROL_ROWS["transcript_segments"][0]["id"],
        "session_id": d["payload"]["session_id"], "panelist_id": d["payload"]["panelist_id"],
        "deleted_at": "2026-11-20T12:00:00+00:00"})


def _segments_in_a_session_without_consent(d: Doc) -> None:
    """Bob's words, as his in another session here, where no consent was ever recorded."""
    p = d["payload"]
    sid, pid = _OTHER["session_id"], _OTHER["bob_id"]
    for table in ("adhoc_questions", "notes", "flags", "candidate_questions", "concern_checks",
                  "look_for_ticks", "ratings", "transcript_deletions"):
        p[table] = []
    p.update(session_id=sid, panelist_id=pid, scorecard=None)
    for row in (*p["transcript_segments"], *p["transcript_pins"]):
        row.update(session_id=sid, panelist_id=pid)
    for row in p["transcript_segments"]:
        row["question_id"] = None
    p["transcript_pins"] = [x for x in p["transcript_pins"] if x["star_part"]]


def _forged_consent(d: Doc) -> None:
    _newer(d["payload"]["transcript_consent"], shared_with_lead=1,
           scope="audio_kept", retention_days=365)


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
    "look-for tick of another panelist": Case(
        _ref("bob_return", lambda d: d["payload"]["look_for_ticks"][0].update(
            panelist_id=_CAROL["panelist_id"])), "belongs to another panelist"),
    "look-for tick on a question of another kit": Case(
        _lazy("bob_return", "payload.look_for_ticks.0.question_id", "question_id"),
        "not a question of the kit this session uses"),
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
    # --- who sent it (signatures, trust on first use) ----------------------------------------
    "signature does not match the content": Case(_resealed_unsigned,
                                                 "signature does not match"),
    "unsigned return file of the older format": Case(
        _ref("bob_return", _set("format_version", 1)), "unsigned return file (format version 1)"),
    "relabelled panelist (Bob's work as Carol's)": Case(
        _ref("bob_return", _relabel_as_carol), "earlier files from Carol HR"),
    "forged scorecard imported first": Case(
        _ref("bob_return", _forged_submission, signer="mallory"),
        "earlier files from Bob Peer"),
    "forged panel file on a laptop that made the session": Case(
        _ref("panel", _extra_panelist, signer="mallory"), "prepared on this laptop"),
    "forged panel file adds a panelist": Case(
        _ref("panel", _extra_panelist, signer="mallory"), "earlier files from the lead",
        laptop="bob"),
    # --- what a file may change (ownership) ---------------------------------------------------
    "reuses another panelist's flag id": Case(
        _ref("bob_return", _reuse("flags", "flags", "carol")),
        "with another panelist (Carol HR)"),
    "reuses another panelist's scorecard id": Case(
        _ref("bob_return", _take_carols_scorecard), "for another panelist"),
    "reuses a note id as a flag id": Case(
        _ref("bob_return", _reuse("flags", "notes", "carol")),
        "has the id of a note already in this database"),
    "reuses its own note id as a flag id": Case(
        _ref("bob_return", _reuse("flags", "notes", "bob")), "has the id of a note in the same"),
    "panel file for another session": Case(
        _ref("panel", _lazy_session), "with another candidate"),
    "panel file changes a decided session": Case(
        _ref("decided_panel", lambda d: _newer(d["payload"]["session"], location="Elsewhere")),
        "decided on this laptop"),
    "panel file sets the status to decided": Case(
        _ref("panel", lambda d: _newer(d["payload"]["session"], status="decided")),
        "to decided"),
    "panel file unseals without a seal event": Case(
        _ref("panel", lambda d: _newer(d["payload"]["session"],
                                       unsealed_at="2026-11-20T12:00:00+00:00",
                                       unsealed_by="Ingrid Lead")),
        "without a seal event"),
    "panel file edits a frozen kit question": Case(
        _ref("panel", lambda d: _newer(d["payload"]["questions"][0], text="Easier question")),
        "which is frozen"),
    "panel file edits a frozen kit question on a panelist's laptop": Case(
        _ref("panel", lambda d: _newer(d["payload"]["questions"][0], text="Easier question")),
        "which is frozen", laptop="bob"),
    "panel file rewrites the role version a session uses": Case(
        _ref("panel", _reweigh_role_elsewhere, signer="mallory"), "never rewritten"),
    "panel file rewrites a decided session's role version": Case(
        _ref("decided_panel", _reweigh_role_elsewhere, signer="mallory"), "never rewritten"),
    "panel file changes the override rule of a role version a session uses": Case(
        _ref("panel", _loosen_the_rule_elsewhere, signer="mallory"), "never rewritten"),
    "panel file renames another session's candidate": Case(
        _ref("panel", _rename_candidate_elsewhere, signer="mallory"),
        "another lead runs"),
    "panel file makes every panelist lead": Case(
        _ref("panel", lambda d: [x.update(is_lead=1) for x in d["payload"]["panelists"]]),
        "A panel has one lead"),  # the domain rule the planner applies, via exchange/validate
    # --- transcripts: consent, ownership, deletions (issue 17) --------------------------------
    "transcript segment of another panelist": Case(
        _ref("bob_return", lambda d: d["payload"]["transcript_segments"][0].update(
            panelist_id=_CAROL["panelist_id"])), "belongs to another panelist"),
    "quote pinned as another panelist": Case(
        _ref("bob_return", lambda d: d["payload"]["transcript_pins"][0].update(
            panelist_id=_CAROL["panelist_id"])), "belongs to another panelist"),
    "rewrites another panelist's segment under its id": Case(
        _ref("bob_return", _carols_segment), "with another panelist (Carol HR)"),
    "deletes another panelist's segment": Case(
        _ref("bob_return", _delete_carols_segment), "which another panelist's laptop heard"),
    "segments where no consent was recorded": Case(
        _ref("bob_return", _segments_in_a_session_without_consent),
        "no consent of the candidate"),
    "segments the consent keeps on the laptop that heard them": Case(
        _ref("bob_return", lambda d: None), "keeps each transcript on the laptop",
        laptop="lead-private"),
    "return file carrying a consent": Case(
        _ref("bob_return", _set("payload.transcript_consent", None)), "transcript_consent"),
    "forged consent in a panel file": Case(
        _ref("panel", _forged_consent, signer="mallory"), "earlier files from the lead",
        laptop="bob"),
    "forged consent on the laptop that made the session": Case(
        _ref("panel", _forged_consent, signer="mallory"), "prepared on this laptop"),
    "transcript edited after signing": Case(
        lambda w, folder: _resealed_unsigned(w, folder, "transcript_segments"),
        "signature does not match"),
    "signed panel file of the previous format": Case(
        _ref("panel", _set("format_version", 3)), "format version 3 from an older"),
    "signed return file of the previous format": Case(
        _ref("bob_return", _set("format_version", 2)), "format version 2 from an older"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_file_is_refused_and_nothing_changes(world: World, tmp_path: Path,
                                                     name: str) -> None:
    _know_carol(world)
    case = CASES[name]
    source = world.root / f"{case.laptop}-target.sqlite3"
    target = copy_db(source, tmp_path / "target.sqlite3")
    hostile = case.make(world, tmp_path)
    before = dump(target)
    desk = Desk.open(target, key_path=world.key_path(case.laptop.removesuffix("-private")))
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
    good = save(tmp_path / "bob.json", copy.deepcopy(world.bob_return), key=world.keys["bob"])
    bad = CASES["row of another panelist"].make(world, tmp_path)
    before = dump(target)
    desk = Desk.open(target, key_path=world.key_path("lead"))
    try:
        with pytest.raises(ExchangeFileError):
            desk.exchange.import_paths([good, bad])
        # Good file first and a bad one after: the merge of the good one is rolled back.
        with pytest.raises(ExchangeFileError, match="another panelist"):
            desk.exchange.import_files([_read(good), _read(bad)])
    finally:
        desk.close()
    assert dump(target) == before


def _know_carol(world: World) -> None:
    carol = world.carol_return["payload"]
    _CAROL["note_id"] = carol["notes"][0]["id"]
    _CAROL["panelist_id"] = carol["panelist_id"]
    _CAROL_ROWS.update(carol)


def test_after_every_refusal_the_genuine_files_import_and_the_reports_build(
        world: World, tmp_path: Path) -> None:
    """The whole corpus thrown at one database, then Bob's genuine file: it is not blocked
    by a forgery that came first, the report builds and the app starts on the database."""
    _know_carol(world)
    from tests.helpers import run_cli

    target = copy_db(world.lead_db, tmp_path / "lead.sqlite3")
    before = dump(target)
    with Desk.open(target, key_path=world.key_path("lead")) as desk:
        for name, case in CASES.items():
            if case.laptop != "lead":
                continue
            folder = tmp_path / str(abs(hash(name)))
            folder.mkdir()
            with pytest.raises(ExchangeFileError):
                desk.exchange.import_paths([case.make(world, folder)])
        assert dump(target) == before
        genuine = save(tmp_path / "bob.json", copy.deepcopy(world.bob_return),
                       key=world.keys["bob"])
        report = desk.exchange.import_paths([genuine])
        assert report.updated and not report.conflicts
        assert report.files[0].signed_by == "Bob Peer" and not report.files[0].first_use
        [card] = [c for c in ScorecardRepository(desk.db).for_session(world.ids.session_id)
                  if c.panelist_id == world.ids.bob_id]
        assert card.submitted_at is not None
        assert card.takeaways == "bob takeaways"
        heard = desk.transcripts.segments(world.ids.session_id)
        assert {s.panelist_id for s in heard} == {world.ids.bob_id, world.ids.carol_id}
        assert not any(s.not_said for s in heard)  # no forgery marked Carol's words
        desk.reports.export_session(world.ids.session_id, tmp_path / "session.pdf")
    assert (tmp_path / "session.pdf").read_bytes().startswith(b"%PDF")
    from interview_desk.ui.app import EXIT_AFTER_SHOW_ENV, SHOWN_MARKER

    started = run_cli("--db", str(target), QT_QPA_PLATFORM="offscreen",
                      **{EXIT_AFTER_SHOW_ENV: "1"})
    assert started.returncode == 0, started.stderr
    assert started.stdout.splitlines() == [SHOWN_MARKER]


def _read(path: Path) -> Any:
    from interview_desk.exchange.panel_file import read_file

    return read_file(path)


def test_the_corpus_covers_every_file_kind(world: World) -> None:
    assert world.panel["format"] == "interview-desk-panel"
    assert world.bob_return["payload"]["notes"] and world.bob_return["payload"]["ratings"]
    assert world.bob_return["payload"]["concern_checks"]
    assert world.panel["payload"]["transcript_consent"]["shared_with_lead"] == 1
    assert len(world.bob_return["payload"]["transcript_segments"]) == 2
    assert len(world.bob_return["payload"]["transcript_pins"]) == 2
