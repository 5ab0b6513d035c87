"""Transcripts against a real SQLite file, fed through the transcriber's seam (segments as a
model would hand them over): consent, anchoring, pins, "not said", the seal, purge."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from interview_desk.domain.debrief import Viewer
from interview_desk.domain.transcript import (
    Consent,
    ConsentMethod,
    ConsentScope,
    HeardSegment,
    StarPart,
)
from interview_desk.exchange.session_json import session_document
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import ValidationError
from tests.retention_support import age, candidate_id, file_bytes

WORD = "Wombatquartz4471"  # heard once, found nowhere else


def _session(desk: Desk, status: str) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == status)


def _consent(desk: Desk, sid: str, **kw: Any) -> Consent:
    view = desk.debrief.view(sid)
    base: dict[str, Any] = dict(session_id=sid, candidate_name=view.candidate,
                                method=ConsentMethod.SAID_ALOUD,
                                scope=ConsentScope.TRANSCRIPT_ONLY, retention_days=90,
                                recorded_by=view.panel[0].name)
    base.update(kw)
    return Consent(**base)


class Heard:
    """A transcriber as the service sees one: audio in, segments out."""

    def __init__(self, *segments: HeardSegment) -> None:
        self.segments = segments
        self.heard: list[Any] = []

    def transcribe(self, audio: Any) -> Iterator[HeardSegment]:
        self.heard.append(audio)
        yield from self.segments


def _count(desk: Desk, table: str, sid: str) -> int:
    return int(desk.db.execute(f"SELECT count(*) FROM {table} WHERE session_id = ?",
                               [sid]).fetchone()[0])


def test_nothing_is_captured_before_consent_and_consent_is_the_candidates(
        demo_desk: Desk) -> None:
    sid = _session(demo_desk, "live")
    with pytest.raises(ValidationError, match="consent"):
        demo_desk.transcripts.add_heard(sid, None, [HeardSegment(0, 2, "hello")])
    assert _count(demo_desk, "transcript_segments", sid) == 0
    with pytest.raises(ValidationError, match="from the candidate"):
        demo_desk.transcripts.record_consent(_consent(demo_desk, sid, candidate_name="Bob"))
    assert demo_desk.transcripts.consent(sid) is None
    c = _consent(demo_desk, sid, method=ConsentMethod.SIGNED)
    demo_desk.transcripts.record_consent(c)
    assert demo_desk.transcripts.consent(sid) == c
    assert demo_desk.debrief.view(sid).transcript.consent is not None


def _decided_with_transcript(desk: Desk) -> tuple[str, list[str], dict[str, Any]]:
    """The decided demo session (seal open), two panelists' laptops each heard a passage."""
    sid = _session(desk, "decided")
    desk.transcripts.record_consent(_consent(desk, sid))
    view = desk.debrief.view(sid)
    lead, other = view.panel[0].id, view.panel[1].id
    qs = desk.live.open(sid).kit.questions()
    t = desk.transcripts
    t.open_question(sid, lead, qs[0].id, 10.0)
    t.open_question(sid, lead, qs[1].id, 200.0)
    t.open_question(sid, other, qs[2].id, 0.0)
    lead_segs = t.add_heard(sid, lead, [HeardSegment(5, 9, "Thanks for coming in"),
                                        HeardSegment(30, 41, f"I rebuilt the {WORD} pipeline"),
                                        HeardSegment(1, 8, "It cut the deploy time in half")],
                            offset=200.0)  # the last one starts at 201 s: second question
    other_segs = t.add_heard(sid, other, [HeardSegment(50, 55, "Something else")])
    return sid, [s.id for s in lead_segs + other_segs], {
        "lead": lead, "other": other, "q": qs}


def test_segments_land_under_the_question_that_was_current(demo_desk: Desk) -> None:
    sid, _ids, p = _decided_with_transcript(demo_desk)
    q = p["q"]
    got = {s.text: (s.start, s.end, s.question_id)
           for s in demo_desk.transcripts.segments(sid)}
    assert got == {
        "Thanks for coming in": (205.0, 209.0, q[1].id),
        f"I rebuilt the {WORD} pipeline": (230.0, 241.0, q[1].id),
        "It cut the deploy time in half": (201.0, 208.0, q[1].id),
        "Something else": (50.0, 55.0, q[2].id),  # the other laptop's own timeline
    }
    view = demo_desk.debrief.view(sid).transcript
    assert [s.question for s in view.segments][:1] == [q[2].text]


