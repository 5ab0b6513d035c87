"""The role comparison's rows are computed once and kept until a row they are computed from
changes: a rating changed here, by another process or by a merged return file, a candidate
renamed, a new session of the role, a purge shows in the next comparison, its parts and its PDF,
exactly as a fresh read computes it — and only the sessions the write changed are read and
computed again (issue 13: the busiest role has a thousand)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from interview_desk.domain.debrief import RoleComparison, Viewer, comparison_row, panel_view
from interview_desk.domain.model import Note, NoteState, Panelist, Session, SessionStatus
from interview_desk.domain.structure import PeerKit, PeerKits
from interview_desk.reports.layout import fmt_score
from interview_desk.services.desk import Desk
from tests.exchange_support import do_panelist_work, plan_session
from tests.retention_support import age

FIXED_TIME = "2026-05-06T08:30:00+00:00"
ROOT = Path(__file__).resolve().parents[2]


def _decided(desk: Desk) -> tuple[str, str]:
    """The demo's decided session (its panel open) and its role."""
    sid = next(r.id for r in desk.sessions.overview() if r.status == "decided")
    return sid, desk.sessions.sessions.get(sid).role_id


def _fresh(path: Path, role_id: str) -> RoleComparison:
    """The comparison computed from the stored rows with nothing kept: on a copy of the file
    (the desks on one file share what they keep)."""
    copy = path.with_name(f"fresh-{path.name}")
    copy.unlink(missing_ok=True)
    source, target = sqlite3.connect(path), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    other = Desk.open(copy, create=False)
    try:
        return other.debrief.role_comparison(role_id)
    finally:
        other.close()


def _post(data: RoleComparison, session_id: str) -> float | None:
    row = next(r for r in data.rows if r.session_id == session_id)
    assert row.post is not None
    return row.post.panel_score


def _pdf_text(desk: Desk, role_id: str, path: Path) -> str:
    desk.reports.export_role(role_id, path, generated_at=FIXED_TIME, invariant=True)
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(path).pages).split())


