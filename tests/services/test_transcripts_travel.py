"""Consent and transcripts between laptops (issue 17, items 2 and 9), across two data folders.

The lead records the candidate's consent and hands it out in the panel file; Bob's laptop
captures only under it, through the transcriber's seam, pins a quote and hands his segments
back; the lead's read model, PDFs and ``export-json`` show them under the right question. A
deletion on Bob's laptop travels as a tombstone that no older file can undo.
"""

from __future__ import annotations

import json
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from interview_desk.domain.debrief import Viewer
from interview_desk.domain.model import Rating, Recommendation, Scorecard, utc_now
from interview_desk.domain.transcript import (
    Consent,
    ConsentMethod,
    ConsentScope,
    HeardSegment,
    StarPart,
)
from interview_desk.exchange.panel_file import read_file
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import ValidationError
from interview_desk.storage.repositories import ScorecardRepository
from tests.exchange_support import Planned, do_panelist_work, plan_session
from tests.helpers import dump, run_cli
from tests.retention_support import age, candidate_id, file_bytes

WORD = "Quokkabridge5519"  # heard on Bob's laptop once, found nowhere else


class Heard:
    """A transcriber as the service sees one (the seam the model sits behind)."""

    def __init__(self, *segments: HeardSegment) -> None:
        self.segments = segments

    def transcribe(self, audio: Any) -> Iterator[HeardSegment]:
        yield from self.segments


@dataclass
class Room:
    lead: Desk
    lead_db: Path
    p: Planned
    root: Path

    def laptop(self, name: str) -> Desk:
        """A panelist's own data folder and key."""
        return Desk.open(self.root / name / "data.sqlite3",
                         key_path=self.root / name / "signing-key.pem")


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Room]:
    (tmp_path / "lead").mkdir()
    (tmp_path / "bob").mkdir()
    lead_db = tmp_path / "lead" / "data.sqlite3"
    lead = Desk.open(lead_db, key_path=tmp_path / "lead" / "signing-key.pem")
    try:
        yield Room(lead, lead_db, plan_session(lead), tmp_path)
    finally:
        lead.close()


def _consent(p: Planned, *, shared: bool = True) -> Consent:
    return Consent(session_id=p.session_id, candidate_name="Zoë Ångström",
                   method=ConsentMethod.SAID_ALOUD, scope=ConsentScope.TRANSCRIPT_ONLY,
                   retention_days=60, recorded_by="Ingrid Lead", shared_with_lead=shared)


def _wav(path: Path) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * 1600)
    return path


def _bob_listens(bob: Desk, room: Room) -> list[str]:
    """Bob's live view opened two questions; a recording of the room is transcribed."""
    p = room.p
    t = bob.transcripts
    t.open_question(p.session_id, p.bob_id, p.question_ids[1], 0)
    t.open_question(p.session_id, p.bob_id, p.question_ids[2], 60)
    model = Heard(HeardSegment(5, 9.5, "I rolled back the deploy first."),
                  HeardSegment(65, 71.25, f"Then I rebuilt the {WORD} pipeline overnight."),
                  HeardSegment(80, 82, "Thanks, that is all."))
    segments = t.transcribe_recording(p.session_id, _wav(room.root / "room.wav"), model,
                                      p.bob_id)
    return [s.id for s in segments]


def _submit(desk: Desk, p: Planned, panelist_id: str) -> None:
    ScorecardRepository(desk.db).save(Scorecard(
        session_id=p.session_id, panelist_id=panelist_id,
        ratings={cid: Rating(competency_id=cid, rating=3, evidence="seen")
                 for cid in p.competency_ids},
        recommendation=Recommendation.YES, submitted_at=utc_now()))


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages)
                    .split())