def test_pinned_quotes_reach_the_view_and_the_json_with_their_span(demo_desk: Desk) -> None:
    sid, ids, p = _decided_with_transcript(demo_desk)
    t = demo_desk.transcripts
    key = demo_desk.debrief.view(sid).competencies[0].key
    t.pin(ids[1], p["lead"], competency_key=key, quote=f"{WORD} pipeline")
    t.pin(ids[2], p["lead"], star_part=StarPart.RESULT)
    view = demo_desk.debrief.view(sid)
    pins = view.transcript.pins_for(p["lead"], key)
    assert [(x.quote, x.span) for x in pins] == [(f"{WORD} pipeline", "3:50–4:01")]
    doc = session_document(view)["transcript"]
    assert doc["consent"]["candidate_name"] == view.candidate
    assert {(q["quote"], q["start_seconds"], q["end_seconds"], q["competency_key"],
             q["star_part"]) for q in doc["pinned_quotes"]} == {
        (f"{WORD} pipeline", 230.0, 241.0, key, None),
        ("It cut the deploy time in half", 201.0, 208.0, None, "result")}
    seg = next(s for s in doc["segments"] if s["id"] == ids[1])
    assert (seg["question_id"], seg["start_seconds"], seg["pinned"]) == (
        p["q"][1].id, 230.0, True)
    with pytest.raises(ValidationError, match="part of what"):
        t.pin(ids[1], p["lead"], competency_key=key, quote="never said this")


def test_not_said_leaves_a_segment_and_its_pins_out_everywhere(demo_desk: Desk) -> None:
    sid, ids, p = _decided_with_transcript(demo_desk)
    t = demo_desk.transcripts
    key = demo_desk.debrief.view(sid).competencies[0].key
    t.pin(ids[1], p["lead"], competency_key=key)
    t.set_not_said(ids[1])
    view = demo_desk.debrief.view(sid)
    assert ids[1] not in {s.id for s in view.transcript.segments}
    assert view.transcript.pins == ()
    assert WORD not in str(session_document(view))
    with pytest.raises(ValidationError, match="not said"):
        t.pin(ids[1], p["lead"], competency_key=key)
    t.set_not_said(ids[1], False)  # a mistaken click is undone
    assert ids[1] in {s.id for s in demo_desk.debrief.view(sid).transcript.segments}


def test_the_seal_applies_to_transcripts_as_to_notes(demo_desk: Desk) -> None:
    sid = _session(demo_desk, "live")  # nobody has submitted: sealed
    demo_desk.transcripts.record_consent(_consent(demo_desk, sid))
    view = demo_desk.debrief.view(sid)
    lead, other = view.panel[0].id, view.panel[1].id
    demo_desk.transcripts.add_heard(sid, lead, [HeardSegment(1, 2, "heard by the lead")])
    demo_desk.transcripts.add_heard(sid, other, [HeardSegment(3, 4, "heard by another")])
    seen = demo_desk.debrief.view(sid, Viewer.panel(lead)).transcript.segments
    assert [s.text for s in seen] == ["heard by the lead"]
    mine = demo_desk.debrief.view(sid, Viewer(other, consolidated=False)).transcript.segments
    assert [s.text for s in mine] == ["heard by another"]


def test_delete_captured_removes_this_laptops_words_only(demo_desk: Desk) -> None:
    sid, _ids, p = _decided_with_transcript(demo_desk)
    assert demo_desk.transcripts.delete_captured(sid, p["lead"]) == 3
    assert [s.text for s in demo_desk.transcripts.segments(sid)] == ["Something else"]
    path = demo_desk.path
    assert path is not None
    demo_desk.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert WORD.encode() not in file_bytes(path)