def _computed(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sessions whose rows the debrief reads from now on, in the order it reads them."""
    seen: list[str] = []
    load = desk.debrief.rows.load_many

    def spy(session_ids: list[str], *, notes: bool = True) -> object:
        seen.extend(session_ids)
        return load(session_ids, notes=notes)

    monkeypatch.setattr(desk.debrief.rows, "load_many", spy)
    return seen


def _lowered_rating(desk: Desk, session_id: str) -> tuple[str, str, int]:
    """A panelist, a competency and a lower rating than the one submitted for it."""
    view = desk.debrief.view(session_id)
    for p in view.shown:
        assert p.pre is not None
        for c in view.competencies:
            r = p.pre.rating(c.id)
            if r is not None and r.rating is not None and r.rating > 1:
                return p.panelist.id, c.id, r.rating - 1
    raise AssertionError("the demo has a rating above 1")


def test_nothing_is_computed_twice_while_nothing_changes(demo_desk: Desk) -> None:
    _sid, role_id = _decided(demo_desk)
    first = demo_desk.debrief.role_comparison(role_id)
    again = demo_desk.debrief.role_comparison(role_id)
    parts = [r for part in demo_desk.debrief.role_comparison_parts(role_id, first=1, size=1)
             for r in part.rows]
    assert first.rows and all(a is b for a, b in zip(first.rows, again.rows, strict=True))
    by_id = {r.session_id: r for r in first.rows}
    assert sorted(r.session_id for r in parts) == sorted(by_id)
    assert all(r is by_id[r.session_id] for r in parts)


def test_a_reader_desk_on_the_file_uses_what_another_desk_computed(
        demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    # The Role comparison page reads on a desk of its own at each visit (ui/reads.py): the
    # second visit computed the whole role again.
    sid, role_id = _decided(demo_desk)
    assert demo_desk.path is not None
    first = Desk.open_reader(demo_desk.path)
    try:
        shown = first.debrief.role_comparison(role_id)
    finally:
        first.close()
    pid, cid, lower = _lowered_rating(demo_desk, sid)
    demo_desk.scorecards.amend(sid, pid, reason="heard the rest", competency_id=cid,
                               rating=lower)
    second = Desk.open_reader(demo_desk.path)
    try:
        computed = _computed(second, monkeypatch)
        again = second.debrief.role_comparison(role_id)
    finally:
        second.close()

    assert computed == [sid]  # the amended session only
    assert again == _fresh(demo_desk.path, role_id)
    assert _post(again, sid) != _post(shown, sid)


def test_a_reader_that_read_before_a_write_never_hides_it_from_another_desk(
        demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    # A Role comparison read still finishing its part when a rating is amended and the role
    # exported: it keeps the row it read before the amendment, after the desk that exported
    # had kept the new one. That desk went on showing the old figure.
    sid, role_id = _decided(demo_desk)
    assert demo_desk.path is not None
    pid, cid, lower = _lowered_rating(demo_desk, sid)
    reader = Desk.open_reader(demo_desk.path)
    load = reader.debrief.rows.load_many

    def read_then_amended(session_ids: list[str], *, notes: bool = True) -> object:
        read = load(session_ids, notes=notes)
        demo_desk.scorecards.amend(sid, pid, reason="heard the rest", competency_id=cid,
                                   rating=lower)
        demo_desk.debrief.role_comparison(role_id)  # keeps the amended row
        return read

    monkeypatch.setattr(reader.debrief.rows, "load_many", read_then_amended)
    try:
        reader.debrief.role_comparison(role_id)  # keeps what it read before the amendment
    finally:
        reader.close()

    assert demo_desk.debrief.role_comparison(role_id) == _fresh(demo_desk.path, role_id)


def test_a_rating_changed_here_shows_in_the_next_comparison_and_pdf(
        demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sid, role_id = _decided(demo_desk)
    before = _post(demo_desk.debrief.role_comparison(role_id), sid)
    assert len(demo_desk.debrief.rows.session_ids_for_role(role_id)) > 1
    pid, cid, lower = _lowered_rating(demo_desk, sid)
    computed = _computed(demo_desk, monkeypatch)
    demo_desk.scorecards.amend(sid, pid, reason="heard the rest", competency_id=cid,
                               rating=lower)
    after = demo_desk.debrief.role_comparison(role_id)
    assert computed == [sid]  # the role's other sessions are kept
    assert after == _fresh(tmp_path / "demo.sqlite3", role_id)
    assert _post(after, sid) != before
    # the page's parts too
    parts = [r for part in demo_desk.debrief.role_comparison_parts(role_id) for r in part.rows]
    assert sorted(parts, key=lambda r: r.session_id) == sorted(after.rows,
                                                               key=lambda r: r.session_id)
    assert fmt_score(_post(after, sid)) in _pdf_text(demo_desk, role_id, tmp_path / "r.pdf")


def test_what_a_rolled_back_transaction_read_is_not_kept(
        demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sid, role_id = _decided(demo_desk)
    before = demo_desk.debrief.role_comparison(role_id)
    pid, cid, lower = _lowered_rating(demo_desk, sid)
    computed = _computed(demo_desk, monkeypatch)
    with pytest.raises(RuntimeError), demo_desk.db.atomic():
        demo_desk.scorecards.amend(sid, pid, reason="not kept", competency_id=cid,
                                   rating=lower)
        inside = demo_desk.debrief.role_comparison(role_id)
        assert demo_desk.debrief.role_comparison(role_id) == inside
        raise RuntimeError("rolled back")
    assert computed == [sid, sid]  # read inside, twice: never kept
    assert demo_desk.debrief.role_comparison(role_id) == _fresh(tmp_path / "demo.sqlite3",
                                                                role_id) == before != inside
    assert computed == [sid, sid]  # the row kept before the transaction is good again


def test_what_a_committed_transaction_read_inside_is_read_again(
        demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sid, role_id = _decided(demo_desk)
    demo_desk.debrief.role_comparison(role_id)
    pid, cid, lower = _lowered_rating(demo_desk, sid)
    computed = _computed(demo_desk, monkeypatch)
    with demo_desk.db.atomic():
        demo_desk.scorecards.amend(sid, pid, reason="kept", competency_id=cid, rating=lower)
        inside = demo_desk.debrief.role_comparison(role_id)
    after = demo_desk.debrief.role_comparison(role_id)
    assert after == inside == _fresh(tmp_path / "demo.sqlite3", role_id)
    assert computed == [sid, sid]
    assert demo_desk.debrief.role_comparison(role_id) == after and computed == [sid, sid]


CHILD = """
import sys
from interview_desk.services.desk import Desk
desk = Desk.open(sys.argv[1], create=False)
desk.scorecards.amend(sys.argv[2], sys.argv[3], reason="from another laptop window",
                      competency_id=sys.argv[4], rating=int(sys.argv[5]))
desk.close()
"""


def test_a_rating_written_by_another_process_shows_in_the_next_export(
        demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sid, role_id = _decided(demo_desk)
    path = tmp_path / "demo.sqlite3"
    before = _post(demo_desk.debrief.role_comparison(role_id), sid)
    _pdf_text(demo_desk, role_id, tmp_path / "before.pdf")  # kept rows, as a page would
    pid, cid, lower = _lowered_rating(demo_desk, sid)
    computed = _computed(demo_desk, monkeypatch)
    subprocess.run([sys.executable, "-c", CHILD, str(path), sid, pid, cid, str(lower)],
                   check=True, cwd=ROOT, timeout=60)
    want = _fresh(path, role_id)
    assert _post(want, sid) != before
    text = _pdf_text(demo_desk, role_id, tmp_path / "after.pdf")
    assert fmt_score(_post(want, sid)) in text
    assert demo_desk.debrief.role_comparison(role_id) == want
    assert computed == [sid]


def _another_session(desk: Desk, session_id: str, *, status: SessionStatus,
                     kit_id: str | None = None) -> str:
    """A second candidate's interview for the session's role (with ``kit_id``, or the same
    kit), planned and then moved to ``status``."""
    s = desk.sessions.sessions.get(session_id)
    cand = desk.catalog.get_candidate(s.candidate_id)
    other = desk.catalog.save_candidate(type(cand)(name="Second Candidate", role_id=s.role_id))
    new = Session(candidate_id=other.id, role_id=s.role_id, kit_id=kit_id or s.kit_id,
                  scheduled_at="2026-11-21T10:00:00.000000+00:00", location="Room 4")
    desk.sessions.plan(new, [Panelist(name="Lone Lead", is_lead=True)])
    desk.sessions.sessions.update_fields(new.id, status=status.value)
    return new.id


def test_a_merged_return_file_shows_in_the_next_comparison(
        desk: Desk, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = plan_session(desk)
    desk.sessions.sessions.update_fields(p.session_id, status=SessionStatus.COMPLETED.value)
    second = _another_session(desk, p.session_id, status=SessionStatus.COMPLETED)
    for pid, words, concern in ((p.lead_id, "Lead", 0), (p.carol_id, "Carol", 1)):
        do_panelist_work(desk, p, pid, words, rating=4, concern=concern)
    sealed = desk.debrief.role_comparison(p.role_id)
    # Bob has not handed his card back
    assert [(r.session_id, r.sealed) for r in sealed.rows] == [(p.session_id, True),
                                                             (second, True)]
    laptop = Desk.open(tmp_path / "bob.sqlite3")
    laptop.exchange.import_paths([desk.exchange.export_panel(p.session_id,
                                                             tmp_path / "panel.json")])
    do_panelist_work(laptop, p, p.bob_id, "Bob", rating=1)
    back = laptop.exchange.export_return(p.session_id, p.bob_id, tmp_path / "return.json")
    laptop.close()
    computed = _computed(desk, monkeypatch)
    assert desk.exchange.import_paths([back]).added
    merged = desk.debrief.role_comparison(p.role_id)
    assert computed == [p.session_id]
    assert merged == _fresh(db_path, p.role_id)
    row = merged.rows[0]
    assert not row.sealed and row.submitted == 3 and row.pre is not None
    assert row.pre.panel_score is not None and row.pre.panel_score < 4


def test_a_renamed_candidate_shows_and_only_their_session_is_read_again(
        demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sid, role_id = _decided(demo_desk)
    demo_desk.debrief.role_comparison(role_id)
    cand = demo_desk.catalog.get_candidate(demo_desk.sessions.sessions.get(sid).candidate_id)
    cand.name = "Renamed Ångström"
    computed = _computed(demo_desk, monkeypatch)
    demo_desk.catalog.save_candidate(cand)
    after = demo_desk.debrief.role_comparison(role_id)
    assert computed == [sid]
    assert after == _fresh(tmp_path / "demo.sqlite3", role_id)
    assert next(r.candidate for r in after.rows if r.session_id == sid) == "Renamed Ångström"
    assert "Renamed Ångström" in _pdf_text(demo_desk, role_id, tmp_path / "r.pdf")


def test_a_new_held_session_of_the_role_is_the_only_one_read(
        demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Held with another kit, it changes every other session's same-kit count (PeerKits),
    # which is part of their views but not of their comparison rows.
    sid, role_id = _decided(demo_desk)
    before = demo_desk.debrief.role_comparison(role_id)
    kit = demo_desk.catalog.get_kit(demo_desk.sessions.sessions.get(sid).kit_id)
    kit.name = "Platform kit, revised"
    other_kit = demo_desk.catalog.save_kit(kit)
    assert other_kit.id != kit.id
    computed = _computed(demo_desk, monkeypatch)
    new = _another_session(demo_desk, sid, status=SessionStatus.COMPLETED, kit_id=other_kit.id)
    after = demo_desk.debrief.role_comparison(role_id)
    assert computed == [new]
    assert after == _fresh(tmp_path / "demo.sqlite3", role_id)
    assert {r.session_id for r in after.rows} == {r.session_id for r in before.rows} | {new}
    assert "Second Candidate" in _pdf_text(demo_desk, role_id, tmp_path / "r.pdf")


def test_a_note_saved_in_the_role_reads_nothing_again(
        demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    sid, role_id = _decided(demo_desk)
    before = demo_desk.debrief.role_comparison(role_id)
    live = next(r.id for r in demo_desk.sessions.overview() if r.status == "live")
    computed = _computed(demo_desk, monkeypatch)
    for session_id in (sid, live):
        lead = next(p for p in demo_desk.scorecards.panel(session_id) if p.is_lead)
        demo_desk.live.save_note(Note(session_id=session_id, panelist_id=lead.id,
                                      question_id="typed-now", state=NoteState.ASKED,
                                      text="typed while the comparison was open"))
        assert demo_desk.debrief.role_comparison(role_id) == before
    assert computed == []


def test_a_row_depends_on_neither_the_notes_nor_the_roles_other_sessions(
        demo_desk: Desk) -> None:
    # The two inputs of a session's view that its revision leaves out (migration 0012): the
    # notes (the comparison reads none) and the kits of the role's other held interviews.
    sid, _role_id = _decided(demo_desk)
    rows = demo_desk.debrief.rows.load(sid)
    assert rows.notes and rows.peer_kits.kits
    others = PeerKits.of([PeerKit(f"other-{i}", f"kit-{i % 3}") for i in range(40)])
    lead = Viewer.panel(next(p.id for p in rows.panel if p.is_lead))
    varied = replace(rows, notes=(), peer_kits=others)
    assert panel_view(varied, lead).structure != panel_view(rows, lead).structure
    assert comparison_row(panel_view(varied, lead)) == comparison_row(panel_view(rows, lead))


def test_a_purged_candidate_leaves_the_comparison_and_nothing_is_read_again(
        demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sid, role_id = _decided(demo_desk)
    amara = demo_desk.sessions.sessions.get(sid).candidate_id
    age(demo_desk, amara)  # long ago, so the purge may take her
    before = demo_desk.debrief.role_comparison(role_id)
    assert sid in {r.session_id for r in before.rows}
    computed = _computed(demo_desk, monkeypatch)
    demo_desk.retention.purge([amara])
    after = demo_desk.debrief.role_comparison(role_id)
    assert computed == []
    assert after == _fresh(tmp_path / "demo.sqlite3", role_id)
    assert {r.session_id for r in after.rows} == {r.session_id for r in before.rows} - {sid}