def test_consent_goes_out_in_the_panel_file_and_transcripts_come_back(room: Room) -> None:
    lead, p = room.lead, room.p
    lead.transcripts.record_consent(_consent(p))
    panel = lead.exchange.export_panel(p.session_id, room.root / "panel.idpanel")
    assert read_file(panel).payload["transcript_consent"]["shared_with_lead"] == 1

    with room.laptop("bob") as bob:
        bob.exchange.import_paths([panel])
        held = bob.transcripts.consent(p.session_id)
        assert held is not None and held.shared_with_lead
        assert (held.candidate_name, held.given_at) == ("Zoë Ångström",
                                                        lead.transcripts.consent(
                                                            p.session_id).given_at)
        # The consent is the lead's: Bob's laptop may not record (or rewrite) it.
        with pytest.raises(ValidationError, match="recorded by the lead"):
            bob.transcripts.record_consent(_consent(p, shared=False))
        ids = _bob_listens(bob, room)
        key = bob.debrief.view(p.session_id).competencies[0].key
        bob.transcripts.pin(ids[1], p.bob_id, competency_key=key,
                            quote=f"rebuilt the {WORD} pipeline")
        bob.transcripts.pin(ids[0], p.bob_id, star_part=StarPart.ACTION)
        bob.transcripts.set_not_said(ids[2])  # a mis-hearing: it travels, marked
        do_panelist_work(bob, p, p.bob_id, "bob")
        returned = bob.exchange.export_return(p.session_id, p.bob_id,
                                              room.root / "bob.idreturn")
    carried = read_file(returned).payload
    assert [s["id"] for s in carried["transcript_segments"]] == sorted(ids)
    assert len(carried["transcript_pins"]) == 2 and carried["transcript_deletions"] == []

    report = lead.exchange.import_paths([returned])
    assert not report.conflicts and report.added > 0
    # Sealed: the lead has not submitted, so Bob's words are not shown to the lead yet.
    sealed = lead.debrief.view(p.session_id, Viewer.panel(p.lead_id)).transcript
    assert sealed.segments == () and sealed.pins == ()
    for pid in (p.lead_id, p.carol_id):
        _submit(lead, p, pid)

    view = lead.debrief.view(p.session_id, Viewer.panel(p.lead_id))
    questions = {q.id: q.text for q in lead.live.open(p.session_id).kit.questions()}
    assert [(s.text, s.question_id) for s in view.transcript.segments] == [
        ("I rolled back the deploy first.", p.question_ids[1]),
        (f"Then I rebuilt the {WORD} pipeline overnight.", p.question_ids[2])]
    [quote] = view.transcript.pins_for(p.bob_id, key)
    assert (quote.quote, quote.span, quote.question) == (
        f"rebuilt the {WORD} pipeline", "1:05–1:11", questions[p.question_ids[2]])

    lead.reports.export_session(p.session_id, room.root / "session.pdf")
    lead.reports.export_scorecard(p.session_id, p.bob_id, room.root / "bob-card.pdf")
    for name in ("session.pdf", "bob-card.pdf"):
        text = _pdf_text(room.root / name)
        assert f"Pinned quote from the transcript, 1:05–1:11 “rebuilt the {WORD} pipeline”" \
            in text, name
        assert "Thanks, that is all" not in text, name
        assert "shared with the lead in return files" in text, name

    lead.close()
    out = run_cli("export-json", p.session_id, "--db", str(room.lead_db))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)["transcript"]
    assert doc["consent"]["shared_with_lead"] is True
    assert [(s["question_id"], s["start_seconds"], s["end_seconds"], s["pinned"])
            for s in doc["segments"]] == [(p.question_ids[1], 5.0, 9.5, True),
                                          (p.question_ids[2], 65.0, 71.25, True)]
    assert {(q["quote"], q["competency_key"], q["star_part"])
            for q in doc["pinned_quotes"]} == {
        (f"rebuilt the {WORD} pipeline", key, None),
        ("I rolled back the deploy first.", None, "action")}


