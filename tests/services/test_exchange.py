"""The merge rules of panel and return files, on real databases, and their properties."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_desk.domain.model import Note, Rating, Recommendation, Scorecard, utc_now
from interview_desk.domain.transcript import Consent, ConsentMethod, ConsentScope
from interview_desk.exchange.panel_file import (
    ExchangeFile,
    FileKind,
    document,
    parse_bytes,
    read_file,
)
from interview_desk.exchange.signing import SigningKey, new_key_pem
from interview_desk.services.desk import Desk
from interview_desk.services.exchange import ImportReport
from interview_desk.storage.repositories import NoteRepository, ScorecardRepository
from tests.exchange_support import (
    Planned,
    copy_db,
    do_panelist_work,
    plan_session,
    stable_dump,
)
from tests.helpers import dump


@pytest.fixture
def lead(desk: Desk) -> tuple[Desk, Planned]:
    return desk, plan_session(desk)


def _laptop(tmp_path: Path, name: str, lead: Desk, p: Planned) -> Desk:
    """A panelist's laptop: a new database that imported the lead's panel file."""
    panel = lead.exchange.export_panel(p.session_id, tmp_path / f"panel-{name}.json")
    desk = Desk.open(tmp_path / f"{name}.sqlite3")
    desk.exchange.import_paths([panel])
    return desk


def _return(desk: Desk, p: Planned, pid: str, path: Path) -> Path:
    return desk.exchange.export_return(p.session_id, pid, path)


# --- what the files carry --------------------------------------------------------------------


def test_panel_file_carries_the_prepared_session_but_no_lead_only_concern(
        lead: tuple[Desk, Planned], tmp_path: Path) -> None:
    desk, p = lead
    desk.db.execute("UPDATE panelists SET pin_hash = 'secret-hash' WHERE id = ?", [p.bob_id])
    payload = desk.exchange.panel_payload(p.session_id)
    assert payload["session"]["id"] == p.session_id
    assert [c["id"] for c in payload["competencies"]] == sorted(p.competency_ids)
    assert sorted(q["id"] for q in payload["questions"]) == sorted(p.question_ids)
    assert payload["kit"]["id"] == payload["session"]["kit_id"]
    assert sorted(c["id"] for c in payload["concerns"]) == sorted(p.concern_ids)
    assert len(payload["panelists"]) == 3 and len(payload["assignments"]) == 3
    text = json.dumps(payload, ensure_ascii=False)
    assert "Salary expectation" not in text and "secret-hash" not in text
    # Imported elsewhere, the ids are the same ones: the lead and the panel share them.
    laptop = _laptop(tmp_path, "bob", desk, p)
    assert laptop.catalog.roles.get(p.role_id).competencies[0].id == p.competency_ids[0]
    assert laptop.sessions.sessions.get(p.session_id).kit_id == payload["kit"]["id"]
    laptop.close()


def test_return_file_carries_only_its_panelists_own_work(
        lead: tuple[Desk, Planned], tmp_path: Path) -> None:
    desk, p = lead
    do_panelist_work(desk, p, p.bob_id, "Bob")  # a shared laptop: both worked on it
    do_panelist_work(desk, p, p.carol_id, "Carol", concern=1)
    payload = desk.exchange.return_payload(p.session_id, p.bob_id)
    for table in ("notes", "flags", "candidate_questions", "concern_checks"):
        assert payload[table] and {r["panelist_id"] for r in payload[table]} == {p.bob_id}
    assert payload["scorecard"]["panelist_id"] == p.bob_id
    assert {r["scorecard_id"] for r in payload["ratings"]} == {payload["scorecard"]["id"]}
    assert "Carol" not in json.dumps(payload)


# --- the merge rules -------------------------------------------------------------------------


def test_older_data_never_overwrites_newer(lead: tuple[Desk, Planned], tmp_path: Path) -> None:
    desk, p = lead
    bob = _laptop(tmp_path, "bob", desk, p)
    notes = NoteRepository(bob.db)
    notes.save(Note(session_id=p.session_id, panelist_id=p.bob_id,
                    question_id=p.question_ids[0], text="first draft"))
    old = _return(bob, p, p.bob_id, tmp_path / "old.json")
    notes.save(Note(session_id=p.session_id, panelist_id=p.bob_id,
                    question_id=p.question_ids[0], text="final words"))
    new = _return(bob, p, p.bob_id, tmp_path / "new.json")
    bob.close()
    first = desk.exchange.import_paths([new])
    second = desk.exchange.import_paths([old])
    assert (first.added, second.added, second.updated) == (1, 0, 0)
    assert [n.text for n in NoteRepository(desk.db).for_session(p.session_id)] == ["final words"]


def test_submitted_beats_draft_whatever_the_order(lead: tuple[Desk, Planned],
                                                  tmp_path: Path) -> None:
    desk, p = lead
    bob = _laptop(tmp_path, "bob", desk, p)
    do_panelist_work(bob, p, p.bob_id, "Bob", submit=False)
    draft = _return(bob, p, p.bob_id, tmp_path / "draft.json")
    card = ScorecardRepository(bob.db).for_session(p.session_id)[0]
    card.submitted_at = utc_now()
    ScorecardRepository(bob.db).save(card)
    submitted = _return(bob, p, p.bob_id, tmp_path / "submitted.json")
    bob.close()
    dumps = []
    for order in ([draft, submitted], [submitted, draft]):
        target = copy_db(desk.path, tmp_path / f"lead-{len(dumps)}.sqlite3")  # type: ignore[arg-type]
        with _open(target) as d:
            for f in order:
                d.exchange.import_paths([f])
            cards = ScorecardRepository(d.db).for_session(p.session_id)
            assert [c.submitted_at for c in cards] == [card.submitted_at]
        dumps.append(stable_dump(target))
    assert dumps[0] == dumps[1]


def test_two_different_submitted_scorecards_are_a_reported_conflict(
        lead: tuple[Desk, Planned], tmp_path: Path) -> None:
    desk, p = lead
    laptops = []
    for name, rating in (("bob-laptop", 2), ("bob-tablet", 4)):
        d = _laptop(tmp_path, name, desk, p)
        do_panelist_work(d, p, p.bob_id, name, rating=rating)
        laptops.append(_return(d, p, p.bob_id, tmp_path / f"{name}.json"))
        d.close()
    desk.exchange.import_paths([laptops[0]])
    kept = dump(desk.path)  # type: ignore[arg-type]
    for _ in range(2):  # reported every time, never dropped silently
        report = desk.exchange.import_paths([laptops[1]])
        assert len(report.conflicts) == 1
        assert "Bob Peer submitted two different scorecards" in report.conflicts[0]
        assert report.conflicts[0].startswith("bob-tablet.json: ")
    card = ScorecardRepository(desk.db).for_session(p.session_id)[0]
    assert {r.rating for r in card.ratings.values()} == {2, None}  # the first one stands
    # Its notes are merged all the same; only the scorecard waits for a person.
    assert dump(desk.path) != kept  # type: ignore[arg-type]


def test_the_same_note_made_on_two_laptops_merges_on_its_natural_key(
        lead: tuple[Desk, Planned], tmp_path: Path) -> None:
    desk, p = lead
    files = []
    for name, words in (("laptop", "typed on the laptop"), ("spare", "typed later, on a spare")):
        d = _laptop(tmp_path, name, desk, p)
        NoteRepository(d.db).save(Note(session_id=p.session_id, panelist_id=p.bob_id,
                                       question_id=p.question_ids[1], text=words))
        note_id = NoteRepository(d.db).for_session(p.session_id)[0].id
        d.db.insert("concern_checks", {
            "id": hashlib.sha256(name.encode()).hexdigest()[:32], "session_id": p.session_id,
            "concern_id": p.concern_ids[0], "panelist_id": p.bob_id, "note_id": note_id,
            "addressed_at": utc_now(), "created_at": utc_now(), "updated_at": utc_now()})
        files.append(_return(d, p, p.bob_id, tmp_path / f"{name}.json"))
        d.close()
    dumps = []
    for order in (files, files[::-1]):
        target = copy_db(desk.path, tmp_path / f"lead-{len(dumps)}.sqlite3")  # type: ignore[arg-type]
        with _open(target) as d:
            for f in order:
                d.exchange.import_paths([f])
            notes = NoteRepository(d.db).for_session(p.session_id)
            assert [n.text for n in notes] == ["typed later, on a spare"]
            check_note = d.db.execute("SELECT note_id FROM concern_checks").fetchall()
            assert check_note == [(notes[0].id,)]  # repointed to the surviving note
        dumps.append(stable_dump(target))
    assert dumps[0] == dumps[1]


def test_import_report_counts(lead: tuple[Desk, Planned], tmp_path: Path) -> None:
    desk, p = lead
    bob = _laptop(tmp_path, "bob", desk, p)
    do_panelist_work(bob, p, p.bob_id, "Bob")
    f = _return(bob, p, p.bob_id, tmp_path / "bob.json")
    bob.close()
    first = desk.exchange.import_paths([f])
    # 2 notes, 1 flag, 1 candidate question, 1 concern check, 1 look-for tick, 1 scorecard
    # (with its ratings)
    assert (first.added, first.updated, first.unchanged, first.conflicts) == (7, 0, 0, [])
    assert first.files[0].description == "Bob Peer — Zoë Ångström"
    again = desk.exchange.import_paths([f])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 7)
    assert not again.changed
    assert "0 added, 0 updated, 7 unchanged, 0 conflicts" in again.lines()[0]


def test_a_return_file_for_an_unknown_session_asks_for_the_panel_file(
        lead: tuple[Desk, Planned], tmp_path: Path) -> None:
    desk, p = lead
    do_panelist_work(desk, p, p.bob_id, "Bob")
    f = _return(desk, p, p.bob_id, tmp_path / "bob.json")
    other = Desk.open(tmp_path / "other.sqlite3")
    with pytest.raises(ValueError, match="import the session's panel file first"):
        other.exchange.import_paths([f])
    # Panel file and return file together, on a new laptop: panel first, whatever the order.
    panel = desk.exchange.export_panel(p.session_id, tmp_path / "panel.json")
    report = other.exchange.import_paths([f, panel])
    assert [x.kind for x in report.files] == [FileKind.PANEL, FileKind.RETURN]
    assert len(NoteRepository(other.db).for_session(p.session_id)) == 2
    other.close()


class _open:
    def __init__(self, path: Path) -> None:
        self.desk = Desk.open(path)

    def __enter__(self) -> Desk:
        return self.desk

    def __exit__(self, *exc: object) -> None:
        self.desk.close()


# --- properties: idempotent and order-independent on generated data ---------------------------

TIMES = ["2026-11-20T10:00:00.000000+00:00", "2026-11-20T10:05:00.000000+00:00",
         "2026-11-20T10:05:00.000000+00:00", "2026-11-20T11:00:00.000000+00:00"]
TEXTS = ["", "calm under pressure", "=cmd|' /C calc'!A0", "Zoë 😀 <b>&amp;"]
SEGMENT_TEXTS = ["We rolled back, then fixed forward.", "I paged the on-call, twice.",
                 "Zoë said <b>no</b>, and we waited."]


def _gid(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


@st.composite
def return_payloads(draw: st.DrawFn, p: Planned) -> dict[str, Any]:
    """One panelist's work as some laptop had it at some moment.

    Ids are minted per laptop, so two laptops make different ids for the same note; times
    repeat, so ties must be broken by content.
    """
    pid = draw(st.sampled_from([p.bob_id, p.carol_id]))
    laptop = draw(st.sampled_from(["x", "y"]))
    ts = st.sampled_from(TIMES)
    text = st.sampled_from(TEXTS)
    sid = p.session_id

    def stamps() -> dict[str, str]:
        return {"created_at": TIMES[0], "updated_at": draw(ts)}

    # Ad-hoc questions; a note may be written against anyone's, even one not imported yet.
    adhoc = [{"id": _gid("adhoc", pid, str(k)), "session_id": sid, "panelist_id": pid,
              "text": draw(st.sampled_from(TEXTS[1:])),  # the app refuses a blank one
              "after_question_id": draw(st.sampled_from(
                  [None, p.question_ids[0]])), **stamps()}
             for k in draw(st.lists(st.integers(0, 1), unique=True))]
    anyones_adhoc = [_gid("adhoc", who, str(k)) for who in (p.bob_id, p.carol_id)
                     for k in (0, 1)]
    notes = [{"id": _gid("note", pid, q, laptop), "session_id": sid, "panelist_id": pid,
              "question_id": q, "text": draw(text), "situation": draw(text), "task": "",
              "action": "", "result": "", "competency_keys": "[]",
              "state": draw(st.sampled_from(["", "asked"])), "seconds_spent": 0, **stamps()}
             for q in draw(st.lists(st.sampled_from(p.question_ids[:2] + anyones_adhoc),
                                    unique=True, max_size=4))]
    flags = [{"id": _gid("flag", pid, str(k)), "session_id": sid, "panelist_id": pid,
              "question_id": None, "kind": draw(st.sampled_from(["strong", "concern"])),
              "text": draw(text), "elapsed_seconds": 60, "flagged_at": TIMES[0], **stamps()}
             for k in draw(st.lists(st.integers(0, 2), unique=True))]
    checks = [{"id": _gid("check", pid, c, laptop), "session_id": sid, "concern_id": c,
               "panelist_id": pid,
               "note_id": draw(st.sampled_from([None] + [n["id"] for n in notes])),
               "addressed_at": draw(ts), **stamps()}
              for c in draw(st.lists(st.sampled_from(p.concern_ids), unique=True))]
    # Look-for ticks: the same look-for ticked on two laptops merges on its natural key.
    ticks = [{"id": _gid("tick", pid, q, look_for, laptop), "session_id": sid,
              "panelist_id": pid, "question_id": q, "look_for": look_for,
              "elapsed_seconds": draw(st.sampled_from([30, 90])), **stamps()}
             for q, look_for in draw(st.lists(st.sampled_from(
                 [(q, x) for q, xs in sorted(p.look_fors.items()) for x in xs[:2]]),
                 unique=True, max_size=3))]
    card = None
    ratings: list[dict[str, Any]] = []
    if draw(st.booleans()):
        card_id = _gid("card", pid, laptop)
        submitted = draw(st.sampled_from([None, *TIMES]))
        # A submitted card is complete, as submitting requires (a draft may be anything).
        card = {"id": card_id, "session_id": sid, "panelist_id": pid,
                "recommendation": draw(st.sampled_from(
                    ["no", "yes"] if submitted else [None, "no", "yes"])),
                "takeaways": draw(text), "submitted_at": submitted, **stamps()}
        rated = p.competency_ids if submitted else draw(
            st.lists(st.sampled_from(p.competency_ids[:3]), unique=True))
        for cid in rated:
            value = draw(st.sampled_from([None, 1, 3, 4]))
            ratings.append({"id": f"{card_id}:{cid}", "scorecard_id": card_id,
                            "competency_id": cid, "rating": value,
                            "no_evidence": int(value is None), "evidence": draw(text),
                            **stamps()})
    # Transcript segments keep the id the laptop that heard them gave them (one segment may
    # reach the lead in several files, marked "not said" or not); one deleted on the laptop
    # travels as a tombstone from then on, and an older file may still carry it.
    deleted = draw(st.lists(st.integers(0, 2), unique=True))
    segments = [{"id": _gid("segment", pid, str(k)), "session_id": sid, "panelist_id": pid,
                 "start_seconds": 10.0 * k, "end_seconds": 10.0 * k + 4.5,
                 "text": SEGMENT_TEXTS[k], "question_id": p.question_ids[k % 2],
                 "not_said": int(draw(st.booleans())), **stamps()}
                for k in draw(st.lists(st.integers(0, 2), unique=True)) if k not in deleted]
    pins = [{"id": _gid("pin", s["id"]), "segment_id": s["id"], "session_id": sid,
             "panelist_id": pid, "quote": s["text"].split(",")[0],
             "start_seconds": s["start_seconds"], "end_seconds": s["end_seconds"],
             "competency_key": None, "star_part": draw(st.sampled_from(["situation", "result"])),
             "pinned_at": TIMES[0], **stamps()}
            for s in segments if draw(st.booleans())]
    tombstones = [{"segment_id": _gid("segment", pid, str(k)), "session_id": sid,
                   "panelist_id": pid, "deleted_at": TIMES[3]} for k in deleted]
    return {"session_id": sid, "panelist_id": pid, "adhoc_questions": adhoc, "notes": notes,
            "flags": flags, "candidate_questions": [], "concern_checks": checks,
            "look_for_ticks": ticks, "scorecard": card, "ratings": ratings,
            "transcript_segments": segments, "transcript_pins": pins,
            "transcript_deletions": tombstones}


# Each panelist signs with their own key (kept in memory): the lead's laptop pins each on the
# first file it sees, whatever the order.
_PANELIST_KEYS: dict[str, SigningKey] = {}


def _as_file(payload: dict[str, Any], n: int) -> ExchangeFile:
    """Through the real parser and schema, as a file from disk would go."""
    key = _PANELIST_KEYS.setdefault(payload["panelist_id"], SigningKey(new_key_pem()))
    raw = json.dumps(document(FileKind.RETURN, payload, key), ensure_ascii=False).encode()
    return parse_bytes(raw, f"return-{n}.json")


@pytest.fixture(scope="module")
def planned_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Planned]]:
    path = tmp_path_factory.mktemp("prop") / "lead.sqlite3"
    desk = Desk.open(path)
    p = plan_session(desk)
    desk.transcripts.record_consent(Consent(
        session_id=p.session_id, candidate_name="Zoë Ångström", method=ConsentMethod.SIGNED,
        scope=ConsentScope.TRANSCRIPT_ONLY, retention_days=90, recorded_by="Ingrid Lead",
        shared_with_lead=True))
    desk.close()
    yield path, p


def _scenario(p: Planned) -> st.SearchStrategy[tuple[list[dict[str, Any]], Any]]:
    payloads = st.lists(return_payloads(p), min_size=1, max_size=5)
    return payloads.flatmap(lambda ps: st.tuples(st.just(ps), st.permutations(range(len(ps)))))


def _import_one_by_one(target: Path, files: list[ExchangeFile]) -> ImportReport:
    total = ImportReport()
    with _open(target) as d:
        for f in files:
            total.files += d.exchange.import_files([f]).files
    return total


def _without_cards(lines: list[str]) -> list[str]:
    return [x for x in lines if not x.startswith(('INSERT INTO "scorecards"',
                                                  'INSERT INTO "ratings"'))]


_PROPERTY = settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])


def test_import_is_idempotent_and_order_independent(
        planned_template: tuple[Path, Planned],
        tmp_path_factory: pytest.TempPathFactory) -> None:
    path, p = planned_template

    @_PROPERTY
    @given(_scenario(p))
    def check(scenario: tuple[list[dict[str, Any]], Any]) -> None:
        payloads, order = scenario
        files = [_as_file(x, i) for i, x in enumerate(payloads)]
        folder = tmp_path_factory.mktemp("example")
        a = copy_db(path, folder / "a.sqlite3")
        b = copy_db(path, folder / "b.sqlite3")
        report_a = _import_one_by_one(a, files)
        report_b = _import_one_by_one(b, [files[i] for i in order])
        dump_a, dump_b = stable_dump(a), stable_dump(b)
        # Order-independent. Two different submitted scorecards of one panelist are the one
        # case the rules leave to a person: reported (in both orders), and the first stays.
        if report_a.conflicts or report_b.conflicts:
            assert report_a.conflicts and report_b.conflicts
            assert _without_cards(dump_a) == _without_cards(dump_b)
        else:
            assert dump_a == dump_b
        # Idempotent: everything again, all at once this time, changes nothing.
        with _open(a) as d:
            again = d.exchange.import_files(files)
        assert (again.added, again.updated) == (0, 0)
        assert bool(again.conflicts) == bool(report_a.conflicts)
        assert stable_dump(a) == dump_a

    check()


def test_a_file_read_from_disk_equals_the_document_written(
        lead: tuple[Desk, Planned], tmp_path: Path) -> None:
    desk, p = lead
    ScorecardRepository(desk.db).save(Scorecard(
        session_id=p.session_id, panelist_id=p.bob_id,
        ratings={p.competency_ids[0]: Rating(p.competency_ids[0], 3, evidence="ok")},
        recommendation=Recommendation.YES))
    path = desk.exchange.export_return(p.session_id, p.bob_id, tmp_path / "r.json")
    assert read_file(path).payload == desk.exchange.return_payload(p.session_id, p.bob_id)


def test_identical_work_under_different_ids_settles_on_one_id(
        planned_template: tuple[Path, Planned], tmp_path: Path) -> None:
    """Same note and same submitted card, same instant, two ids: both orders agree."""
    path, p = planned_template
    payloads = []
    for laptop in ("x", "y"):
        card_id = _gid("card", p.bob_id, laptop)
        stamp = {"created_at": TIMES[0], "updated_at": TIMES[1]}
        payloads.append({
            "session_id": p.session_id, "panelist_id": p.bob_id, "adhoc_questions": [],
            "notes": [{"id": _gid("note", laptop), "session_id": p.session_id,
                       "panelist_id": p.bob_id, "question_id": p.question_ids[0],
                       "text": "same words", "situation": "", "task": "", "action": "",
                       "result": "", "competency_keys": "[]", "state": "asked",
                       "seconds_spent": 5, **stamp}],
            "flags": [], "candidate_questions": [], "concern_checks": [],
            "look_for_ticks": [], "transcript_segments": [], "transcript_pins": [],
            "transcript_deletions": [],
            "scorecard": {"id": card_id, "session_id": p.session_id, "panelist_id": p.bob_id,
                          "recommendation": "yes", "takeaways": "same",
                          "submitted_at": TIMES[1], **stamp},
            "ratings": [{"id": f"{card_id}:{cid}", "scorecard_id": card_id,
                         "competency_id": cid, "rating": 3,
                         "no_evidence": 0, "evidence": "same", **stamp}
                        for cid in p.competency_ids]})
    files = [_as_file(x, i) for i, x in enumerate(payloads)]
    dumps = []
    for n, order in enumerate((files, files[::-1])):
        target = copy_db(path, tmp_path / f"{n}.sqlite3")
        report = _import_one_by_one(target, order)
        assert report.conflicts == []
        dumps.append(stable_dump(target))
        with _open(target) as d:
            assert len(NoteRepository(d.db).for_session(p.session_id)) == 1
            assert len(ScorecardRepository(d.db).for_session(p.session_id)) == 1
    assert dumps[0] == dumps[1]


def test_a_newer_panel_file_updates_the_laptop_and_an_older_one_does_not(
        lead: tuple[Desk, Planned], tmp_path: Path) -> None:
    desk, p = lead
    v1 = desk.exchange.export_panel(p.session_id, tmp_path / "v1.json")
    session = desk.sessions.sessions.get(p.session_id)
    session.location = "Room 7 (moved)"
    desk.sessions.plan(session, desk.sessions.sessions.panel(p.session_id),
                       {p.question_ids[0]: p.carol_id})  # the lead reassigned a question
    v2 = desk.exchange.export_panel(p.session_id, tmp_path / "v2.json")
    dumps = []
    for n, order in enumerate(([v1, v2], [v2, v1])):
        laptop = Desk.open(tmp_path / f"laptop{n}.sqlite3")
        for f in order:
            laptop.exchange.import_paths([f])
        assert laptop.sessions.sessions.get(p.session_id).location == "Room 7 (moved)"
        assert laptop.sessions.sessions.assignments(p.session_id) == {
            p.question_ids[0]: p.carol_id}  # the lead's newest assignments, whole
        laptop.close()
        # The shipped kit each new database gets has its own ids: compare the session's data.
        dumps.append([x for x in stable_dump(tmp_path / f"laptop{n}.sqlite3")
                      if p.session_id in x])
    assert dumps[0] == dumps[1] and dumps[0]