def test_purge_takes_transcripts_out_of_the_file(demo_desk: Desk) -> None:
    sid, _ids, p = _decided_with_transcript(demo_desk)
    key = demo_desk.debrief.view(sid).competencies[0].key
    demo_desk.transcripts.pin(_ids[1], p["lead"], competency_key=key)
    path = demo_desk.path
    assert path is not None
    assert WORD.encode() in file_bytes(path)
    cand = candidate_id(demo_desk, demo_desk.debrief.view(sid).candidate.split()[0])
    age(demo_desk, cand)
    demo_desk.retention.purge([cand])
    assert WORD.encode() not in file_bytes(path)
    for table in ("transcript_segments", "transcript_pins", "transcript_consents",
                  "question_timeline"):
        assert _count(demo_desk, table, sid) == 0


def test_a_recording_is_attributed_by_the_timeline(demo_desk: Desk, tmp_path: Path) -> None:
    import wave

    sid, _ids, p = _decided_with_transcript(demo_desk)
    wav = tmp_path / "room.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * 16000)
    model = Heard(HeardSegment(215.0, 219.0, "From the recording"))
    out = demo_desk.transcripts.transcribe_recording(sid, wav, model, p["lead"])
    assert model.heard == [wav]
    assert [(s.text, s.question_id) for s in out] == [("From the recording", p["q"][1].id)]
    bad = tmp_path / "not.wav"
    bad.write_bytes(b"RIFF nonsense")
    before = len(demo_desk.transcripts.segments(sid))
    with pytest.raises(ValidationError, match="not a readable WAV"):
        demo_desk.transcripts.transcribe_recording(sid, bad, model, p["lead"])
    assert len(demo_desk.transcripts.segments(sid)) == before


def test_a_second_process_reads_what_was_stored(demo_desk: Desk) -> None:
    """The segments are in the file, not only in this connection's cache."""
    sid, ids, _p = _decided_with_transcript(demo_desk)
    path = demo_desk.path
    assert path is not None
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c",
         "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
         "print(c.execute('SELECT count(*) FROM transcript_segments WHERE session_id=?',"
         "[sys.argv[2]]).fetchone()[0])", str(path), sid],
        capture_output=True, text=True, check=True)
    assert int(out.stdout) == len(ids)


def test_the_candidates_export_carries_the_transcript(demo_desk: Desk) -> None:
    sid, ids, p = _decided_with_transcript(demo_desk)
    key = demo_desk.debrief.view(sid).competencies[0].key
    demo_desk.transcripts.pin(ids[1], p["lead"], competency_key=key)
    cand = candidate_id(demo_desk, demo_desk.debrief.view(sid).candidate.split()[0])
    tables = demo_desk.retention.candidate_data(cand)["tables"]
    assert {r["id"] for r in tables["transcript_segments"]} == set(ids)
    assert [r["quote"] for r in tables["transcript_pins"]] == [f"I rebuilt the {WORD} pipeline"]
    assert tables["transcript_consents"][0]["session_id"] == sid
    assert len(tables["question_timeline"]) == 3


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages)
                    .split())


def test_consent_and_pinned_quotes_reach_the_report_and_the_scorecard(
        demo_desk: Desk, tmp_path: Path) -> None:
    sid, ids, p = _decided_with_transcript(demo_desk)
    t = demo_desk.transcripts
    key = demo_desk.debrief.view(sid).competencies[0].key
    t.pin(ids[1], p["lead"], competency_key=key, quote=f"{WORD} pipeline")
    t.pin(ids[2], p["lead"], star_part=StarPart.RESULT)
    t.pin(ids[0], p["lead"], competency_key=key)
    t.set_not_said(ids[0])  # a mis-hearing: neither it nor its pin is printed
    demo_desk.reports.export_session(sid, tmp_path / "session.pdf")
    demo_desk.reports.export_scorecard(sid, p["lead"], tmp_path / "card.pdf")
    for name in ("session.pdf", "card.pdf"):
        text = _pdf_text(tmp_path / name)
        assert f"Pinned quote from the transcript, 3:50–4:01 “{WORD} pipeline”" in text, name
        assert "“It cut the deploy time in half”" in text, name
        assert "Thanks for coming in" not in text, name
        assert "consented (said aloud in the room)" in text, name