def test_a_deletion_travels_and_no_older_file_brings_the_words_back(room: Room) -> None:
    lead, p = room.lead, room.p
    lead.transcripts.record_consent(_consent(p))
    panel = lead.exchange.export_panel(p.session_id, room.root / "panel.idpanel")
    with room.laptop("bob") as bob:
        bob.exchange.import_paths([panel])
        ids = _bob_listens(bob, room)
        bob.transcripts.pin(ids[1], p.bob_id, star_part=StarPart.RESULT)
        older = bob.exchange.export_return(p.session_id, p.bob_id, room.root / "older.idreturn")
        # "Delete everything captured so far", then one more passage heard.
        bob.transcripts.delete_captured(p.session_id, p.bob_id)
        [after] = bob.transcripts.add_heard(p.session_id, p.bob_id,
                                            [HeardSegment(90, 93, "After the deletion.")])
        newer = bob.exchange.export_return(p.session_id, p.bob_id, room.root / "newer.idreturn")
    payload = read_file(newer).payload
    assert sorted(d["segment_id"] for d in payload["transcript_deletions"]) == sorted(ids)
    assert [s["id"] for s in payload["transcript_segments"]] == [after.id]

    lead.exchange.import_paths([older])
    assert WORD in " ".join(s.text for s in lead.transcripts.segments(p.session_id))
    lead.exchange.import_paths([newer])
    assert [s.id for s in lead.transcripts.segments(p.session_id)] == [after.id]
    assert lead.transcripts.pins(p.session_id) == []
    lead.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert WORD.encode() not in file_bytes(room.lead_db)
    # The older file again, alone or with the newer in either order: nothing comes back.
    before = dump(room.lead_db)
    again = lead.exchange.import_paths([older])
    assert (again.added, again.updated) == (0, 0)
    lead.exchange.import_paths([newer, older])
    assert dump(room.lead_db) == before

    # Another laptop that sees the newer file first ends the same.
    with room.laptop("other-lead") as other:
        other.exchange.import_paths([panel])
        other.exchange.import_paths([newer])
        other.exchange.import_paths([older])
        assert [s.id for s in other.transcripts.segments(p.session_id)] == [after.id]


def test_without_a_consent_that_shares_nothing_heard_leaves_the_laptop(room: Room) -> None:
    lead, p = room.lead, room.p
    bare = lead.exchange.export_panel(p.session_id, room.root / "bare.idpanel")
    assert read_file(bare).payload["transcript_consent"] is None
    with room.laptop("bob") as bob:
        bob.exchange.import_paths([bare])
        # No consent here: the lead records it, so this laptop cannot start capture.
        assert bob.transcripts.consent_is_the_leads(p.session_id)
        with pytest.raises(ValidationError, match="reached this laptop in a panel file"):
            bob.transcripts.add_heard(p.session_id, p.bob_id, [HeardSegment(1, 2, "hello")])
        lead.transcripts.record_consent(_consent(p, shared=False))
        bob.exchange.import_paths([lead.exchange.export_panel(p.session_id,
                                                              room.root / "p2.idpanel")])
        bob.exchange.import_paths([bare])  # the older panel file again: the consent stays
        held = bob.transcripts.consent(p.session_id)
        assert held is not None and not held.shared_with_lead
        ids = _bob_listens(bob, room)
        bob.transcripts.pin(ids[0], p.bob_id, star_part=StarPart.SITUATION)
        payload = bob.exchange.return_payload(p.session_id, p.bob_id)
    assert payload["transcript_segments"] == [] and payload["transcript_pins"] == []
    # On the lead's own laptop the consent is recorded as ever.
    assert not lead.transcripts.consent_is_the_leads(p.session_id)


def test_purge_removes_what_travelled_tombstones_included(room: Room) -> None:
    lead, p = room.lead, room.p
    lead.transcripts.record_consent(_consent(p))
    panel = lead.exchange.export_panel(p.session_id, room.root / "panel.idpanel")
    with room.laptop("bob") as bob:
        bob.exchange.import_paths([panel])
        ids = _bob_listens(bob, room)
        bob.transcripts.pin(ids[1], p.bob_id, star_part=StarPart.RESULT)
        bob.transcripts.delete_captured(p.session_id, p.bob_id)
        bob.transcripts.add_heard(p.session_id, p.bob_id,
                                  [HeardSegment(90, 93, f"Kept: the {WORD} story.")])
        returned = bob.exchange.export_return(p.session_id, p.bob_id, room.root / "b.idreturn")
    lead.exchange.import_paths([returned])
    cand = candidate_id(lead, "Zoë")
    tables = lead.retention.candidate_data(cand)["tables"]
    assert sorted(r["segment_id"] for r in tables["transcript_deletions"]) == sorted(ids)
    assert [r["text"] for r in tables["transcript_segments"]] == [f"Kept: the {WORD} story."]
    age(lead, cand)
    lead.retention.purge([cand])
    assert WORD.encode() not in file_bytes(room.lead_db)
    for table in ("transcript_consents", "transcript_segments", "transcript_pins",
                  "transcript_deletions"):
        assert lead.db.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
